// The search page in the browser. The query and the filters live in the address (search-state.ts),
// so a search can be linked, and the 简/繁 switch keeps them. A query in Traditional characters is
// turned into Simplified (a small character map, fetched only when the query needs it). Parks and
// companies the query names come first, from the name index; then every article whose own text
// holds all the query's words (search-run.ts), newest first, each with the sentence that holds them.
import { hasHan } from '../core/char-classes.ts';
import { isTwinPath, twinHref } from '../core/urls.ts';
import { FILTER_KEYS, FILTER_LABELS, S2T_JSON, T2S_JSON, TRADITIONAL_CHARS_TXT, type CharMap, type FilterKey, type NameEntry } from '../lib/search-data.ts';
import type { Segment } from '../lib/search/excerpt.ts';
import { MIN_WORD } from '../lib/search/bigrams.ts';
import { charLength, queryWords } from '../lib/search/fold.ts';
import { FILTER_VALUES, PAGE_SIZE } from '../lib/search/knobs.ts';
import type { NameMatch } from '../lib/search/names.ts';
import { formatPartialDate } from '../schema/partial-date.ts';
import { IndexReader } from './search-index.ts';
import { importPagefind, PagefindProposer } from './search-pagefind.ts';
import { SearchRun, type Count, type Hit } from './search-run.ts';
import { hasFilters, readState, writeState, type SearchState } from './search-state.ts';
import { cornerQuotes, hasMarkedChar, mapChars } from './search-text.ts';

