// The search page in the browser: reads ?q=, converts a Traditional query to Simplified (fetching
// a small character map only when the query has Chinese characters), puts the parks and companies
// the query names first, then Pagefind's full-text results, with filters and their counts.
import { hasHan } from '../core/char-classes.ts';
import { isTwinPath, twinHref } from '../core/urls.ts';
import { FILTER_LABELS, FILTER_OF_KIND, NAMES_JSON, PAGEFIND_DIR, S2T_JSON, SHARDS_FILE, T2S_JSON, TRADITIONAL_CHARS_TXT, type CharMap, type NameEntry } from '../lib/search-data.ts';
import { hasMarkedChar, mapChars, matchNames, suggestNames } from './search-text.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string };
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
/** Values shown per filter: the most frequent ones. */
const FILTER_VALUES = 8;

// The twin's search page is the same page under /zh-hant/: results link into the twin too.
const isTwin = isTwinPath(location.pathname);
const here = (href: string) => (isTwin ? twinHref(href) : href);
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const namesBox = document.querySelector<HTMLElement>('#search-names')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

let pagefind: Promise<Pagefind> | undefined;
const json = <T>(path: string): Promise<T> => fetch(path).then((r) => r.json() as Promise<T>);
let names: Promise<NameEntry[]> | undefined;
let t2s: Promise<CharMap> | undefined;
let traditionalChars: Promise<string> | undefined;
let s2t: Promise<CharMap> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ new URL(`${PAGEFIND_DIR}pagefind.js`, location.href).href)) as Pagefind;
    await pf.options({ excerptLength: 36 });
    await pf.init();
    // A large archive's index comes in shards by year (src/integrations/pagefind.ts): merged here.
    const shards = await fetch(`${PAGEFIND_DIR}${SHARDS_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => []);
    for (const shard of shards) await pf.mergeIndex(shard);
    return pf;
  })();
  return pagefind;
}

/** Text for this page's script: Simplified as indexed, or Traditional on the twin. */
async function display(text: string): Promise<string> {
  if (!isTwin || !hasHan(text)) return text;
  s2t ??= json<CharMap>(S2T_JSON);
  return mapChars(text, await s2t);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt as text with <mark> kept and nothing else. */
async function excerptNode(html: string): Promise<HTMLElement> {
  const p = el('p', { class: 'search-excerpt' });
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of Array.from(template.content.childNodes)) {
    const text = await display(node.textContent ?? '');
    p.append(node.nodeName === 'MARK' ? el('mark', {}, text) : document.createTextNode(text));
  }
  return p;
}

let current: { query: string; filters: Record<string, string>; results: PagefindResult[]; shown: number } | undefined;
// Filter data grows with the archive (every value's pages), so it is fetched only once a reader
// asks for filters; searches report filter counts from then on.
let filtersLoaded = false;

async function renderMore(): Promise<void> {
  if (!current) return;
  const page = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  for (const result of page) {
    const data = await result.data();
    const li = el('li');
    const heading = el('h2', { class: 'list-title' });
    // Results from a merged shard come back as full addresses: the path is what links here.
    const path = new URL(data.url, location.href).pathname;
    heading.append(el('a', { href: here(path) }, await display(data.meta.title ?? path)));
    li.append(heading);
    if (data.meta.date) li.append(el('p', { class: 'meta' }, data.meta.date));
    li.append(await excerptNode(data.excerpt));
    list.append(li);
  }
  current.shown += page.length;
  more.hidden = current.shown >= current.results.length;
}

async function renderNames(found: NameEntry[]): Promise<void> {
  namesBox.replaceChildren();
  namesBox.hidden = found.length === 0;
  if (found.length === 0) return;
  namesBox.append(el('h2', {}, await display('园区与企业')));
  const ul = el('ul', { class: 'chips' });
  for (const n of found) {
    const li = el('li');
    li.append(el('a', { class: 'chip', href: here(n.href) }, `${await display(n.name)}（${n.count}）`));
    ul.append(li);
  }
  namesBox.append(ul);
}

async function renderFilters(counts: Record<string, Record<string, number>>, selected: Record<string, string>): Promise<void> {
  filtersBox.replaceChildren();
  if (!filtersLoaded) {
    const button = el('button', { type: 'button', id: 'search-show-filters' }, await display('按园区、企业、来源、年份筛选'));
    button.addEventListener('click', () => {
      button.disabled = true;
      void loadPagefind()
        .then((pf) => pf.filters())
        .then(() => {
          filtersLoaded = true;
          return run(input.value, selectedFilters());
        })
        // The button is gone: keyboard focus goes to the filters it asked for.
        .then(() => filtersBox.querySelector<HTMLInputElement>('input')?.focus());
    });
    filtersBox.append(button);
    return;
  }
  for (const [key, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.entries(counts[key] ?? {}).filter(([, n]) => n > 0 || selected[key]);
    if (values.length === 0) continue;
    const fieldset = el('fieldset');
    fieldset.append(el('legend', {}, await display(label)));
    const top = values.sort((a, b) => b[1] - a[1]).filter(([value], i) => i < FILTER_VALUES || selected[key] === value);
    for (const [value, count] of top) {
      const id = `f-${key}-${value}`;
      const box = el('input', { type: 'checkbox', id, 'data-key': key, value });
      box.checked = selected[key] === value;
      const labelEl = el('label', { for: id }, `${await display(value)}（${count}）`);
      const row = el('div');
      row.append(box, labelEl);
      fieldset.append(row);
    }
    filtersBox.append(fieldset);
  }
}

function selectedFilters(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input:checked')) out[box.dataset.key!] = box.value;
  return out;
}

async function run(rawQuery: string, filters: Record<string, string> = {}): Promise<void> {
  const typed = rawQuery.trim();
  list.replaceChildren();
  more.hidden = true;
  if (!typed) {
    status.textContent = await display('输入园区、企业名称或任何词语。');
    await renderNames([]);
    filtersBox.replaceChildren();
    return;
  }
  status.textContent = await display('正在搜索…');
  // Queries in Traditional characters are turned into Simplified, as the index is; the map is
  // fetched only when a small bitset says the query has a Traditional-only character.
  let query = typed;
  if (hasHan(typed)) {
    traditionalChars ??= fetch(TRADITIONAL_CHARS_TXT).then((r) => r.text());
    if (hasMarkedChar(typed, await traditionalChars)) {
      t2s ??= json<CharMap>(T2S_JSON);
      query = mapChars(typed, await t2s);
    }
  }
  names ??= json<NameEntry[]>(NAMES_JSON);
  const allNames = await names;
  const found = matchNames(query, allNames);
  const pf = await loadPagefind();

  // Names first: the articles that name the park or company the query means.
  const first: PagefindResult[] = [];
  for (const n of found) {
    const filter = { ...filters, [FILTER_OF_KIND[n.kind]]: n.name };
    const named = await pf.search(null, { filters: filter });
    first.push(...named.results);
  }
  const text = await pf.search(query, { filters });
  const seen = new Set<string>();
  const results = [...first, ...text.results].filter((r) => !seen.has(r.id) && seen.add(r.id));

  current = { query, filters, results, shown: 0 };
  await renderNames(found);
  await renderFilters(text.filters, filters);
  if (results.length === 0) {
    const near = suggestNames(query, allNames);
    status.textContent = await display(`没有找到与“${query}”相关的文章。`);
    if (near.length > 0) {
      namesBox.hidden = false;
      namesBox.replaceChildren(el('h2', {}, await display('您是不是要找：')));
      const ul = el('ul', { class: 'chips' });
      for (const n of near) {
        const li = el('li');
        li.append(el('a', { class: 'chip', href: here(n.href) }, await display(n.name)));
        ul.append(li);
      }
      namesBox.append(ul);
    }
    return;
  }
  await renderMore();
  // Said last, once the results are on the page (tests and screen readers wait for it).
  status.textContent = await display(`找到 ${results.length} 篇文章${query !== typed ? `（按简体“${query}”搜索）` : ''}。`);
}

function go(query: string, filters: Record<string, string> = {}): void {
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  void run(query, filters);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(input.value);
});
filtersBox.addEventListener('change', () => {
  void run(input.value, selectedFilters());
});
more.addEventListener('click', () => void renderMore());

const initial = new URL(location.href).searchParams.get('q') ?? '';
input.value = initial;
void run(initial);
