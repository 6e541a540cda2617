import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../schema/article.ts';
import { articleRecord } from './article-record.ts';
import { bibtexEntry, bibtexFile, bibtexKey } from './bibtex.ts';
import { parseBibtex } from './citation-parsers.ts';

const SITE = 'https://archive.example.net';
const record = (id: string, fields: Record<string, unknown>) => articleRecord({ id, data: articleSchema.parse({ title: '甲园区：新动能', ...fields }), text: '正文。' }, SITE);

describe('BibTeX', () => {
  it('a newspaper clipping parses back with its Chinese title, authors whole, paper, date precision and permalink', () => {
    const { entries, errors } = parseBibtex(bibtexEntry(record('2023-a', { byline: ['张三', '欧阳四'], date: '2023-06', source: { publication: '某某日报', page: '第5版' }, parks: ['甲高新区'] })));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.type).toBe('article');
    expect(entry!.key).toBe('2023-a');
    expect(entry!.fields).toMatchObject({
      title: '甲园区：新动能',
      journal: '某某日报',
      entrysubtype: 'newspaper',
      date: '2023-06',
      year: '2023',
      month: '06',
      pages: '第5版',
      url: `${SITE}/articles/2023-a/`,
      keywords: '甲高新区',
    });
    // Each name whole (a Chinese name is not split into given and family names).
    expect(entry!.csl.author).toEqual([{ family: '张三' }, { family: '欧阳四' }]);
    expect(entry!.csl.issued).toEqual({ 'date-parts': [[2023, 6]] });
  });

  it('escapes what TeX treats as commands and reads back the same text', () => {
    const title = '增长12% & 50$ #1 a_b {x} ~^\\ HPE中心';
    const { entries, errors } = parseBibtex(bibtexEntry(record('b', { title })));
    expect(errors).toEqual([]);
    expect(entries[0]!.csl.title).toBe(title);
    expect(entries[0]!.type).toBe('online');
    expect(entries[0]!.fields.date).toBeUndefined();
  });

  it('gives every entry of a file its own key', () => {
    expect(bibtexKey('2023 年/甲')).toBe('2023');
    const { entries, errors } = parseBibtex(bibtexFile([record('a b', {}), record('a-b', {}), record('c', { date: '2023' })]));
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.key)).toEqual(['a-b', 'a-b-2', 'c']);
    expect(entries[2]!.fields.month).toBeUndefined();
  });
});
