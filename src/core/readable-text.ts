// Markdown as the reader reads it: no heading marks, emphasis or escapes. Used for mention
// sentences, meta descriptions and the cleaning diff.
export function readableText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*|__|\\(?=[\\`*_{}[\]()#+\-.!<>])/g, '')
    .replace(/\s*\n\s*/g, '\n');
}
