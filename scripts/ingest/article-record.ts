// An article as the ingest hands it to the writer: front matter fields (the schema's input type)
// and the body as a list of headings and paragraphs.
import type { ArticleInput } from '../../src/schema/article.ts';
import type { BodyNode } from './split/draft.ts';

export interface ArticleRecord {
  data: ArticleInput;
  body: BodyNode[];
}
