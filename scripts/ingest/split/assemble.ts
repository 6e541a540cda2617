// Units into articles. Headings gather into headline blocks; when text follows a block, the
// block either starts an article (its lines read as section, series, kicker, title and subtitle)
// or is a subhead of the article being read (boundary.ts weighs which). Bylines open or close
// articles, a `本报讯（记者…）` dateline gives its names and leaves the text, captions go to the
// article they were printed in, an article that jumps to another page (`（下转第4版）`) waits for
// its continuation (`（上接第1版）`, after the headline printed again short), and text after a
// closed article starts an untitled one. Headline blocks with no text after them are kept apart
// for matching (headlines printed away from their bodies).
import { simplifiedChars } from '../../../src/core/script.ts';
import { countRepair, type RepairLog } from '../repairs.ts';
import { isPlaceName } from '../../../src/core/place-names.ts';
import { looksLikeName, splitDateline } from '../read-page/bylines.ts';
import { namedDocuments, startsNewArticle } from './boundary.ts';
import { newDraft, nodeText, paragraphCount, type Draft } from './draft.ts';
import { readHeadlines, runsOnIntoNext, SERIES_BANNER, type HeadLine } from './headline-roles.ts';
import { NUMBERED_HEADING, type HeadUnit, type Unit } from './units.ts';

export interface FloatingBlock {
  lines: HeadLine[];
  byline: string[];
  rawLines: number[];
}

export interface PageShape {
  columnWidth?: number;
  singleArticle: boolean;
  webTitle?: string;
}

interface State {
  articles: Draft[];
  current?: Draft;
  heads: HeadUnit[];
  bylines: Array<Extract<Unit, { kind: 'byline' }>>;
  heldCaptions: Array<Extract<Unit, { kind: 'caption' }>>;
  /** An editor's note printed above the article it introduces, waiting for that article. */
  heldNotes: Array<Extract<Unit, { kind: 'text' }>>;
  floating: FloatingBlock[];
  orphanCaptions: Array<{ text: string; lines: number[] }>;
  repairs: RepairLog;
  shape: PageShape;
}

const plain = (s: string) => s.replace(/\s/gu, '');

function headLines(state: State): HeadLine[] {
  const web = state.shape.webTitle ? plain(state.shape.webTitle) : undefined;
  return state.heads.map((h) => ({ text: h.text, bold: h.bold, ...(web && plain(h.text) === web ? { webTitle: true } : {}) }));
}

function startArticle(state: State, firstLine: number, lines: HeadLine[], byline: string[]): Draft {
  const draft = newDraft(firstLine, readHeadlines(lines));
  draft.byline.push(...byline);
  state.articles.push(draft);
  state.current = draft;
  return draft;
}

/**
 * A headline stack's last line that is a bare personal name (`吴晓峰` under a commentary's title)
 * is its writer, not a subtitle: surname first, two or three characters, no place's name.
 */
function peelBareName(state: State): void {
  const last = state.heads.at(-1);
  if (state.heads.length < 2 || !last || state.bylines.length > 0) return;
  const name = last.text.replace(/\s/gu, '');
  if (!/^\p{Script=Han}{2,3}$/u.test(name) || !looksLikeName(name) || isPlaceName(name)) return;
  state.heads.pop();
  state.bylines.push({ kind: 'byline', names: [name], raw: last.text, lines: last.lines, trailing: false });
}

/**
 * A headline stack's last line that numbers the text's first section (a report's title over
 * `一、总体情况`, never a subtitle): taken off the stack, to open the article's body as its first
 * subhead.
 */
function peelSectionHeading(state: State): HeadUnit | undefined {
  const last = state.heads.at(-1);
  if (state.heads.length < 2 || !last || state.bylines.length > 0 || !NUMBERED_HEADING.test(last.text)) return undefined;
  return state.heads.pop();
}

function takeBlock(state: State): { heads: HeadUnit[]; lines: HeadLine[]; byline: string[]; rawLines: number[] } {
  peelBareName(state);
  const block = { heads: state.heads, lines: headLines(state), byline: state.bylines.flatMap((b) => b.names), rawLines: [...state.heads, ...state.bylines].flatMap((u) => u.lines) };
  state.heads = [];
  state.bylines = [];
  return block;
}

