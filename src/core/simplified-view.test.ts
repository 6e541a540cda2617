import { expect, it } from 'vitest';
import { printedForm, simplifiedView } from './simplified-view.ts';

it('maps Traditional characters to Simplified one for one', () => {
  const printed = '臺灣軟體園區與東區碼頭';
  const view = simplifiedView(printed);
  expect(view).toBe('台湾软体园区与东区码头');
  expect(view.length).toBe(printed.length);
});
it('leaves Simplified text, Latin letters and punctuation as they are', () => {
  expect(simplifiedView('徐州高新区，ABC 123。')).toBe('徐州高新区，ABC 123。');
});
it('quotes a name found in the view as printed', () => {
  const printed = '據報，灣區數據有限公司與學園合作。';
  const view = simplifiedView(printed);
  expect(printedForm(printed, view, '湾区数据有限公司')).toBe('灣區數據有限公司');
});
