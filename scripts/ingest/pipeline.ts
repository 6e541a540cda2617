// One raw page, start to finish, as its stages in order:
//
//   decode → normalize → read the page → columns → split → describe → correct
//
// Each stage is one call here, from its folder's index.ts; writing is the caller's (cli.ts and
// write/). Nothing here decides anything: the stages do.
import { articleSchema } from '../../src/schema/article.ts';
import { detectScript } from '../../src/core/script.ts';
import type { ArticleRecord } from './article-record.ts';
import { deinterleave, emptyReport, type DeinterleaveReport } from './columns/index.ts';
import { applyCorrections } from './correct/index.ts';
import { decodeRaw, type Encoding } from './decode/index.ts';
import type { DetectedEntities, EntityDetector } from './describe/detect-entities.ts';
import { describeNames, describePage } from './describe/index.ts';
import { pageSuspects, type PageSuspects } from './describe/suspects/index.ts';
import { normalizePage } from './normalize/index.ts';
import { readPage, type PageReading } from './read-page/index.ts';
import { countRepair, type RepairLog } from './repairs.ts';
import type { Sidecar } from './sidecar.ts';
import { splitPage } from './split/index.ts';

export interface PageResult {
  encoding: Encoding;
  /** A printed page (newspaper, magazine, report) or a saved web page or post (one article). */
  kind: 'print' | 'web';
  articles: ArticleRecord[];
  /** Per article (same order): what entity detection found, new names included. */
  entities: DetectedEntities[];
  repairs: RepairLog;
  warnings: string[];
  /** What the de-interleaver did on this page. */
  columns: DeinterleaveReport;
  /** Suspected OCR misreads, for the editors (when asked for: see PipelineOptions). */
  suspects: PageSuspects;
}

export interface PipelineOptions {
  corrections: boolean;
  entities?: EntityDetector | undefined;
  /** Off only to measure what the de-interleaving step does (see scripts/quality). */
  deinterleave?: boolean;
  /** Look for suspected misreads (describe/suspects/: the language model reads every character, so only when wanted). */
  suspects?: boolean;
}

/**
 * A saved web page or a post holds one article: its window title, its meta line or its tail say
 * so. A page that prints its page label (`第A03版`: an e-paper's page, a newspaper's) holds a
 * page's articles, whatever footer it ends with.
 */
function isWebPage(page: PageReading): boolean {
  if (page.facts.page !== undefined) return false;
  return page.facts.webTitle !== undefined || page.facts.authors.length > 0 || (page.repairs.tail ?? 0) > 0;
}

function columnsOf(page: PageReading, options: PipelineOptions, repairs: RepairLog): { lines: PageReading['lines']; report: DeinterleaveReport; warnings: string[] } {
  const columns = options.deinterleave === false ? { lines: page.lines, report: emptyReport() } : deinterleave(page.lines, page.articleStarts);
  countRepair(repairs, 'columnsReordered', columns.report.mixedLines.length);
  countRepair(repairs, 'rejoined', columns.report.newJoins.length);
  const weak = columns.report.weakLines.map((n) => `line ${n} looks like columns read together, but the text gives too little evidence to reorder it: kept in OCR order`);
  const doubtful = columns.report.doubtfulLines.map((n) => `line ${n}: columns read together, put in order on thin evidence: the order may be wrong`);
  return { ...columns, warnings: [...columns.report.notes, ...weak, ...doubtful] };
}

export function ingestText(text: string, file: string, sidecar: Sidecar, options: PipelineOptions): Omit<PageResult, 'encoding'> {
  const normalized = normalizePage(text);
  const page = readPage(normalized, { sidebars: sidecar.sidebars ?? [] });
  const repairs: RepairLog = { ...page.repairs };
  const columns = columnsOf(page, options, repairs);
  const web = isWebPage(page);
  const split = splitPage({ lines: columns.lines, bold: page.bold, articleStarts: page.articleStarts, facts: page.facts, singleArticle: web }, repairs);
  const rawLines = normalized.split('\n');
  const articles = describePage(split.articles, {
    file,
    facts: page.facts,
    sidecar,
    script: detectScript(normalized),
    singleArticle: web,
    isBlankLine: (n) => (rawLines[n - 1] ?? '').trim() === '',
    jumbledLines: [...columns.report.weakLines, ...columns.report.doubtfulLines],
  });
  const warnings = [...columns.warnings, ...split.warnings];
  if (articles.length === 0) warnings.push('no article text found (only page furniture?)');
  if (options.corrections && sidecar.corrections) warnings.push(...applyCorrections(articles, sidecar.corrections, file));
  const entities = describeNames(articles, options.entities);
  const derived = articles.filter((a) => a.data.titleOrigin === 'derived').length;
  if (derived > 0) warnings.push(`${derived} article(s) had no printed title; a title was derived from the lead (an editor can give one in the sidecar)`);
  for (const a of articles) {
    const check = articleSchema.safeParse(a.data);
    if (!check.success) throw new Error(`internal: generated front matter fails the schema: ${check.error.message}`);
  }
  const suspects = options.suspects ? pageSuspects(file, articles, normalized) : { suspects: [] };
  return { kind: web ? 'web' : 'print', articles, entities, repairs, warnings, columns: columns.report, suspects };
}

export function ingestBytes(bytes: Uint8Array, file: string, sidecar: Sidecar, options: PipelineOptions): PageResult {
  const { text, encoding, reason } = decodeRaw(bytes);
  const page = ingestText(text, file, sidecar, options);
  // GB18030 and Big5 are told apart by statistics: the report says which was chosen and why.
  if (encoding === 'gb18030' || encoding === 'big5') page.warnings.unshift(`read as ${encoding}: ${reason}`);
  return { encoding, ...page };
}
