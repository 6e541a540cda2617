// The de-interleaving step of reading a page: where the OCR read neighbouring newspaper columns
// together, put the printed lines back in reading order. In passes:
//   0. rows of side-by-side columns given back column by column (side-by-side.ts);
//   1. each OCR line that holds several printed lines cut into them, and lines that mix columns
//      found, with streams for the columns in each line and each stretch of such lines
//      (mixed-lines.ts: cut-fragments.ts, stream-search.ts, search-stretches.ts);
//   2. a first reading (page-reading.ts: the streams one after the other, the OCR's order
//      elsewhere), then each article's reading searched whole (search-reading.ts), every join
//      weighed by the language model and the other evidence (reading-scores.ts);
//   3. numbered paragraphs' first lines read apart from their bodies put back, lost column ends
//      marked (place-numbered-heads.ts, mark-cuts.ts).
// Pages where no line mixes columns come back untouched. Headings, bylines, captions and
// datelines stay where they are.
import type { PageLine } from '../read-page/page-lines.ts';
import { articleRegions, classifyLines } from './classify-lines.ts';
import { joinModelMissing } from './join-score.ts';
import { MAX_WEIGHED_FRAGMENTS } from './knobs.ts';
import { lostEnd, markLostEnd } from './mark-cuts.ts';
import { findMixedLines } from './mixed-lines.ts';
import { pageFragments } from './page-fragments.ts';
import { firstLinks, firstReading, placeHeads, searchArticles } from './page-reading.ts';
import { pageScores } from './reading-scores.ts';
import { linesOf, reportJoins } from './reading-output.ts';
import { emptyReport, type DeinterleaveReport } from './report.ts';
import { readSideBySide } from './side-by-side.ts';

export { emptyReport, type DeinterleaveReport } from './report.ts';

export interface DeinterleaveTrace {
  fragments: ReadonlyArray<{ text: string; line: number }>;
  score: (a: number, b: number) => number;
  order: readonly number[];
}

/**
 * @param articleStarts line numbers of headings known to start an article (sidebars): no text is
 *   moved across an article's start.
 */
export function deinterleave(
  input: readonly PageLine[],
  articleStarts: ReadonlySet<number> = new Set(),
  options: { trace?: (trace: DeinterleaveTrace) => void } = {},
): { lines: PageLine[]; report: DeinterleaveReport } {
  // Rows of side-by-side columns first: once given back column by column, they are lines like any.
  const sideBySide = readSideBySide(input);
  const result = readMixedPage(sideBySide.lines, articleStarts, options);
  const { report } = result;
  report.sideBySide = sideBySide.report.blocks;
  report.weakLines = [...new Set([...report.weakLines, ...sideBySide.report.doubtful])].sort((a, b) => a - b);
  if (report.sideBySide.length > 0 || report.mixedLines.length > 0 || report.weakLines.length > 0) {
    const missing = joinModelMissing();
    if (missing) report.notes.push(`columns put in order without the language model, so less well: ${missing}`);
    result.lines = markLostEnds(result.lines, articleStarts, report);
  }
  return result;
}

/**
 * On a page whose columns were put back in order, a text line that stops mid-word where nothing
 * goes on with the word lost its column's end: marked 〔下缺〕 (mark-cuts.ts).
 */
function markLostEnds(lines: PageLine[], articleStarts: ReadonlySet<number>, report: DeinterleaveReport): PageLine[] {
  const kinds = classifyLines(lines);
  const region = articleRegions(lines, kinds, articleStarts);
  return lines.map((line, i) => {
    if (kinds[i] !== 'text') return line;
    let j = i + 1;
    while (j < lines.length && kinds[j] === 'other') j++;
    const next = j < lines.length && region[j] === region[i] ? lines[j] : undefined;
    if (!lostEnd(line.text, next?.text, next !== undefined && kinds[j] === 'text')) return line;
    report.lostEnds.push(line.lineNo);
    return { ...line, text: markLostEnd(line.text) };
  });
}

function readMixedPage(
  lines: readonly PageLine[],
  articleStarts: ReadonlySet<number>,
  options: { trace?: (trace: DeinterleaveTrace) => void },
): { lines: PageLine[]; report: DeinterleaveReport } {
  const report = emptyReport();
  const kinds = classifyLines(lines);
  const region = articleRegions(lines, kinds, articleStarts);
  const found = findMixedLines(lines, kinds, region);
  report.mixedLines = [...found.mixed].map((i) => lines[i]!.lineNo).sort((a, b) => a - b);
  report.weakLines = [...found.weak].map((i) => lines[i]!.lineNo).sort((a, b) => a - b);
  if (report.mixedLines.length === 0) return { lines: [...lines], report };

  const page = pageFragments(lines, kinds, region, found);
  const next = firstLinks(page);
  const scores = pageScores({ fragments: page.fragments, region, next, ocrNext: page.ocrNext, trusted: found.trusted, oneColumn: found.oneColumn, weakLinks: page.weakLinks });
  let entries = firstReading(page, next, kinds);
  // Weighing every pair of fragments is quadratic: a page too large for it keeps its first reading.
  if (page.fragments.length <= MAX_WEIGHED_FRAGMENTS) {
    const lineOf = (e: (typeof entries)[number]) => (e.kind === 'line' ? e.index : page.fragments[e.k]!.line);
    const text = (k: number) => page.fragments[k]!.text;
    const searched = searchArticles(placeHeads(entries, kinds, text, scores), lineOf, region, kinds, scores);
    entries = placeHeads(searched.entries, kinds, text, scores);
    const doubtful = new Set(searched.unsure.map((k) => lines[page.fragments[k]!.line]!.lineNo));
    report.doubtfulLines = [...doubtful].filter((n) => !report.weakLines.includes(n)).sort((a, b) => a - b);
  } else report.notes.push(`${page.fragments.length} printed lines: too many to weigh every pair; only the columns inside each mixed line were put in order`);
  const order = entries.flatMap((e) => (e.kind === 'fragment' ? [e.k] : []));
  options.trace?.({ fragments: page.fragments, score: scores.evidence, order });
  reportJoins(entries, page, region, report);
  return { lines: linesOf(entries, lines, page), report };
}
