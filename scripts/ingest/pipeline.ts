// One raw page, start to finish, as pure steps: decode → normalize → read the page → split into
// articles → describe → correct. Writing is the caller's (see write.ts).
import { decodeRaw, type Encoding } from './decode.ts';
import { normalizeLineEndings } from './normalize/line-endings.ts';
import { normalizeUnicode } from './normalize/unicode-form.ts';
import { readPage } from './layout/read-page.ts';
import type { DeinterleaveReport } from './columns/deinterleave.ts';
import { splitArticles } from './split/split-articles.ts';
import { buildRecord } from './describe/build-record.ts';
import type { DetectedEntities, EntityDetector } from './describe/detect-entities.ts';
import { applyCorrections } from './correct.ts';
import type { Sidecar } from './sidecar.ts';
import type { ArticleRecord } from './article-record.ts';
import { articleSchema } from '../../src/schema/article.ts';

export interface PageResult {
  encoding: Encoding;
  articles: ArticleRecord[];
  /** Per article (same order): what entity detection found, new names included. */
  entities: DetectedEntities[];
  repairs: Record<string, number>;
  warnings: string[];
  /** What the de-interleaver did on this page. */
  columns: DeinterleaveReport;
}

export interface PipelineOptions {
  corrections: boolean;
  entities?: EntityDetector | undefined;
  /** Off only to measure what the de-interleaving step does (see scripts/quality). */
  deinterleave?: boolean;
}

export function ingestText(text: string, file: string, sidecar: Sidecar, options: PipelineOptions): Omit<PageResult, 'encoding'> {
  const normalized = normalizeUnicode(normalizeLineEndings(text));
  const { blocks, repairs, warnings: readingWarnings, columns } = readPage(normalized, { sidebars: sidecar.sidebars ?? [], deinterleave: options.deinterleave !== false });
  const split = splitArticles(blocks);
  const warnings = [...readingWarnings, ...split.warnings];
  const rawLines = normalized.split('\n');
  const isBlankLine = (n: number) => (rawLines[n - 1] ?? '').trim() === '';
  const articles = split.articles.map((draft, i) => buildRecord(draft, i + 1, { file, pageDate: split.pageDate, sidecar, isBlankLine }));
  if (articles.length === 0) warnings.push('no article text found (only page furniture?)');
  // Where the columns could not be put back in order, the article says so to its readers.
  const jumbled = new Set(columns.weakLines);
  split.articles.forEach((draft, i) => {
    const lines = [...draft.lines].filter((n) => jumbled.has(n)).sort((a, b) => a - b);
    if (lines.length > 0) articles[i]!.data.jumbledLines = lines;
  });
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
  return { articles, entities, repairs, warnings, columns };
}

export function ingestBytes(bytes: Uint8Array, file: string, sidecar: Sidecar, options: PipelineOptions): PageResult {
  const { text, encoding } = decodeRaw(bytes);
  return { encoding, ...ingestText(text, file, sidecar, options) };
}

/** Everything a reader reads in an article, for name detection. */
function articleText(a: ArticleRecord): string {
  const d = a.data;
  return [d.title, d.kicker, d.subtitle, ...a.body.map((n) => n.text), ...(d.captions ?? [])].filter(Boolean).join('\n');
}