/** The pending headline block, now that `next` (text, or undefined for none) follows it. */
function settleBlock(state: State, next: string | undefined): void {
  if (state.heads.length === 0 && state.bylines.length === 0) return;
  const cur = state.current;
  if (state.heads.length === 0) {
    // Bylines with no headline: the current article's, or an untitled article's.
    const { byline, rawLines } = takeBlock(state);
    const target = cur && !cur.closed && paragraphCount(cur) === 0 ? cur : startArticle(state, rawLines[0] ?? 0, [], []);
    target.byline.push(...byline);
    for (const n of rawLines) target.lines.add(n);
    return;
  }
  if (next === undefined) {
    state.floating.push(...headlineGroups(takeBlock(state)));
    return;
  }
  const section = peelSectionHeading(state);
  const block = takeBlock(state);
  const first = block.heads[0]!;
  const parts = readHeadlines(block.lines);
  const forced = block.heads.some((h) => h.item || h.startsArticle) || !cur;
  // Documents the article has named in 《》 (a notice's attachment is a subhead of it).
  const named = cur ? namedDocuments([cur.title.title ?? '', ...cur.body.map(nodeText)].join('\n')) : [];
  const isNew =
    forced ||
    ((paragraphCount(cur!) > 0 || cur!.closed) &&
      startsNewArticle(
        { parts, texts: block.lines.map((l) => l.text), bold: block.lines.some((l) => l.bold), hasByline: block.byline.length > 0, marked: block.heads.some((h) => h.marked === true) },
        {
          closed: cur!.closed,
          singleArticle: state.shape.singleArticle,
          namedDocuments: named,
          ...(next !== undefined ? { next } : {}),
          ...(state.shape.columnWidth !== undefined ? { columnWidth: state.shape.columnWidth } : {}),
        },
      ));
  const opensSection = (draft: Draft) => {
    if (!section) return;
    draft.body.push({ type: 'heading', text: section.text.trim() });
    for (const n of section.lines) draft.lines.add(n);
  };
  if (isNew) {
    const draft = startArticle(state, first.lines[0]!, block.lines, block.byline);
    for (const n of block.rawLines) draft.lines.add(n);
    opensSection(draft);
    return;
  }
  if (paragraphCount(cur!) === 0 && cur!.body.length === 0) {
    // Still above the text: more headline lines of the same article.
    cur!.title = readHeadlines([...titleLines(cur!), ...block.lines]);
  } else if (parts.kicker && parts.title && named.includes(parts.title.replace(/\s+/gu, ''))) {
    // A notice's signature (its issuer) above the document it issues: the notice's last line, then the document's title.
    cur!.body.push({ type: 'paragraph', text: parts.kicker }, { type: 'heading', text: parts.title });
  } else cur!.body.push({ type: 'heading', text: block.heads.map((h) => h.text.trim()).join('　') });
  cur!.byline.push(...block.byline);
  for (const n of block.rawLines) cur!.lines.add(n);
  opensSection(cur!);
}

/** A headline line that runs on into the next (headline-roles.ts) is one line with it, its raw lines kept. */
function mergeRunOnLines(lines: readonly HeadLine[], raw: readonly number[][]): Array<{ line: HeadLine; raw: number[] }> {
  const out: Array<{ line: HeadLine; raw: number[] }> = [];
  lines.forEach((line, i) => {
    const prev = out.at(-1);
    if (prev && runsOnIntoNext(prev.line.text)) {
      prev.line = { ...prev.line, text: prev.line.text.trim() + line.text.trim(), bold: prev.line.bold || line.bold };
      prev.raw.push(...raw[i]!);
    } else out.push({ line, raw: [...raw[i]!] });
  });
  return out;
}

/**
 * Headlines with no text under them, printed together (some pages set every headline apart
 * from its text, at the page's end): one group per article. A `地名：…` title closes its group;
 * a byline goes with the group above it.
 */
function headlineGroups(block: { heads: HeadUnit[]; lines: HeadLine[]; byline: string[]; rawLines: number[] }): FloatingBlock[] {
  const merged = mergeRunOnLines(
    block.lines,
    block.heads.map((h) => h.lines),
  );
  const groups: FloatingBlock[] = [];
  let group: FloatingBlock | undefined;
  for (const { line, raw } of merged) {
    group ??= { lines: [], byline: [], rawLines: [] };
    group.lines.push(line);
    group.rawLines.push(...raw);
    if (/^\S{2,12}[:：]\S/u.test(line.text.trim())) {
      groups.push(group);
      group = undefined;
    }
  }
  if (group) groups.push(group);
  const last = groups.at(-1);
  if (last && block.byline.length > 0) {
    last.byline.push(...block.byline);
    const headLines = new Set(block.heads.flatMap((h) => h.lines));
    last.rawLines.push(...block.rawLines.filter((n) => !headLines.has(n)));
  }
  return groups;
}

