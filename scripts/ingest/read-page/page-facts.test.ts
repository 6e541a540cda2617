import { describe, expect, it } from 'vitest';
import { pageDate, postMeta, readPageFacts } from './page-facts.ts';

describe('page facts', () => {
  it('takes the most precise date the furniture prints', () => {
    expect(
      pageDate([
        { text: '18  创新周刊 2024年第5期', kind: 'page-head' },
        { text: '2024年3月2日 星期六', kind: 'page-head' },
      ]),
    ).toBe('2024-03-02');
    expect(pageDate([{ text: '18  创新周刊 2024年第5期', kind: 'page-head' }])).toBe('2024');
  });
  it('gives a month and day the year of the issue', () => {
    expect(
      pageDate([
        { text: '2024年第5期', kind: 'page-head' },
        { text: '3月2日 星期六', kind: 'page-head' },
      ]),
    ).toBe('2024-03-02');
  });
  it('reads a post meta line', () => {
    expect(postMeta('原创 张伟 湖滨发布 2024-03-02 18:00 发表于浙江')).toEqual({ authors: ['张伟'], account: '湖滨发布' });
    expect(postMeta('湖畔新城召开会议 2024-03-02')).toBeUndefined();
  });
  it('names the publication from a masthead, else the site', () => {
    expect(
      readPageFacts(
        [
          { text: '湖滨日报', kind: 'masthead' },
          { text: 'HUBIN DAILY', kind: 'masthead' },
        ],
        '湖滨网',
        undefined,
      ).publication,
    ).toBe('湖滨日报');
    expect(readPageFacts([], '湖滨网', '标题').publication).toBe('湖滨网');
  });
});
