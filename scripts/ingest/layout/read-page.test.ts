import { expect, it } from 'vitest';
import { readPage } from './read-page.ts';

const kinds = (text: string) => readPage(text).blocks.map((b) => `${b.kind}:${'text' in b ? b.text : 'names' in b ? b.names.join('/') : b.date}`);

it('lifts a caption out of a cut sentence and makes the sentence whole', () => {
  const page = ['标题在这里', '', '第一段讲园区规划总占地317亩，总建', '', '', '', '江苏淮海科技城 马宁 摄', '', '筑面积约为51.6万平方米。'].join('\n');
  expect(kinds(page)).toEqual(['heading:标题在这里', 'paragraph:第一段讲园区规划总占地317亩，总建筑面积约为51.6万平方米。', 'caption:江苏淮海科技城 马宁 摄']);
});

it('undoes fake bold and merges a headline split after its colon', () => {
  const page = ['正文的最后一句。', '淄博高新区淄博高新区：：', '11--77月经济运行稳中有进月经济运行稳中有进'].join('\n');
  const { blocks, repairs } = readPage(page);
  expect(blocks.at(-1)).toMatchObject({ kind: 'heading', text: '淄博高新区：1-7月经济运行稳中有进', doubled: true });
  expect(repairs['fake-bold lines undone']).toBe(2);
});

it('reads bylines, a trailing name, a dateline and drops furniture', () => {
  const page = ['2019年4月16日 星期二', '做好科技招商文章', '本报记者 李 秋', '近年来，徐州市立足科技招商。 王昌梅', '0 0', '扫描二维码 看更多精彩内容'].join('\n');
  expect(kinds(page)).toEqual(['dateline:2019-04-16', 'heading:做好科技招商文章', 'byline:李秋', 'paragraph:近年来，徐州市立足科技招商。', 'byline:王昌梅']);
});
