// Stage 5, split: the page's lines in reading order → articles. Lines become units (units.ts:
// headings, paragraphs, bylines, captions, tables, page-jump notes), units become articles
// (assemble.ts: headline roles, article boundaries, jumps joined), headlines printed away from
// their bodies are matched to the untitled ones (match-headlines.ts), and captions printed away
// from their article go to the one that shares their words.
import { printedWidth } from '../char-classes.ts';
import type { PageFacts, PageLine } from '../read-page/index.ts';
import type { RepairLog } from '../repairs.ts';
import { assemble, type PageShape } from './assemble.ts';
import { estimateColumnWidths } from './column-width.ts';
import { plainText, type Draft } from './draft.ts';
import { readHeadlines } from './headline-roles.ts';
import { matchHeadlines } from './match-headlines.ts';
import { findHeadlineTail } from './headline-tail.ts';
import { toUnits } from './units.ts';

export type { BodyNode, Draft } from './draft.ts';

export interface SplitInput {
  lines: readonly PageLine[];
  bold: ReadonlySet<number>;
  articleStarts: ReadonlySet<number>;
  facts: PageFacts;
  /** The page is a saved web page or post: it holds one article. */
  singleArticle: boolean;
}

export interface SplitPage {
  articles: Draft[];
  warnings: string[];
}

/** The width of the page's text column: the usual width of its hard-wrapped lines, if any. */
function columnWidth(lines: readonly PageLine[]): number | undefined {
  const columns = estimateColumnWidths(lines.map((l) => printedWidth(l.text.trim()))).filter((w): w is number => w !== undefined);
  if (columns.length < lines.length / 3) return undefined;
  return [...columns].sort((a, b) => a - b)[Math.floor(columns.length / 2)];
}

/** A caption printed away from its article goes to the article sharing most of its words. */
function attachOrphanCaptions(articles: Draft[], captions: ReadonlyArray<{ text: string; lines: number[] }>): void {
  for (const { text: caption, lines } of captions) {
    let best: Draft | undefined;
    let bestScore = 0;
    for (const a of articles) {
      const text = plainText(a);
      let score = 0;
      for (let k = 0; k + 2 <= caption.length; k++) if (text.includes(caption.slice(k, k + 2))) score++;
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    const target = best ?? articles[0];
    target?.captions.push(caption);
    for (const n of lines) target?.lines.add(n);
  }
}

export function splitPage(input: SplitInput, repairs: RepairLog): SplitPage {
  const units = toUnits(input.lines, { bold: input.bold, articleStarts: input.articleStarts, singleArticle: input.singleArticle }, repairs);
  const width = columnWidth(input.lines);
  const shape: PageShape = { singleArticle: input.singleArticle, ...(width !== undefined ? { columnWidth: width } : {}), ...(input.facts.webTitle ? { webTitle: input.facts.webTitle } : {}) };
  const { articles, floating, orphanCaptions } = assemble(units, shape, repairs, findHeadlineTail(units));
  // A lone label with no text under it (a section's name over a list of items) is no headline.
  const headlines = floating.filter((f) => f.lines.length > 1 || f.byline.length > 0 || (readHeadlines(f.lines).title ?? '').length > 8);
  const warnings = matchHeadlines(articles, headlines);
  attachOrphanCaptions(articles, orphanCaptions);
  // An article with no text is not written (a headline alone, a byline made of furniture).
  return { articles: articles.filter((a) => a.body.length > 0), warnings };
}
