import { expect, it } from 'vitest';
import { cleanBodyText, cleanCaptionText, cleanHeadline } from './index.ts';

it('cleans body text, headlines and captions each their own way', () => {
  expect(cleanBodyText('梁伟, 南京大学 行政管理专业硕士研 究生。')).toBe('梁伟，南京大学行政管理专业硕士研究生。');
  expect(cleanHeadline('启动创新驱动引擎 助力产业转型升级')).toBe('启动创新驱动引擎　助力产业转型升级');
  expect(cleanCaptionText('徐州经开区美景 通讯员供图')).toBe('徐州经开区美景　通讯员供图');
  expect(cleanCaptionText('协鑫科技智能化工 厂展示厅。')).toBe('协鑫科技智能化工厂展示厅。');
});
it('every cleaner is idempotent', () => {
  for (const clean of [cleanBodyText, cleanHeadline, cleanCaptionText]) {
    for (const s of ['精准滴灌 靶向出击', '增 长 25.6% ，占', '"1",即(草案)', '江苏淮海科技城 马宁 摄']) {
      const once = clean(s);
      expect(clean(once)).toBe(once);
    }
  }
});
