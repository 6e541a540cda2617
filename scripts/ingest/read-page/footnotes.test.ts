import { expect, it } from 'vitest';
import { furnitureKind } from './furniture.ts';
import { footnoteLines } from './footnotes.ts';
import { readPage } from './index.ts';
import { toPageLines } from './page-lines.ts';

const page = [
  '湖北某某新能源材料有限公司建设的正极材料项目，年产',
  '',
  '————————',
  '①本文数据除注明外，均来自管委会提供的资料。',
  '②“关改搬转”指对沿江1公里范围内的化工企业实施关闭、改造、',
  '搬迁和转产。',
  '',
  '36',
  '',
  '能达到10万吨，带动园区形成了完整的产业链条。',
].join('\n');

it('finds the notes under a rule at a page’s foot, each with its wrapped lines', () => {
  const lines = toPageLines(page);
  const notes = footnoteLines(
    lines,
    lines.map((l) => furnitureKind(l.text)),
  ).map((i) => lines[i]!.text);
  expect(notes).toEqual(['①本文数据除注明外，均来自管委会提供的资料。', '②“关改搬转”指对沿江1公里范围内的化工企业实施关闭、改造、', '搬迁和转产。']);
});

it('takes the notes out of the text’s flow and puts them after it, so the sentence they cut runs on', () => {
  const texts = readPage(page).lines.map((l) => l.text);
  expect(texts.indexOf('能达到10万吨，带动园区形成了完整的产业链条。')).toBe(1);
  expect(texts.slice(-3)[0]).toMatch(/^①/u);
});

it('leaves lines under a rule that are no notes in the text', () => {
  const lines = toPageLines(['第一段文字。', '————————', '园区将继续推进。'].join('\n'));
  expect(
    footnoteLines(
      lines,
      lines.map((l) => furnitureKind(l.text)),
    ),
  ).toEqual([]);
});
