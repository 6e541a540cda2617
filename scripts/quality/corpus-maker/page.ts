// One generated page: a layout the shared corpus does not have, its clean text, and what it tests.
import type { Article } from './article.ts';

export interface PageContent {
  /** The raw text as the OCR or the browser gave it. */
  raw: string;
  /** Strings no clean article body may contain: furniture, teasers, credits, fake-bold leftovers. */
  junk: string[];
  articles: Article[];
}

export interface PageMaker {
  num: number;
  /** What the page is and what it tests, for the gold's header and tests/corpus/README.md. */
  summary: string;
  /** Text the gold keeps as printed though it is wrong (OCR misreads), with the right reading. */
  misreads: Array<[wrong: string, right: string]>;
  /** The bytes' encoding on disk (a Taiwanese site saved in Big5). */
  encoding?: 'utf-8' | 'big5';
  make(): PageContent;
}
