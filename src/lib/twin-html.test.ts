import { expect, it } from 'vitest';
import { twinHtml } from './twin-html.ts';

const page = `<!doctype html><html lang="zh-CN"><head><title>徐州高新区</title>
<meta name="description" content="软件园区"><meta property="og:url" content="https://a.example/parks/x/">
<link rel="canonical" href="https://a.example/parks/x/"><link rel="stylesheet" href="/_astro/a.css">
<link rel="alternate" type="application/rss+xml" title="订阅" href="/rss.xml"><link rel="sitemap" href="/sitemap-index.xml"></head>
<body><a data-script-switch href="/zh-hant/parks/x/" lang="zh-Hant">繁體</a>
<p title="园区说明">园区：<a href="/parks/x/">徐州经开区</a> <a href="/rss.xml">订阅</a> <a href="/sitemap-index.xml">地图</a> <a href="https://example.org/国">外链</a></p>
<pre><code>0001  原始 OCR 文本 汉字</code></pre><code>000_a.txt</code></body></html>`;

it('converts text and prose attributes, keeps code and URLs, and links into the twin', () => {
  const out = twinHtml(page, '/parks/x/');
  expect(out).toContain('<html lang="zh-Hant">');
  expect(out).toContain('<title>徐州高新區</title>');
  expect(out).toContain('content="軟件園區"');
  expect(out).toContain('title="園區說明"');
  expect(out).toContain('園區：<a href="/zh-hant/parks/x/">徐州經開區</a>');
  expect(out).not.toContain('href="/rss.xml"');
  expect(out).toContain('<a href="/zh-hant/rss.xml">訂閱</a>');
  expect(out).toContain('<link rel="alternate" type="application/rss+xml" title="訂閱" href="/zh-hant/rss.xml">');
  expect(out).toContain('<a href="/sitemap-index.xml">地圖</a>');
  expect(out).toContain('<link rel="sitemap" href="/sitemap-index.xml">');
  expect(out).toContain('href="https://example.org/国"');
  expect(out).toContain('href="/_astro/a.css"');
  expect(out).toContain('<code>0001  原始 OCR 文本 汉字</code>');
  expect(out).toContain('href="https://a.example/zh-hant/parks/x/"');
  expect(out).toMatch(/<a data-script-switch(="")? href="\/parks\/x\/" lang="zh-Hans" hreflang="zh-Hans">简体<\/a>/);
});

it('leaves everything else byte for byte as it was', () => {
  const plain =
    '<!DOCTYPE html><html lang="zh-Hant"><head><script type="module">const a = "<b>中文</b>";</script><style>p::before{content:"中"}</style></head><body><!-- 注释 --><p class=x data-y=\'1\'>ABC</p></body></html>';
  expect(twinHtml(plain, '/x/')).toBe(plain);
});

it('converts text between tags and keeps character references', () => {
  expect(twinHtml('<p>软件&amp;园区 &lt;发展&gt;</p><p translate="no">软件</p>', '/x/')).toBe('<p>軟件&amp;園區 &lt;發展&gt;</p><p translate="no">软件</p>');
});

it('leads the switch of a page without an address of its own (404) where the Simplified switch pointed', () => {
  const notFound = '<!doctype html><html lang="zh-CN"><head><title>找不到</title></head><body><a data-script-switch href="/zh-hant/" lang="zh-Hant">繁體</a></body></html>';
  expect(twinHtml(notFound, '/404.html')).toMatch(/<a data-script-switch(="")? href="\/" lang="zh-Hans"/);
});

it('sends the twin of a moved article’s old address to the twin of the article', () => {
  const moved =
    '<!doctype html><html lang="zh-CN"><head><meta http-equiv="refresh" content="0;url=/articles/new/"><link rel="canonical" href="https://a.example/articles/new/"></head><body><a href="/articles/new/">新地址</a></body></html>';
  const out = twinHtml(moved, '/articles/old/');
  expect(out).toContain('<meta http-equiv="refresh" content="0;url=/zh-hant/articles/new/">');
  expect(out).toContain('href="https://a.example/zh-hant/articles/new/"');
  expect(out).toContain('<a href="/zh-hant/articles/new/">新地址</a>');
});
