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
});
