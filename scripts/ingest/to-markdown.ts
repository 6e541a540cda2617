// Article record → Markdown, through an mdast tree and remark-stringify, so escaping is right.
import type { Heading, Paragraph, Root, RootContent, Yaml } from 'mdast';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { Document, isScalar } from 'yaml';
import type { ArticleRecord } from './article-record.ts';

const LEAD_MARK = /^(本报讯|本刊讯) /u;

function paragraph(text: string): Paragraph {
  const lead = LEAD_MARK.exec(text);
  if (!lead) return { type: 'paragraph', children: [{ type: 'text', value: text }] };
  return {
    type: 'paragraph',
    children: [
      { type: 'strong', children: [{ type: 'text', value: lead[1]! }] },
      { type: 'text', value: ` ${text.slice(lead[0].length)}` },
    ],
  };
}

export function toMarkdownTree(record: ArticleRecord): Root {
  const doc = new Document(record.data);
  // Dates are quoted so no YAML reader turns them into timestamps.
  const date = doc.get('date', true);
  if (isScalar(date)) date.type = 'QUOTE_DOUBLE';
  const yaml: Yaml = { type: 'yaml', value: doc.toString({ lineWidth: 0 }).trimEnd() };
  const children: RootContent[] = [yaml];
  for (const node of record.body) {
    if (node.type === 'heading') {
      const heading: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: node.text }] };
      children.push(heading);
    } else children.push(paragraph(node.text));
  }
  return { type: 'root', children };
}

const processor = unified().use(remarkFrontmatter, ['yaml']).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*' });

export function toMarkdown(record: ArticleRecord): string {
  return processor.stringify(toMarkdownTree(record));
}
