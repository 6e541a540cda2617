// OCR puts spaces where the page had none: between ideographs (`研 发`), around numbers in
// Chinese text (`去年 4 月`), around full-width punctuation. Spaces between Latin words stay.
import { CJK_CLASS } from '../../char-classes.ts';
import { untilStable } from './punctuation.ts';

const CJK_SPACE_CJK = new RegExp(`(${CJK_CLASS}) +(?=${CJK_CLASS})`, 'gu');
const CJK_SPACE_ALNUM = new RegExp(`(${CJK_CLASS}) +(?=[A-Za-z0-9%])`, 'gu');
const ALNUM_SPACE_CJK = new RegExp(`([A-Za-z0-9%.]) +(?=${CJK_CLASS})`, 'gu');

export function removeCjkSpaces(text: string): string {
  return untilStable(removeOnce, text);
}

function removeOnce(text: string): string {
  return text
    .replace(/ {2,}/g, ' ')
    .replace(CJK_SPACE_CJK, '$1')
    .replace(CJK_SPACE_ALNUM, '$1')
    .replace(ALNUM_SPACE_CJK, '$1')
    .trim();
}
