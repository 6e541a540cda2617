import { expect, it } from 'vitest';

import { searchRecord } from './search-record.ts';

const page = `<!doctype html><html lang="zh-CN"><head><title>标题 · 站点</title></head><body>
<nav><a href="/">最新文章</a></nav>
<main><article data-pagefind-body>
<div hidden data-pagefind-ignore><span data-pagefind-meta="title">钠电项目落户</span><span data-pagefind-filter="park">徐州经济技术开发区</span>
<span data-pagefind-filter="company">比亚迪</span><span data-pagefind-filter="year">2023</span><span data-pagefind-sort="date" data-pagefind-meta="date">2023-06</span></div>
<header><p class="kicker">引题一行</p><h1>钠电项目落户<span class="badge" data-pagefind-ignore>标题由正文生成</span></h1>
<dl class="facts" data-pagefind-ignore><dt>日期</dt><dd>2023年6月</dd></dl></header>
<div class="prose"><p>第一段<strong>加粗</strong>文字。</p><p>第二段  文字。</p><table><tr><td>甲</td><td>乙</td></tr></table></div>
<div data-pagefind-ignore><section>来源与校勘</section></div>
</article></main></body></html>`;

it('reads an article page as the search holds it: title, date, filters and the text shown', () => {
  expect(searchRecord(page, '/articles/x/')).toEqual({
    path: '/articles/x/',
    title: '钠电项目落户',
    date: '2023-06',
    text: '引题一行\n第一段加粗文字。\n第二段 文字。\n甲 乙',
    filters: { park: ['徐州经济技术开发区'], company: ['比亚迪'], source: [], year: ['2023'] },
  });
});

it('gives no record for a page without an indexed part', () => {
  expect(searchRecord('<html><body><p>无</p></body></html>', '/articles/y/')).toBeUndefined();
});
