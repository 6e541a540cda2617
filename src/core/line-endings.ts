/** CRLF and lone CR (old Mac OCR output) become LF. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