// The twin's search page is the same page under /zh-hant/: results link into the twin too.
const isTwin = isTwinPath(location.pathname);
const here = (href: string) => (isTwin ? twinHref(href) : href);
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#search-form');
const input = $<HTMLInputElement>('#search-input');
const status = $('#search-status');
const namesBox = $('#search-names');
const list = $<HTMLOListElement>('#search-results');
const filtersBox = $('#search-filters');
const more = $<HTMLButtonElement>('#search-more');
const partialBox = $('#search-partial');
const partialList = $<HTMLOListElement>('#search-partial-results');
const scriptSwitch = document.querySelector<HTMLAnchorElement>('[data-script-switch]');
const switchBase = scriptSwitch?.getAttribute('href')?.replace(/[?#].*$/u, '');
const titleSuffix = document.title.includes(' · ') ? document.title.slice(document.title.lastIndexOf(' · ')) : '';
const initialTitle = document.title;

const reader = new IndexReader((path) => fetch(path));
// Pagefind's files are fetched the first time a search needs the full text.
const fullText = new PagefindProposer(reader, importPagefind);
const text = (path: string) => fetch(path).then((r) => r.text());
let t2s: Promise<CharMap> | undefined;
let s2t: Promise<CharMap> | undefined;
let traditionalChars: Promise<string> | undefined;

/** Text for this page: Simplified as indexed, or Traditional on the twin. */
async function display(value: string): Promise<string> {
  if (!isTwin || !hasHan(value)) return isTwin ? cornerQuotes(value) : value;
  s2t ??= text(S2T_JSON).then((t) => JSON.parse(t) as CharMap);
  return cornerQuotes(mapChars(value, await s2t));
}

/** The query in Simplified characters, as the index is (the map is fetched only when needed). */
async function simplified(typed: string): Promise<string> {
  if (!hasHan(typed)) return typed;
  traditionalChars ??= text(TRADITIONAL_CHARS_TXT);
  if (!hasMarkedChar(typed, await traditionalChars)) return typed;
  t2s ??= text(T2S_JSON).then((t) => JSON.parse(t) as CharMap);
  return mapChars(typed, await t2s);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, content?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (content !== undefined) node.textContent = content;
  return node;
}

async function segments(parent: HTMLElement, parts: readonly Segment[]): Promise<HTMLElement> {
  for (const part of parts) {
    const shown = await display(part.text);
    parent.append(part.mark ? el('mark', {}, shown) : document.createTextNode(shown));
  }
  return parent;
}

async function hitItem(hit: Hit): Promise<HTMLLIElement> {
  const li = el('li');
  const heading = el('h2', { class: 'list-title' });
  heading.append(await segments(el('a', { href: here(hit.path) }), hit.title));
  li.append(heading);
  if (hit.date) {
    const meta = el('p', { class: 'meta' });
    meta.append(el('time', { datetime: hit.date }, await display(formatPartialDate(hit.date))));
    li.append(meta);
  }
  if (hit.excerpt.length > 0) li.append(await segments(el('p', { class: 'search-excerpt' }), hit.excerpt));
  if (hit.held) li.append(el('p', { class: 'search-held' }, await display(`含：${hit.held.join('、')}`)));
  if (hit.writtenAs) li.append(el('p', { class: 'search-held' }, await display(`文中写作“${hit.writtenAs}”`)));
  return li;
}

async function chips(heading: string, entries: readonly NameEntry[], counts: boolean): Promise<void> {
  namesBox.replaceChildren();
  namesBox.hidden = entries.length === 0;
  if (entries.length === 0) return;
  namesBox.append(el('h2', {}, await display(heading)));
  const ul = el('ul', { class: 'chips' });
  for (const n of entries) {
    const li = el('li');
    li.append(el('a', { class: 'chip', href: here(n.href) }, await display(counts ? `${n.name}（${n.count}）` : n.name)));
    ul.append(li);
  }
  namesBox.append(ul);
}

interface Current {
  generation: number;
  state: SearchState;
  search: SearchRun;
  hits: AsyncGenerator<Hit>;
  shown: number;
  done: boolean;
}
let generation = 0;
let current: Current | undefined;
// Filters and their counts grow with the archive: fetched once the reader asks for them (or the
// address holds some), and kept open from then on.
let filtersOpen = false;

/** Shows the next page of results, each as soon as it is checked. */
async function showMore(c: Current): Promise<void> {
  let added = 0;
  while (added < PAGE_SIZE) {
    const next = await c.hits.next();
    if (c.generation !== generation) return;
    if (next.done) {
      c.done = true;
      break;
    }
    list.append(await hitItem(next.value));
    added++;
    c.shown++;
  }
  more.hidden = c.done;
}

async function showPartial(c: Current): Promise<number> {
  partialList.replaceChildren();
  let shown = 0;
  for await (const hit of c.search.partialHits()) {
    if (c.generation !== generation) return shown;
    partialList.append(await hitItem(hit));
    partialBox.hidden = false;
    if (++shown >= PAGE_SIZE) break;
  }
  return shown;
}

function selectedFilters(): SearchState['filters'] {
  const out: SearchState['filters'] = {};
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input:checked')) (out[box.dataset.key as FilterKey] ??= []).push(box.value);
  return out;
}

async function filterGroup(key: FilterKey, counts: Array<[string, number]>, selected: readonly string[]): Promise<HTMLFieldSetElement | undefined> {
  // Values no result has are left out, unless the reader chose them (to be able to un-choose them).
  const values = [...counts.slice(0, FILTER_VALUES), ...counts.slice(FILTER_VALUES).filter(([v]) => selected.includes(v))];
  for (const v of selected) if (!values.some(([x]) => x === v)) values.push([v, 0]);
  if (values.length === 0) return undefined;
  const fieldset = el('fieldset');
  fieldset.append(el('legend', {}, await display(FILTER_LABELS[key])));
  for (const [value, count] of values) {
    const id = `f-${key}-${value}`;
    const box = el('input', { type: 'checkbox', id, 'data-key': key, value });
    box.checked = selected.includes(value);
    const row = el('div');
    row.append(box, el('label', { for: id }, `${await display(value)}（${count}）`));
    fieldset.append(row);
  }
  return fieldset;
}

async function renderFilters(c: Current): Promise<void> {
  if (!filtersOpen) {
    const button = el('button', { type: 'button', id: 'search-show-filters' }, await display('按园区、企业、来源、年份筛选'));
    button.addEventListener('click', () => {
      button.disabled = true;
      filtersOpen = true;
      // The button is gone: keyboard focus goes to the filters it asked for.
      void renderFilters(c).then(() => filtersBox.querySelector<HTMLInputElement>('input')?.focus());
    });
    filtersBox.replaceChildren(button);
    return;
  }
  const counts = await c.search.facetCounts();
  if (c.generation !== generation) return;
  const groups = await Promise.all(FILTER_KEYS.map((key) => filterGroup(key, counts[key], c.state.filters[key] ?? [])));
  filtersBox.replaceChildren(...groups.filter((g): g is HTMLFieldSetElement => g !== undefined));
}

async function renderStatus(c: Current, count: Count, query: string): Promise<void> {
  // On the main pages a Traditional query is said back in Simplified, as searched (the twin shows
  // everything in Traditional, so there it would read back the query as typed).
  const converted = !isTwin && query !== c.state.q.trim() ? `（按简体“${query}”搜索）` : '';
  const filtered = hasFilters(c.state) ? '（已筛选）' : '';
  if (count.total > 0) {
    status.textContent = await display(`找到${count.exact ? '' : '约'} ${count.total} 篇写有“${c.search.words.join('”“')}”的文章${filtered}${converted}。`);
    return;
  }
  status.textContent = await display(`没有找到写有“${c.search.words.join('”“')}”的文章${filtered}${converted}。`);
}

async function nothingFound(c: Current): Promise<void> {
  const partial = await showPartial(c);
  if (partial === 0) await chips('您是不是要找：', c.search.suggestions(), false);
}

async function setTitle(q: string): Promise<void> {
  document.title = q ? `${await display(`“${q}”的搜索结果`)}${titleSuffix}` : initialTitle;
}

function clear(): void {
  list.replaceChildren();
  partialList.replaceChildren();
  partialBox.hidden = true;
  more.hidden = true;
  namesBox.replaceChildren();
  namesBox.hidden = true;
}

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  input.value = state.q;
  if (scriptSwitch && switchBase) scriptSwitch.href = `${switchBase}${writeState(state)}`;
  clear();
  await setTitle(state.q);
  if (!state.q) {
    filtersBox.replaceChildren();
    status.textContent = await display('输入园区、企业名称或任何词语。');
    return;
  }
  status.textContent = await display('正在搜索…');
  const query = await simplified(state.q);
  const words = queryWords(query);
  if (!words.some((w) => charLength(w) >= MIN_WORD)) {
    status.textContent = await display(`请至少输入一个 ${MIN_WORD} 个字以上的词。`);
    return;
  }
  const search = await SearchRun.start(reader, fullText, words, state.filters);
  if (mine !== generation) return;
  const c: Current = { generation: mine, state, search, hits: search.hits(), shown: 0, done: false };
  current = c;
  await chips(
    '园区与企业',
    search.names.map((m: NameMatch) => m.entry),
    true,
  );
  filtersOpen ||= hasFilters(state);
  await showMore(c);
  const count = await search.count();
  if (mine !== generation) return;
  if (count.total === 0) await nothingFound(c);
  await renderFilters(c);
  // Said last, once the results are on the page (tests and screen readers wait for it).
  if (mine === generation) await renderStatus(c, count, query);
}

/** A new search (or new filters): a new entry in the history, so the back button returns to the last. */
function go(state: SearchState): void {
  const url = new URL(location.href);
  url.search = writeState(state);
  history.pushState(null, '', url);
  start(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  // A new query keeps the filters chosen for the last one.
  go({ q: input.value.trim(), filters: current?.state.filters ?? readState(location.search).filters });
});
filtersBox.addEventListener('change', () => {
  go({ q: current?.state.q ?? input.value.trim(), filters: selectedFilters() });
});
more.addEventListener('click', () => {
  if (current) void showMore(current);
});
/** Runs a search; if the index cannot be read (not built, as under `npm run dev`, or offline), says so. */
function start(state: SearchState): void {
  run(state).catch(async (error: unknown) => {
    console.error(error);
    status.textContent = await display('搜索索引暂时无法读取，请稍后再试。');
  });
}

window.addEventListener('popstate', () => start(readState(location.search)));

start(readState(location.search));
