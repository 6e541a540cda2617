import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4399/search/');
const r = await page.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const shards = await fetch('/pagefind/shards.json').then((r) => r.json());
  for (const s of shards) await pf.mergeIndex(s);
  await pf.filters();
  const out = {};
  for (const [q, f] of [['中关村', null], [null, { company: '比亚迪' }], [null, { park: '徐州软件园' }], ['招商', null], ['比亚迪', null]]) {
    const res = await pf.search(q, f ? { filters: f } : {});
    const urls = [];
    for (const x of res.results) urls.push((await x.data()).url.replace(/^https?:\/\/[^/]+/, '').slice(0, 40));
    out[`${q}|${JSON.stringify(f)}`] = urls;
  }
  return out;
});
console.log(JSON.stringify(r, null, 1));
await browser.close();
