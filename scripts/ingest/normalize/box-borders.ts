// A box drawn with rules (`┌────┐` / `│ 数读 │` / `└────┘`): its frame is no text. A frame line
// becomes a plain printed rule (read as a box's border: read-page/sidebars.ts) and a bordered line
// keeps only what stands between its borders, so the raw file's line numbers, which the article's
// provenance counts, stay as they were.

/** A line that is only a box's frame: corners and rules. */
const FRAME = /^[ \u3000]*[┌┐└┘├┤┬┴┼╔╗╚╝╭╮╰╯][─━═╌┄┌┐└┘├┤┬┴┼╔╗╚╝╭╮╰╯ \u3000]*$/u;
/** What a frame line becomes: a rule, as a box drawn without corners prints it. */
const FRAME_RULE = '────────';
/** A line between a box's side rules. */
const BORDERED = /^[ \u3000]*[│┃║][ \u3000]*(.*?)[ \u3000]*[│┃║][ \u3000]*$/u;

export function undoBoxBorders(text: string): string {
  if (!/[│┃║┌╔╭]/u.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (FRAME.test(line) ? FRAME_RULE : (BORDERED.exec(line)?.[1] ?? line)))
    .join('\n');
}
