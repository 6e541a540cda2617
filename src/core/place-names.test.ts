import { expect, it } from 'vitest';
import { allPlacesIn, findPlaces, isPlaceName, placeAtStart } from './place-names.ts';

it('knows cities, counties and districts with and without their suffix', () => {
  for (const name of ['徐州', '徐州市', '合肥', '鼓楼', '泉山区', '新沂', '江苏', '江苏省', '中山', '香港', '台北']) expect(isPlaceName(name), name).toBe(true);
  for (const word of ['国家级', '农业', '安全', '市辖区', '落户']) expect(isPlaceName(word), word).toBe(false);
});
it('does not take statistical zones for places: they are parks', () => {
  expect(isPlaceName('苏州工业园区')).toBe(false);
  expect(isPlaceName('徐州经济技术开发区')).toBe(false);
  expect(isPlaceName('浦东新区')).toBe(true);
});
it('does not take a county short form that is a common word for a place, only its full name', () => {
  expect(isPlaceName('新兴')).toBe(false);
  expect(isPlaceName('新兴县')).toBe(true);
});
it('finds the longest place name a text starts with', () => {
  expect(placeAtStart('徐州市鼓楼区')).toBe('徐州市');
  expect(placeAtStart('鸠江经济开发区')).toBe('鸠江');
  expect(placeAtStart('数据毫')).toBe('');
});
it('finds the places in a text, left to right', () => {
  expect(findPlaces('同时湖南麓芯与江苏省')).toEqual([
    { at: 2, name: '湖南' },
    { at: 7, name: '江苏省' },
  ]);
});
it('finds the longest place name at a given position', () => {
  expect(placeAtStart('在徐州市鼓楼区', 1)).toBe('徐州市');
  expect(placeAtStart('在徐州市鼓楼区', 4)).toBe('鼓楼区');
  expect(placeAtStart('在徐州市鼓楼区', 0)).toBe('');
  expect(placeAtStart('徐', 0)).toBe('');
});
it('finds every place a text holds, overlapping ones too', () => {
  const found = allPlacesIn('来自徐州市鼓楼区的企业');
  for (const name of ['徐州', '徐州市', '鼓楼', '鼓楼区']) expect(found.has(name), name).toBe(true);
  expect(found.has('企业')).toBe(false);
  expect(allPlacesIn('没有地名的句子').size).toBe(0);
});
