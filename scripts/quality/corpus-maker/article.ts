// An article of a generated page: its clean text and facts (what the gold says), from which the
// page's layout prints the raw text. Paragraph markup used by layouts only, never in the gold:
//   ¦  a soft-hyphen point inside a Latin word (the wrapper may break the word there, printing ⁃)
//   a Deco paragraph is printed with a decoration the gold drops (▲, ●, ■, 01 …)
//   a Table paragraph is a Markdown table in the gold and hand-written OCR lines in the raw text

export class Deco {
  constructor(
    readonly mark: string,
    readonly text: string,
  ) {}
}

export class Table {
  constructor(
    readonly rows: readonly (readonly string[])[],
    readonly rawLines: readonly string[],
  ) {}
}

export type Paragraph = string | Deco | Table;

export interface Article {
  key: string;
  /** The printed headline, exactly as printed; null when the page prints none. */
  title: string | null;
  kicker?: string;
  subtitle?: string;
  series?: string;
  byline: string[];
  /** YYYY-MM-DD, only when the page prints a full date. */
  date?: string;
  captions: string[];
  parks: string[];
  companies: string[];
  paragraphs: Paragraph[];
  /** A note written into the gold as a YAML comment. */
  comment?: string;
}

export const article = (a: Partial<Article> & Pick<Article, 'key' | 'title' | 'paragraphs'>): Article => ({
  byline: [],
  captions: [],
  parks: [],
  companies: [],
  ...a,
});

/** A paragraph as the gold has it. */
export function goldText(p: Paragraph): string {
  if (p instanceof Deco) return p.text.replaceAll('¦', '');
  if (p instanceof Table) {
    const [head, ...rows] = p.rows;
    return [`| ${head!.join(' | ')} |`, `|${' --- |'.repeat(head!.length)}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  }
  return p.replaceAll('¦', '');
}

/** A paragraph as printed (decoration included, soft-hyphen points kept for the wrapper). */
export function printText(p: Paragraph): string {
  if (p instanceof Deco) return p.mark + p.text;
  if (p instanceof Table) return p.rawLines.join('\n');
  return p;
}

export const goldBody = (a: Article): string => a.paragraphs.map(goldText).join('\n');
