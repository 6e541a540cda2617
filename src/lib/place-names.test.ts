import { expect, it } from 'vitest';
import { isPlaceName } from './place-names.ts';

it('knows cities, counties and districts with and without their suffix', () => {
  for (const name of ['徐州', '徐州市', '合肥', '鼓楼', '泉山区', '新沂', '江苏', '江苏省', '中山']) expect(isPlaceName(name), name).toBe(true);
  for (const word of ['国家级', '农业', '安全', '市辖区', '落户']) expect(isPlaceName(word), word).toBe(false);
});
