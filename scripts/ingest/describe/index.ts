// Stage 6, describe: the page's drafts become article records. Text is cleaned (clean-text/),
// each article gets its title (printed, the editor's, or derived from its lead), date with its
// origin, byline, captions, source and script; articles whose columns could not be put back in
// order say which lines; and the parks and companies each names are found (names/).
import type { Script } from '../../../src/core/script.ts';
import type { ArticleRecord } from '../article-record.ts';
import type { PageFacts } from '../read-page/index.ts';
import type { Sidecar } from '../sidecar.ts';
import type { Draft } from '../split/index.ts';
import { buildRecord } from './build-record.ts';
import type { DetectedEntities, EntityDetector } from './detect-entities.ts';

export interface DescribeInput {
  file: string;
  facts: PageFacts;
  sidecar: Sidecar;
  script: Script;
  singleArticle: boolean;
  /** Is raw line n (1-based) blank? Lets the recorded line ranges run over blank lines. */
  isBlankLine: (line: number) => boolean;
  /** Raw lines whose columns could not be put back in order. */
  jumbledLines: readonly number[];
}

export function describePage(drafts: readonly Draft[], input: DescribeInput): ArticleRecord[] {
  const records = drafts.map((draft, i) => buildRecord(draft, i + 1, input));
  const jumbled = new Set(input.jumbledLines);
  drafts.forEach((draft, i) => {
    // Where the columns could not be put back in order, the article says so to its readers.
    const lines = [...draft.lines].filter((n) => jumbled.has(n)).sort((a, b) => a - b);
    if (lines.length > 0) records[i]!.data.jumbledLines = lines;
  });
  return records;
}

/** Everything a reader reads in an article, for name detection. */
function articleText(a: ArticleRecord): string {
  const d = a.data;
  const body = a.body.map((n) => (n.type === 'list' ? n.items.join('\n') : n.type === 'table' ? n.rows.map((r) => r.join(' ')).join('\n') : n.text));
  return [d.title, d.kicker, d.subtitle, ...body, ...(d.captions ?? [])].filter(Boolean).join('\n');
}

/** Parks and companies each article names; found in the corrected text, so a fixed misread counts. */
export function describeNames(records: readonly ArticleRecord[], detector: EntityDetector | undefined): DetectedEntities[] {
  return records.map((a) => {
    const found = detector?.detect(articleText(a)) ?? { parks: [], companies: [], newParks: [], newCompanies: [] };
    a.data.parks = found.parks;
    a.data.companies = found.companies;
    return found;
  });
}
