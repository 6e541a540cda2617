// A page's blocks into articles. What starts an article: the page's first heading group, a
// heading group directly above a byline, a `本报讯` lead, any text after an article was closed,
// and a kicker-and-title pair after an article that already has its byline. What closes one: a
// byline after its body (names at the end of a `本报讯` piece, `▶▶ 胡明慧`, a line of names).
// A byline right after the title or the lead belongs to the article and does not close it.
import type { Block } from '../layout/read-page.ts';
import { newDraft, paragraphCount, type Draft } from './draft.ts';
import { endsHeadlineGroup, findHeadlineBlock } from './headline-block.ts';
import { matchHeadlines, type FloatingHeadline } from './match-headlines.ts';
import { readTitleBlock } from './title-block.ts';

export interface SplitPage {
  articles: Draft[];
  /** Printed page date, if the page had a dateline. */
  pageDate?: string;
  warnings: string[];
}

const LEAD = /^\s*本(报|刊)讯/u;

const firstLineOf = (b: Block): number => ('lineNos' in b ? Math.min(...b.lineNos) : b.lineNo);
const linesOf = (b: Block): number[] => ('lineNos' in b ? b.lineNos : [b.lineNo]);

export function splitArticles(blocks: readonly Block[]): SplitPage {
  const warnings: string[] = [];
  const headlineStart = findHeadlineBlock(blocks);
  const articles: Draft[] = [];
  const orphanCaptions: string[] = [];
  let pageDate: string | undefined;
  let current: Draft | undefined;
  let headings: Array<{ text: string; line: number; lines: number[]; startsArticle: boolean }> = [];
  // Captions met between a heading group and its text wait to learn which article they are in.
  let heldCaptions: string[] = [];
  let heldLines: number[] = [];

  const start = (line: number, titleLines: string[]): Draft => {
    current = newDraft(line, readTitleBlock(titleLines));
    articles.push(current);
    return current;
  };
  // Headings are placed once the block after them shows where they belong; their lines go with them.
  let takenHeadingLines: number[] = [];
  const takeHeadings = () => {
    const h = headings;
    headings = [];
    takenHeadingLines = h.flatMap((x) => x.lines);
    return h;
  };
  const record = (d: Draft | undefined, lines: number[]) => {
    if (!d) return;
    for (const n of [...takenHeadingLines, ...lines]) d.lines.add(n);
    takenHeadingLines = [];
  };
  const releaseCaptions = () => {
    (current ?? { captions: orphanCaptions }).captions.push(...heldCaptions);
    heldCaptions = [];
  };

  for (const block of blocks.slice(0, headlineStart)) {
    const before = current;
    switch (block.kind) {
      case 'dateline':
        pageDate ??= block.date;
        break;
      case 'heading':
        headings.push({ text: block.text, line: firstLineOf(block), lines: linesOf(block), startsArticle: block.startsArticle === true });
        break;
      case 'caption':
        if (headings.length > 0) heldCaptions.push(block.text);
        else (current ?? { captions: orphanCaptions }).captions.push(block.text);
        break;
      case 'byline': {
        if (headings.length > 0 && (!current || paragraphCount(current) > 0 || current.closed)) {
          // A heading group right above a byline: a new article's title.
          const h = takeHeadings();
          start(h[0]!.line, h.map((x) => x.text)).byline.push(...block.names);
        } else if (headings.length > 0 && current) {
          const h = takeHeadings();
          current.title = readTitleBlock([...titleLines(current), ...h.map((x) => x.text)]);
          current.byline.push(...block.names);
        } else if (!current || current.closed) {
          start(block.lineNo, []).byline.push(...block.names);
        } else if (current.byline.length === 0 && paragraphCount(current) <= 1 && !block.trailing) {
          current.byline.push(...block.names);
        } else {
          current.byline.push(...block.names);
          current.closed = true;
        }
        break;
      }
      case 'paragraph': {
        const lead = LEAD.test(block.text);
        if (headings.length > 0) {
          const h = takeHeadings();
          const isNew =
            !current ||
            current.closed ||
            lead ||
            h.some((x) => x.startsArticle) ||
            (h.length >= 2 && current.byline.length > 0 && paragraphCount(current) >= 2);
          if (isNew) start(h[0]!.line, h.map((x) => x.text));
          else if (paragraphCount(current!) === 0 && current!.body.length === 0 && current!.byline.length === 0) {
            current!.title = readTitleBlock([...titleLines(current!), ...h.map((x) => x.text)]);
          } else current!.body.push({ type: 'heading', text: h.map((x) => x.text).join('　') });
        } else if (!current || current.closed || (lead && paragraphCount(current) > 0)) {
          start(firstLineOf(block), []);
        }
        releaseCaptions();
        current!.body.push({ type: 'paragraph', text: block.text });
        break;
      }
    }
    // Captions and headings wait for their article; everything else belongs where it went.
    if (block.kind !== 'heading' && block.kind !== 'caption' && block.kind !== 'dateline') record(current ?? before, linesOf(block));
    if (block.kind === 'caption') {
      if (headings.length > 0) heldLines.push(...linesOf(block));
      else record(current, linesOf(block));
    }
    if (block.kind === 'paragraph' || block.kind === 'byline') {
      record(current, heldLines);
      heldLines = [];
    }
  }

  releaseCaptions();
  // The trailing headline block: headings to match with untitled bodies, photo items of their own.
  const floating: FloatingHeadline[] = [];
  let group: FloatingHeadline | undefined;
  if (headings.length > 0) {
    const h = takeHeadings();
    floating.push((group = { lines: h.map((x) => x.text), byline: [], rawLines: h.flatMap((x) => x.lines) }));
  }
  let item: Draft | undefined;
  for (const block of blocks.slice(headlineStart)) {
    if (block.kind === 'heading') {
      const closedGroup = group !== undefined && group.lines.some(endsHeadlineGroup);
      if (!group || item || group.byline.length > 0 || closedGroup) floating.push((group = { lines: [], byline: [], rawLines: [] }));
      group.lines.push(block.text);
      group.rawLines.push(...linesOf(block));
      item = undefined;
    } else if (block.kind === 'byline') {
      if (group) {
        group.byline.push(...block.names);
        group.rawLines.push(block.lineNo);
      } else orphanCaptions.push(block.raw);
      item = undefined;
    } else if (block.kind === 'paragraph') {
      item = newDraft(firstLineOf(block));
      item.body.push({ type: 'paragraph', text: block.text });
      for (const n of linesOf(block)) item.lines.add(n);
      item.closed = true;
      articles.push(item);
      group = undefined;
    } else if (block.kind === 'caption') {
      if (item) for (const n of linesOf(block)) item.lines.add(n);
      (item ?? { captions: orphanCaptions }).captions.push(block.text);
    } else pageDate ??= block.date;
  }

  warnings.push(...matchHeadlines(articles, floating));
  attachOrphanCaptions(articles, orphanCaptions);
  return { articles: articles.filter((a) => a.body.length > 0 || a.title.title), pageDate, warnings };
}

function titleLines(d: Draft): string[] {
  return [d.title.series, d.title.kicker, d.title.title, d.title.subtitle].filter((x): x is string => Boolean(x));
}

/** A caption printed away from its article goes to the article sharing most of its words. */
function attachOrphanCaptions(articles: Draft[], captions: string[]): void {
  for (const caption of captions) {
    let best: Draft | undefined;
    let bestScore = 0;
    for (const a of articles) {
      const text = a.body.map((n) => n.text).join('');
      let score = 0;
      for (let k = 0; k + 2 <= caption.length; k++) if (text.includes(caption.slice(k, k + 2))) score++;
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    (best ?? articles[0])?.captions.push(caption);
  }
}
