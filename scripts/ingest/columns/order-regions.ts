// The de-interleaver's last word on order, within each stretch of a page between headings:
// numbered paragraphs (五是… 六是…) in their numbers' order, since the OCR sometimes reads a
// column's blocks bottom up, and a closing byline after the stretch's text.
import type { LineKind } from '../read-page/line-kind.ts';

const NUMERALS = '一二三四五六七八九十';
const SERIES_HEAD = new RegExp(`^\\s*([${NUMERALS}])是`, 'u');

/**
 * @param kind what an item is (headings divide the stretches)
 * @param headText the text an item starts with, if it is text
 */
export function orderRegions<T>(items: T[], kind: (item: T) => LineKind, headText: (item: T) => string | undefined): T[] {
  const out: T[] = [];
  let region: T[] = [];
  const flush = () => {
    const slots = region.map((item, i) => ({ item, i, n: seriesNumber(headText(item)) })).filter((x) => x.n !== undefined);
    const numbers = new Set(slots.map((s) => s.n));
    if (slots.length > 1 && numbers.size === slots.length) {
      const sorted = [...slots].sort((a, b) => a.n! - b.n!);
      slots.forEach((slot, k) => (region[slot.i] = sorted[k]!.item));
    }
    // A byline under the heading is an opening one and stays; others close the stretch.
    const closing = (item: T, i: number) => kind(item) === 'byline' && i > 0;
    out.push(...region.filter((item, i) => !closing(item, i)), ...region.filter(closing));
    region = [];
  };
  for (const item of items) {
    if (kind(item) === 'heading') {
      flush();
      out.push(item);
    } else region.push(item);
  }
  flush();
  return out;
}

function seriesNumber(text: string | undefined): number | undefined {
  const m = text === undefined ? null : SERIES_HEAD.exec(text);
  return m ? NUMERALS.indexOf(m[1]!) + 1 : undefined;
}
