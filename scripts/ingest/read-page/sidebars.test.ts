import { expect, it } from 'vitest';
import { toPageLines } from './page-lines.ts';
import { isBoxLabel, separateSidebars } from './sidebars.ts';

it('knows the labels newspapers put on boxes', () => {
  expect(isBoxLabel('主讲人档案')).toBe(true);
  expect(isBoxLabel('教学关键词')).toBe(true);
  expect(isBoxLabel('相关链接')).toBe(true);
  expect(isBoxLabel('“1”，即优化一个中心布局')).toBe(false);
  expect(isBoxLabel('徐州市建立人才档案，服务更精准')).toBe(false);
});

it('moves a box that interrupts an article after the article’s text', () => {
  const page = ['讲座标题', '', '主讲：梁伟', '', '主讲人档案', '', '梁伟，南京大学硕士。', '', '', '', '讲座正文继续。', '', '做好科技招商文章', '', '本报记者 李 秋', '', '近年来……。'].join('\n');
  const { lines, articleStarts } = separateSidebars(toPageLines(page));
  expect(lines.map((l) => l.text)).toEqual(['讲座标题', '主讲：梁伟', '讲座正文继续。', '主讲人档案', '梁伟，南京大学硕士。', '做好科技招商文章', '本报记者 李 秋', '近年来……。']);
  expect([...articleStarts]).toEqual([5]);
});

it('leaves a box at the end of a page where it is', () => {
  const page = ['正文。', '', '教学关键词', '', '●科技首位度：衡量城市科技实力的指标。'].join('\n');
  const { lines } = separateSidebars(toPageLines(page));
  expect(lines.map((l) => l.text)).toEqual(['正文。', '教学关键词', '●科技首位度：衡量城市科技实力的指标。']);
});

it('takes the headings an editor listed, whatever their punctuation', () => {
  const page = ['甲文。', '', '"彭城英才卡",方寸之间显真情', '', '对于人才……。'].join('\n');
  const { articleStarts } = separateSidebars(toPageLines(page), ['“彭城英才卡”，方寸之间显真情']);
  expect([...articleStarts]).toEqual([3]);
});
