import { describe, expect, it } from 'vitest';
import { toPageLines } from '../read-page/page-lines.ts';
import { liftFloating } from './floating-blocks.ts';

describe('liftFloating', () => {
  it('lifts a two-line caption dropped inside a sentence', () => {
    const page = toPageLines('湖畔新城今年新建\n标准厂房十二万平方米，\n\n\n工人正在调试新建产线上\n的设备。 通讯员 张 伟 摄\n\n\n并已全部投入使用。');
    const out = liftFloating(page);
    expect(out.captions).toEqual([{ text: '工人正在调试新建产线上的设备。 通讯员 张 伟 摄', at: 2, lines: [5, 6] }]);
    expect([...out.lifted]).toEqual([2, 3]);
  });
  it('drops a pull quote that repeats the text, with its speaker', () => {
    const page = toPageLines('他说，“厂房建得再快，\n也要把服务做得更细。”这是\n\n\n“厂房建得再快，\n也要把服务做得更细。”\n——某公司负责人 张伟\n\n\n园区一贯的要求。');
    const out = liftFloating(page);
    expect(out.pullQuotes).toBe(1);
    expect([...out.lifted]).toEqual([2, 3, 4]);
  });
  it('keeps a floating subhead that says something new', () => {
    const page = toPageLines('这是第一段的正文，写了很多内容。\n\n\n从跟跑到并跑\n\n\n这是第二段的正文，写了别的内容。');
    expect(liftFloating(page).lifted.size).toBe(0);
  });
  it('keeps a quoted headline over its dash subtitle, though the interview repeats its words', () => {
    const page = toPageLines('【对话园区企业家】\n\n“把一颗芯片做成一条链”\n——访某某光电科技有限公司董事长\n\n本报记者 黄 蓓\n\n记者问他，怎样把一颗芯片做成一条链？他说要靠园区。');
    expect(liftFloating(page).pullQuotes).toBe(0);
  });
  it('leaves a byline standing over a photo out of the photo’s caption', () => {
    const page = toPageLines(
      '“把一颗芯片做成一条链”\n——访某某光电科技有限公司董事长\n\n本报记者 黄 蓓  通讯员 万 里\n\n\n熊某某（受访者供图）\n\n【人物】熊某某，1972年生，江西吉安人，材料学博士。2009年回到南昌创办某某光电科技\n有限公司，带领企业从一条中试线成长为芯片企业。\n\n　　南昌高新区艾溪湖畔，某某光电\n科技有限公司的芯片车间里，一片片\n硅衬底外延片正在进行光刻。十多年\n前，这家企业从一条中试线起步。',
    );
    expect(liftFloating(page).captions.map((c) => c.text)).toEqual(['熊某某（受访者供图）']);
  });
});
