// Page furniture: things printed or saved around articles that are not part of any article.
// QR-code prompts, stray marks (`0 0`, `. .`), web buttons (`X 关闭`, share), and a saved web
// page's trailing list of truncated link teasers.
import { countHan } from '../char-classes.ts';
import type { PageLine } from './lines.ts';

const QR_PROMPT = /(扫描?|扫一扫|长按|识别).{0,4}二维码|二维码.{0,8}(关注|下载|阅读|看更多)|^扫码/u;
const WEB_BUTTON = /^(?:[Xx×✕]\s*)?(关闭|分享(到)?|收藏|点赞|评论|打印|举报|返回(顶部)?|顶部|上一篇|下一篇|更多|相关阅读|推荐阅读|热门推荐|热点推荐|责任编辑[:：].*|免责声明.*|微信|微博|QQ空间)(\s+\S{1,4}){0,4}$/u;
const TEASER_END = /(\.\.\.|…{1,2}|⋯)$/u;

export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  // Stray marks: no letters or ideographs, only a few digits, dots and spaces.
  if (countHan(t) === 0 && t.length <= 8 && !/[A-Za-z]{2}/.test(t) && /^[\d\s.·•,:;|_\-–—*#]+$/u.test(t)) return true;
  if (t.length <= 30 && QR_PROMPT.test(t)) return true;
  if (t.length <= 24 && WEB_BUTTON.test(t)) return true;
  return false;
}

function isTeaser(text: string): boolean {
  return TEASER_END.test(text.trim()) && !/[。！？]$/u.test(text.trim());
}

/**
 * Finds where a saved web page's trailing teaser list starts: the earliest line from which, to
 * the end of the page, at least half the lines are truncated teasers or buttons (and at least
 * three are teasers). Returns the index of that line, or lines.length when there is none.
 */
export function findTrailingTeasers(lines: readonly PageLine[]): number {
  let teasers = 0;
  let junk = 0;
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (isTeaser(text)) teasers++;
    else if (isFurnitureLine(text)) junk++;
    const span = lines.length - i;
    if (teasers >= 3 && (teasers + junk) / span >= 0.5 && isTeaser(text)) start = i;
  }
  return start;
}
