// The scorer's inputs and its report, shaped as score.py's JSON so that the two can be compared.

/** One generated article: its front matter (as PyYAML reads it) and its Markdown body. */
export interface OutputArticle {
  /** Where it was read from; the report names its base name. */
  path: string;
  frontMatter: Record<string, unknown>;
  /** Base name of the raw file it came from (source.file). */
  source: string;
  body: string;
}

/** A gold file (`*.gold.yaml`), parsed; each article a mapping with at least `key` and `body`. */
export interface GoldPage {
  path: string;
  source: string;
  junk: unknown[];
  articles: Array<Record<string, unknown> & { body: string }>;
}

export interface ArticleRow {
  key: unknown;
  chars: number;
  cer: number;
  cer_strict: number;
  file: string | null;
  title_ok?: boolean;
  series_ok?: boolean;
  kicker_ok?: boolean;
  subtitle_ok?: boolean;
  date_ok?: boolean;
  extra: string[];
  entities: string;
  missing: string[];
}

export interface SourceReport {
  source: string;
  outputs: number;
  articles: ArticleRow[];
  merged: Record<string, unknown[]>;
  junk_leaks: string[];
}

export interface Totals {
  gold_articles: number;
  output_articles: number;
  one_to_one: number;
  cer: number;
  cer_strict: number;
  title_accuracy: number;
  entity_recall: number;
  entity_precision: number;
  kicker_subtitle_date_accuracy: number;
  caption_recall: number;
  junk_leaks: number;
}

export interface ScoreReport {
  sources: SourceReport[];
  total: Totals;
}
