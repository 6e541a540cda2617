// Photo captions and credits: `江苏淮海科技城 马宁 摄`, `…通讯员供图`, `图片来源：…`, `★…`,
// `（相关资料图）`, `（本版照片均由本报记者…摄）`. OCR drops them wherever the photo sat, often in
// the middle of a sentence; they are lifted out so the sentence can be made whole again.
import { simplifiedChars } from '../../../src/core/script.ts';
import { endsSentence, printedWidth } from '../char-classes.ts';
import { parseBylineLine } from './bylines.ts';
import type { PageLine } from './page-lines.ts';
import { LINES } from './knobs.ts';
import { rememberByText } from '../../../src/core/remember-by-text.ts';

// `马宁 摄`, `本报记者刘金元摄`, `通讯员供图`: a credit word after a name or a role, at the line's end.
const CREDIT_END =
  /(?:(?:^|[\s。])(?:(?:本报|本刊)?(?:记者|通讯员|摄影记者|摄影)\s*)?\p{Script=Han}(?:\s?\p{Script=Han}){1,3}\s?摄|(?:记者|通讯员|摄影)\S{0,4}\s?摄|(?:摄影|摄|图|图片)\s*[丨|｜/／:：]\s*\p{Script=Han}(?:\s?\p{Script=Han}){1,3}|供图|资料图片?|制图|新华社发)[)）]?$/u;
const SOURCE_CREDIT = /^(图片来源|图源|来源)[:：]\s*\S.{0,30}$/u;
const PHOTO_MARK = /^[★☆▲△]/u;
const BRIEF_REPORTER = /[。！？][（(]\p{Script=Han}{2,4}(?:[、\s]\p{Script=Han}{2,4}){0,2}[)）]$/u;
/** A caption without its credit says what the photo shows: `图为…。`, `上图：…`. */
const DESCRIBES_PHOTO = /^(?:图为|[上下左右]图[:：为]|图[一二三四五1-5][:：])/u;
const BRACKETED = /^[(（][^()（）]{1,40}(摄|供图|图|照片)[^()（）]{0,6}[)）]$/u;

/** A line that is, on its own evidence, a caption or a photo credit. */
export const isCaptionLine = rememberByText(captionLine);

function captionLine(text: string): boolean {
  // Read in Simplified characters: a Traditional clipping's credit (記者…攝) is the same credit.
  const t = simplifiedChars(text.trim());
  // `文丨张伟　图丨受访单位` ends in a photo credit but is the writer's byline.
  if (parseBylineLine(t)) return false;
  // ▲ leads a news brief as well: one that closes its sentence on its reporter's name (`…。（陆晓川）`) is a brief.
  if (PHOTO_MARK.test(t) && printedWidth(t) <= LINES.captionWidth && !BRIEF_REPORTER.test(t)) return true;
  if (BRACKETED.test(t)) return true;
  if (SOURCE_CREDIT.test(t)) return true;
  // One sentence at most, the width of a caption.
  if (DESCRIBES_PHOTO.test(t) && printedWidth(t) <= LINES.captionWidth && !/[。！？]./u.test(t)) return true;
  // `马宁 摄` style credits: the credit word ends a short line, usually after a name.
  if (printedWidth(t) <= LINES.captionWidth && CREDIT_END.test(t) && !endsSentence(t.replace(/[)）]$/u, ''))) return true;
  return false;
}

export function isBareSourceCredit(text: string): boolean {
  return SOURCE_CREDIT.test(simplifiedChars(text.trim()));
}

/**
 * Lines that are captions by position: a short line with no sentence ending that floats alone
 * between wide gaps right before a credit (the description of one photo beside another's credit),
 * or that sits directly above a bare `图片来源：…` credit (the description of that photo).
 */
export function isCaptionByPosition(line: PageLine, next: PageLine | undefined, typicalGap: number): boolean {
  if (!next || !isCaptionLine(next.text)) return false;
  const t = line.text.trim();
  if (endsSentence(t) || printedWidth(t) > 24 || /[，,、]$/u.test(t)) return false;
  const floating = line.gapBefore > typicalGap && line.gapAfter > typicalGap;
  return floating || isBareSourceCredit(next.text);
}

/** Tidies a caption for display: brackets and star marks dropped. */
export function cleanCaption(text: string): string {
  return text
    .trim()
    .replace(PHOTO_MARK, '')
    .replace(/^[(（](.*)[)）]$/u, '$1')
    .trim();
}
