import { expect, it } from 'vitest';
import { undoHtmlRemnants } from './html-remnants.ts';

it('drops tags and keeps their text, never adding a line (provenance counts the raw lines)', () => {
  expect(undoHtmlRemnants('<p>甲段。</p>\n<p>乙段<br/>丙行。</p>')).toBe('甲段。\n乙段丙行。');
  expect(undoHtmlRemnants('园区<span style="color:red">新增</span><strong>两家</strong>企业。')).toBe('园区新增两家企业。');
});

it('decodes character references with their semicolon', () => {
  expect(undoHtmlRemnants('&ldquo;科创飞地&rdquo;&nbsp;签约&#20013;&amp;')).toBe('“科创飞地”\u00a0签约中&');
  expect(undoHtmlRemnants('甲&#10;乙&#x0D;丙')).toBe('甲 乙 丙');
});

it('leaves text that only looks like markup alone', () => {
  expect(undoHtmlRemnants('增速<10%，但>5%。')).toBe('增速<10%，但>5%。');
  expect(undoHtmlRemnants('《<<某某>>》与&符号')).toBe('《<<某某>>》与&符号');
  expect(undoHtmlRemnants('A&B公司')).toBe('A&B公司');
});