function titleLines(d: Draft): HeadLine[] {
  const t = d.title;
  return [...(t.sections ?? []), t.series, t.kicker, t.title, t.subtitle].filter((x): x is string => Boolean(x)).map((text) => ({ text, bold: false }));
}

/** The current article was started by the block just settled and has no text yet. */
function justStarted(state: State): boolean {
  return state.current !== undefined && paragraphCount(state.current) === 0;
}

/** The article text goes to: the current one, or a new untitled one after a closed article. */
function targetFor(state: State, firstLine: number): Draft {
  if (!state.current || state.current.closed) return startArticle(state, firstLine, [], []);
  return state.current;
}

/** `编者按：…`, `【编者的话】…`: an editor's note, which introduces the article printed under it. */
const EDITORS_NOTE = /^\s*[【[]?(?:编者按|编者的话|编后)[】\]]?[:：]?|^\s*编者[:：]/u;

/** Holds an editor's note met before its article (none open, or the open one ended). */
function holdsNote(state: State, unit: Extract<Unit, { kind: 'text' | 'bullet' | 'table' }>): boolean {
  // A series' banner over the note (`【某某调研行】` / `编者按：…`) waits with it for the article's headline.
  const banners = state.heads.every((h) => SERIES_BANNER.test(h.text.trim()));
  if (unit.kind !== 'text' || !EDITORS_NOTE.test(simplifiedChars(unit.text)) || !banners) return false;
  if (state.current && !state.current.closed && paragraphCount(state.current) > 0) return false;
  state.heldNotes.push(unit);
  return true;
}

/** The held notes, as the first paragraphs of the article they introduce. */
function placeNotes(state: State, draft: Draft): void {
  for (const note of state.heldNotes) {
    draft.body.push({ type: 'paragraph', text: note.text });
    for (const n of note.lines) draft.lines.add(n);
  }
  state.heldNotes = [];
}

function addText(state: State, unit: Extract<Unit, { kind: 'text' | 'bullet' | 'table' }>): void {
  if (holdsNote(state, unit)) return;
  let text = unit.kind === 'table' ? '' : unit.text;
  const dateline = unit.kind === 'text' ? splitDateline(text) : undefined;
  settleBlock(state, unit.kind === 'table' ? '' : text);
  // A dateline opens a piece: after another piece's text it starts a new (untitled) article.
  if (dateline && state.current && state.heads.length === 0 && paragraphCount(state.current) > 0 && !justStarted(state)) state.current.closed = true;
  const draft = targetFor(state, unit.lines[0]!);
  if (dateline) {
    text = dateline.text;
    draft.byline.push(...dateline.names);
    countRepair(state.repairs, 'datelines');
  }
  if (state.heldNotes.length > 0 && paragraphCount(draft) === 0) placeNotes(state, draft);
  for (const c of state.heldCaptions) {
    draft.captions.push(c.text);
    for (const n of c.lines) draft.lines.add(n);
  }
  state.heldCaptions = [];
  for (const n of unit.lines) draft.lines.add(n);
  if (unit.kind === 'table') draft.body.push({ type: 'table', rows: unit.rows });
  else if (unit.kind === 'bullet') {
    const last = draft.body.at(-1);
    if (last?.type === 'list') last.items.push(text);
    else draft.body.push({ type: 'list', items: [text] });
  } else if (text.trim()) appendParagraph(draft, text);
}

/** A paragraph; the continuation of a paragraph cut by a page jump runs on into it. */
function appendParagraph(draft: Draft, text: string): void {
  const last = draft.body.at(-1);
  if (draft.suspended === false && last?.type === 'paragraph' && !/[。！？”…]$/u.test(last.text)) last.text += text;
  else draft.body.push({ type: 'paragraph', text });
  delete draft.suspended;
}

