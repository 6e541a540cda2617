import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { ingestBytes } from './pipeline.ts';

const raw = readFileSync(new URL('../../tests/fixtures/two-items.txt', import.meta.url), 'utf8');
const options = { corrections: true };

it('produces the same articles from UTF-8, UTF-8 BOM, UTF-16 and GB18030, CRLF or LF', () => {
  const reference = ingestBytes(Buffer.from(raw, 'utf8'), 'two-items.txt', {}, options).articles;
  expect(reference.map((a) => a.data.title)).toEqual(['烟台高新区：“政采贷”力助中小企业跑起来', '海口高新区：上半年工业总产值同比增长18.3%']);
  expect(reference.map((a) => a.data.byline)).toEqual([['王昌梅'], ['李子豪']]);
  const variants = [
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(raw, 'utf8')]),
    iconv.encode(raw, 'utf16le', { addBOM: true }),
    iconv.encode(raw, 'gb18030'),
    Buffer.from(raw.replace(/\n/g, '\r\n'), 'utf8'),
    Buffer.from(raw.replace(/\n/g, '\r'), 'utf8'),
  ];
  for (const bytes of variants) expect(ingestBytes(bytes, 'two-items.txt', {}, options).articles).toEqual(reference);
});

it('takes the date from the sidecar when the page prints none, and corrections can be turned off', () => {
  const sidecar = { date: '2023-08', dateNote: '据正文推断', corrections: [{ from: '烟台', to: '煙臺' }] };
  const on = ingestBytes(Buffer.from(raw), 'two-items.txt', sidecar, options).articles;
  expect(on[0]!.data).toMatchObject({ date: '2023-08', dateOrigin: 'sidecar', dateNote: '据正文推断' });
  // Without a note the editor read the date off the page.
  expect(ingestBytes(Buffer.from(raw), 'two-items.txt', { date: '2023-08' }, options).articles[0]!.data).toMatchObject({ date: '2023-08', dateOrigin: 'printed' });
  expect(on.some((a) => a.data.corrections)).toBe(true);
  const off = ingestBytes(Buffer.from(raw), 'two-items.txt', sidecar, { corrections: false }).articles;
  expect(off.some((a) => a.data.corrections)).toBe(false);
});

it('finds no article in a page of furniture only', () => {
  const result = ingestBytes(Buffer.from('0 0\n. .\n扫描二维码 看更多精彩内容\nX 关闭\n'), 'f.txt', {}, options);
  expect(result.articles).toEqual([]);
  expect(result.warnings.join()).toMatch(/no article/);
});
