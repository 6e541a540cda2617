// How wide a piece of OCR text printed, in ems. Unlike `printedWidth`, half-width punctuation
// counts as a full em: OCR writes the newspaper's full-width `，` `“` `（` as `,` `"` `(`, and
// fragments of one column are recognised by their printed width.

export function fragmentWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\t') continue;
    width += /[A-Za-z0-9.%]/.test(ch) ? 0.5 : 1;
  }
  return width;
}