function onJump(state: State, unit: Extract<Unit, { kind: 'jump' }>): void {
  if (unit.dir === 'out') {
    settleBlock(state, undefined);
    if (state.current) {
      state.current.closed = true;
      state.current.suspended = true;
    }
    return;
  }
  // The headline printed again over the continuation is the suspended article's: drop it.
  const repeated = unit.headline ?? state.heads.map((h) => h.text).join('');
  state.heads = [];
  const waiting = state.articles.filter((a) => a.suspended === true);
  const similar = (a: Draft) => [...plain(repeated)].filter((ch) => plain(a.title.title ?? '').includes(ch)).length;
  const resumed = waiting.sort((a, b) => similar(b) - similar(a))[0];
  if (!resumed) return;
  resumed.closed = false;
  resumed.suspended = false;
  for (const n of unit.lines) resumed.lines.add(n);
  state.current = resumed;
  countRepair(state.repairs, 'pageJumps');
}

function onByline(state: State, unit: Extract<Unit, { kind: 'byline' }>): void {
  const cur = state.current;
  if (state.heads.length > 0) {
    state.bylines.push(unit);
    return;
  }
  // A byline after the lead (a standfirst) is the article's own; after more text it closes it.
  const afterLead = cur !== undefined && !cur.closed && cur.byline.length === 0 && paragraphCount(cur) <= 1;
  if (unit.trailing || (cur && !cur.closed && paragraphCount(cur) > 0 && !afterLead)) {
    if (!cur) return void state.orphanCaptions.push({ text: unit.raw, lines: unit.lines });
    cur.byline.push(...unit.names);
    cur.closed = true;
    for (const n of unit.lines) cur.lines.add(n);
    return;
  }
  if (afterLead && cur) {
    cur.byline.push(...unit.names);
    for (const n of unit.lines) cur.lines.add(n);
    return;
  }
  state.bylines.push(unit);
}

/**
 * The page's trailing headline block (headline-tail.ts): headlines go to floating groups (with
 * the bylines printed among them), its paragraphs are short items of their own.
 */
function assembleTail(state: State, units: readonly Unit[]): void {
  for (const unit of units) {
    if (unit.kind === 'head') {
      if (state.bylines.length > 0) settleBlock(state, undefined);
      state.heads.push(unit);
    } else if (unit.kind === 'byline') state.bylines.push(unit);
    else if (unit.kind === 'caption') {
      // A photo item's caption follows its text.
      const item = state.current?.closed && state.heads.length === 0 ? state.current : undefined;
      if (item) {
        item.captions.push(unit.text);
        for (const n of unit.lines) item.lines.add(n);
      } else state.orphanCaptions.push({ text: unit.text, lines: unit.lines });
    } else if (unit.kind === 'text') {
      settleBlock(state, undefined);
      const item = startArticle(state, unit.lines[0]!, [], []);
      item.body.push({ type: 'paragraph', text: unit.text });
      for (const n of unit.lines) item.lines.add(n);
      item.closed = true;
    }
  }
  settleBlock(state, undefined);
}

export function assemble(
  units: readonly Unit[],
  shape: PageShape,
  repairs: RepairLog,
  tailFrom = units.length,
): { articles: Draft[]; floating: FloatingBlock[]; orphanCaptions: Array<{ text: string; lines: number[] }> } {
  const state: State = { articles: [], heads: [], bylines: [], heldCaptions: [], heldNotes: [], floating: [], orphanCaptions: [], repairs, shape };
  for (const unit of units.slice(0, tailFrom)) {
    switch (unit.kind) {
      case 'head':
        if (state.bylines.length > 0 || unit.item || unit.startsArticle) settleBlock(state, undefined);
        state.heads.push(unit);
        break;
      case 'byline':
        onByline(state, unit);
        break;
      case 'caption':
        if (state.heads.length > 0 || !state.current) state.heldCaptions.push(unit);
        else {
          state.current.captions.push(unit.text);
          for (const n of unit.lines) state.current.lines.add(n);
        }
        break;
      case 'jump':
        onJump(state, unit);
        break;
      default:
        addText(state, unit);
    }
  }
  settleBlock(state, undefined);
  // A note no article followed is kept as a piece of its own (nothing is lost).
  if (state.heldNotes.length > 0) placeNotes(state, startArticle(state, state.heldNotes[0]!.lines[0]!, [], []));
  assembleTail(state, units.slice(tailFrom));
  state.orphanCaptions.push(...state.heldCaptions.map((c) => ({ text: c.text, lines: c.lines })));
  return { articles: state.articles, floating: state.floating, orphanCaptions: state.orphanCaptions };
}
