// Where a label may end a line: between words (jieba), so 天通凯巨科技|有限公司 rather than
// 天通凯巨科技有限公|司. Positions count characters (code points), as wrapLabel does.
import { segmentWords } from '../../core/segment-words.ts';

export function wordBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  let at = 0;
  for (const word of segmentWords(text)) {
    at += [...word].length;
    breaks.add(at);
  }
  return breaks;
}
