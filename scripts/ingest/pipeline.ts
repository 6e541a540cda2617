// One raw page, start to finish, as its stages in order:
//
//   decode → normalize → read the page → columns → split → describe → correct
//
// Each stage is one call here; writing is the caller's (cli.ts and write.ts).
import { decodeRaw, type Encoding } from './decode.ts';
import { normalizeLineEndings } from './normalize/line-endings.ts';
import { normalizeUnicode } from './normalize/unicode-form.ts';
import { readPage } from './read-page/index.ts';
import { deinterleave, emptyReport, type DeinterleaveReport } from './columns/deinterleave.ts';
import { splitPage } from './split/index.ts';
import { buildRecord } from './describe/build-record.ts';
import type { DetectedEntities, EntityDetector } from './describe/detect-entities.ts';
import { applyCorrections } from './correct.ts';
import { pageSuspects, type PageSuspects } from './describe/suspects/index.ts';
import type { Sidecar } from './sidecar.ts';
import type { ArticleRecord } from './article-record.ts';
import { countRepair, type RepairLog } from './repairs.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { detectScript } from '../../src/core/script.ts';

export interface PageResult {
  encoding: Encoding;
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
  /** Look for suspected misreads (describe/suspects/; the language model reads every character, so only when wanted). */
  suspects?: boolean;
}

export function ingestText(text: string, file: string, sidecar: Sidecar, options: PipelineOptions): Omit<PageResult, 'encoding'> {
  // normalize
  const normalized = normalizeUnicode(normalizeLineEndings(text));
  // read the page
  const page = readPage(normalized, { sidebars: sidecar.sidebars ?? [] });
  const repairs: RepairLog = { ...page.repairs };
  // columns
  const columns = options.deinterleave === false ? { lines: page.lines, report: emptyReport() } : deinterleave(page.lines, page.articleStarts);
  countRepair(repairs, 'columnsReordered', columns.report.mixedLines.length);
  countRepair(repairs, 'rejoined', columns.report.newJoins.length);
  const warnings = [
    ...columns.report.notes,
    ...columns.report.weakLines.map((n) => `line ${n} looks like columns read together, but the text gives too little evidence to reorder it: kept in OCR order`),
    ...columns.report.doubtfulLines.map((n) => `line ${n}: columns read together, put in order on thin evidence: the order may be wrong`),
  ];
  // split
  const singleArticle = page.facts.webTitle !== undefined || page.facts.authors.length > 0 || (repairs.tail ?? 0) > 0;
  const split = splitPage({ lines: columns.lines, bold: page.bold, articleStarts: page.articleStarts, facts: page.facts, singleArticle }, repairs);
  warnings.push(...split.warnings);
  // describe
  const rawLines = normalized.split('\n');
  const isBlankLine = (n: number) => (rawLines[n - 1] ?? '').trim() === '';
  const script = detectScript(normalized);
  const articles = split.articles.map((draft, i) => buildRecord(draft, i + 1, { file, facts: page.facts, sidecar, isBlankLine, script, singleArticle }));
  if (articles.length === 0) warnings.push('no article text found (only page furniture?)');
  markJumbled(articles, split.articles, [...columns.report.weakLines, ...columns.report.doubtfulLines]);
  // correct
  if (options.corrections && sidecar.corrections) warnings.push(...applyCorrections(articles, sidecar.corrections, file));
  // Names are looked for in the corrected text, so a corrected misreading of a name counts.
  const entities = articles.map((a) => {
    const found = options.entities?.detect(articleText(a)) ?? { parks: [], companies: [], newParks: [], newCompanies: [] };
    a.data.parks = found.parks;
    a.data.companies = found.companies;
    return found;
  });
  const derived = articles.filter((a) => a.data.titleOrigin === 'derived').length;
  if (derived > 0) warnings.push(`${derived} article(s) had no printed title; a title was derived from the lead (an editor can give one in the sidecar)`);
  for (const a of articles) {
    const check = articleSchema.safeParse(a.data);
    if (!check.success) throw new Error(`internal: generated front matter fails the schema: ${check.error.message}`);
  }
  const suspects = options.suspects ? pageSuspects(file, articles, normalized) : { suspects: [] };
  return { articles, entities, repairs, warnings, columns: columns.report, suspects };
}

/** Where the columns could not be put back in order, the article says so to its readers. */
function markJumbled(articles: ArticleRecord[], drafts: ReadonlyArray<{ lines: Set<number> }>, weakLines: readonly number[]): void {
  const jumbled = new Set(weakLines);
  drafts.forEach((draft, i) => {
    const lines = [...draft.lines].filter((n) => jumbled.has(n)).sort((a, b) => a - b);
    if (lines.length > 0) articles[i]!.data.jumbledLines = lines;
  });
}

export function ingestBytes(bytes: Uint8Array, file: string, sidecar: Sidecar, options: PipelineOptions): PageResult {
  // decode
  const { text, encoding } = decodeRaw(bytes);
  return { encoding, ...ingestText(text, file, sidecar, options) };
}

/** Everything a reader reads in an article, for name detection. */
function articleText(a: ArticleRecord): string {
  const d = a.data;
  const body = a.body.map((n) => (n.type === 'list' ? n.items.join('\n') : n.type === 'table' ? n.rows.map((r) => r.join(' ')).join('\n') : n.text));
  return [d.title, d.kicker, d.subtitle, ...body, ...(d.captions ?? [])].filter(Boolean).join('\n');
}
