import { nodeText } from '../split/draft.ts';
import { expect, it } from 'vitest';
import { applyCorrections } from './index.ts';
import type { ArticleRecord } from '../article-record.ts';

const record = (): ArticleRecord => ({
  data: { title: '天通凯巨砷酸锂', parks: [], companies: [] },
  body: [{ type: 'paragraph', text: '掌握了砷酸锂和砷酸锂两种晶体材料。' }],
});

it('applies a correction everywhere and records it in the front matter', () => {
  const a = record();
  const warnings = applyCorrections([a], [{ from: '砷酸锂和砷酸锂', to: '铌酸锂和钽酸锂', note: 'OCR 误识' }], 'x.txt');
  expect(warnings).toEqual([]);
  expect(nodeText(a.body[0]!)).toBe('掌握了铌酸锂和钽酸锂两种晶体材料。');
  expect(a.data.corrections).toEqual([{ from: '砷酸锂和砷酸锂', to: '铌酸锂和钽酸锂', note: 'OCR 误识' }]);
});
it('limits a correction to one article when asked', () => {
  const a = record();
  expect(applyCorrections([a], [{ from: '砷酸锂', to: '铌酸锂', article: '别的文章' }], 'x.txt')).toEqual(['x.txt: correction "砷酸锂" → "铌酸锂" matched no text']);
  expect(a.data.title).toBe('天通凯巨砷酸锂');
});
