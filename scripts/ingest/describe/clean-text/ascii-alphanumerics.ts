// Full-width digits and Latin letters (`３８６．５`, `ＩＣ`) are ASCII in Chinese text, as GB/T 15834
// and the archive's style ask; a full-width point or percent sign between digits goes with them.

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/gu;

export function asciiAlphanumerics(text: string): string {
  return text
    .replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)．(?=\d)/gu, '.')
    .replace(/(?<=\d)％/gu, '%');
}
