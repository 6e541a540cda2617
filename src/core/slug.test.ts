import { expect, it } from 'vitest';
import { slugify } from './slug.ts';

it('romanizes Chinese titles word by word', () => {
  expect(slugify('徐州高新区：激活发展新动能')).toBe('xuzhou-gaoxinqu-jihuo-fazhan-xin-dongneng');
  expect(slugify('海口高新区：上半年工业总产值同比增长18.3%')).toMatch(/^haikou-gaoxinqu-shangbannian/);
});
it('keeps slugs short, URL-safe and never empty', () => {
  const slug = slugify('一'.repeat(200));
  expect(slug.length).toBeLessThanOrEqual(60);
  expect(slugify('！？')).toBe('article');
  expect(slugify('OCTOPUS 半导体')).toMatch(/^[a-z0-9-]+$/);
});
