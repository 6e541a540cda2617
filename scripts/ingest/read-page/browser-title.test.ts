import { describe, expect, it } from 'vitest';
import { readBrowserTitle } from './browser-title.ts';

describe('readBrowserTitle', () => {
  it.each([
    ['湖畔新城一季度营收创新高 | 湖滨网', '湖畔新城一季度营收创新高', '湖滨网'],
    ['湖畔新城一季度营收创新高_园区动态_湖滨网', '湖畔新城一季度营收创新高', '湖滨网'],
    ['湖畔新城一季度营收创新高 - 湖滨新闻网', '湖畔新城一季度营收创新高', '湖滨新闻网'],
  ])('%s', (line, title, site) => {
    expect(readBrowserTitle(line)).toEqual({ title, site });
  });
  it.each(['湖畔新城一季度营收创新高', '增长12.5% - 同比', 'Mini-LED产线投产'])('is not a browser title: %s', (line) => {
    expect(readBrowserTitle(line)).toBeUndefined();
  });
});
