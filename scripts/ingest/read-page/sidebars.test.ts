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

it('ends a box drawn between two printed rules at the lower rule, its paragraphs indented as the article’s', () => {
  const lines = toPageLines(
    '　　某某说，过去这些部件要从外地采购。\n━━━━━━━━\n短评\n“抢”项目更要“养”项目\n文/舒 扬\n\n　　开年抢项目，各地园区都铆足了劲。\n　　项目签约只是开始。\n━━━━━━━━\n\n　　今年该区改变过去的招商方式，签约项目平均开工时间缩短。',
  ).filter((l) => !/^━+$/u.test(l.text.trim()));
  // The rules go with the furniture; the lines under them keep that a rule stood there.
  for (const l of lines) if (/^(?:短评|　　今年)/u.test(l.text)) l.ruleAbove = true;
  const out = separateSidebars(lines).lines.map((l) => l.text.trim().slice(0, 6));
  expect(out).toEqual(['某某说，过去', '今年该区改变', '短评', '“抢”项目更', '文/舒 扬', '开年抢项目，', '项目签约只是']);
});

it('reads a letter-spaced box label (数 读) and ends the box at its lower rule, before the next headline set apart', () => {
  expect(isBoxLabel('数 读')).toBe(true);
  const lines = toPageLines(
    [
      '园区企业间的协作变得“近',
      '────────',
      '数 读',
      '150余家',
      '激光与光电企业',
      '────────',
      '在咫尺”。园区还在推进。',
      '',
      '',
      '温州湾新区新签约项目21个',
      '记者日前从温州湾新区获悉，一季度新签约项目21个。',
    ].join('\n'),
  );
  const marked = lines.map((l, i) => (i > 0 && /^─+$/u.test(lines[i - 1]!.text) ? { ...l, ruleAbove: true } : l)).filter((l) => !/^─+$/u.test(l.text));
  const read = separateSidebars(marked);
  expect(read.lines.map((l) => l.text)).toEqual([
    '园区企业间的协作变得“近',
    '在咫尺”。园区还在推进。',
    '数 读',
    '150余家',
    '激光与光电企业',
    '温州湾新区新签约项目21个',
    '记者日前从温州湾新区获悉，一季度新签约项目21个。',
  ]);
});
