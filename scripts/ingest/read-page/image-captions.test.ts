import { expect, it } from 'vitest';
import { furnitureKind } from './furniture.ts';
import { markImageCaptions, placeholdersIn } from './image-captions.ts';
import { toPageLines } from './page-lines.ts';

function marked(text: string): string[] {
  const lines = toPageLines(text);
  markImageCaptions(
    lines,
    lines.map((l) => (placeholdersIn(l.text) > 0 ? 'placeholder' : furnitureKind(l.text))),
  );
  return lines.map((l) => `${l.caption ? 'C' : l.captionContinued ? '+' : '.'} ${l.text.trim()}`);
}

it('counts the placeholders a line holds, and nothing else', () => {
  expect(placeholdersIn('[图片]      [图片]')).toBe(2);
  expect(placeholdersIn('[图片] 园区一角')).toBe(0);
});

it('takes a caption wrapped over lines under its photo whole, up to its sentence’s end', () => {
  expect(marked('[图片]\n①3月2日，某某港区，货轮正\n在装卸作业。\n今年以来，港区吞吐量持续增长。')).toEqual([
    '. [图片]',
    'C ①3月2日，某某港区，货轮正',
    '+ 在装卸作业。',
    '. 今年以来，港区吞吐量持续增长。',
  ]);
});

it('reads numbered captions one after another under photos set side by side', () => {
  expect(marked('[图片]    [图片]\n②工人在车间里焊接船体\n分段。\n③在建的厂房，塔吊林立。\n\n正文从这里开始，写了很长的一句话。')).toEqual([
    '. [图片]    [图片]',
    'C ②工人在车间里焊接船体',
    '+ 分段。',
    'C ③在建的厂房，塔吊林立。',
    '. 正文从这里开始，写了很长的一句话。',
  ]);
});

it('leaves a sentence of clauses under a photo as text, unless the photo’s number leads it', () => {
  expect(marked('[图片]\n记者走进车间，看到工人们正忙着赶制订单，生产线满负荷运转。')[1]).toMatch(/^\. /u);
  expect(marked('[图片]\n⑤夜幕降临，工地依然灯火通明。')[1]).toMatch(/^C /u);
});

it('keeps only the first line when no sentence’s end comes within reach', () => {
  expect(marked('[图片]\n园区一角\n厂房林立\n道路宽阔\n绿树成荫\n')).toEqual(['. [图片]', 'C 园区一角', '. 厂房林立', '. 道路宽阔', '. 绿树成荫']);
});

it('takes a sentence set flush under a photo, above the page’s indented paragraphs, for its caption', () => {
  const lines = toPageLines(['[图片]', '验证中心内，技术人员正在进行兼容性测试。', '', '　　6月12日，工业和信息化部公布名单，园区榜上有名。'].join('\n'));
  markImageCaptions(
    lines,
    lines.map(() => undefined),
  );
  expect(lines[1]!.caption).toBe(true);
  const text = toPageLines(['[图片]', '　　6月12日，工业和信息化部公布名单，园区榜上有名。', '', '　　园区将继续推进。'].join('\n'));
  markImageCaptions(
    text,
    text.map(() => undefined),
  );
  expect(text[1]!.caption).toBeUndefined();
});
