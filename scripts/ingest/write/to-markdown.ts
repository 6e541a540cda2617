// Article record → Markdown, through an mdast tree and remark-stringify, so escaping is right.
import type { Heading, List, Paragraph, Root, RootContent, Table, Yaml } from 'mdast';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { Document, isScalar } from 'yaml';
import type { ArticleRecord } from '../article-record.ts';

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

function bodyNode(node: ArticleRecord['body'][number]): RootContent {
  switch (node.type) {
    case 'heading':
      return { type: 'heading', depth: 2, children: [{ type: 'text', value: node.text }] } satisfies Heading;
    case 'list':
      return {
        type: 'list',
        ordered: false,
        spread: false,
        children: node.items.map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
      } satisfies List;
    case 'table':
      return {
        type: 'table',
        children: node.rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell }] })) })),
      } satisfies Table;
    default:
      return paragraph(node.text);
  }
}

export function toMarkdownTree(record: ArticleRecord): Root {
  const doc = new Document(record.data);
  // Dates are quoted so no YAML reader turns them into timestamps.
  const date = doc.get('date', true);
  if (isScalar(date)) date.type = 'QUOTE_DOUBLE';
  const yaml: Yaml = { type: 'yaml', value: doc.toString({ lineWidth: 0 }).trimEnd() };
  const children: RootContent[] = [yaml];
  for (const node of record.body) children.push(bodyNode(node));
  return { type: 'root', children };
}

const processor = unified().use(remarkFrontmatter, ['yaml']).use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*' });

export function toMarkdown(record: ArticleRecord): string {
  return processor.stringify(toMarkdownTree(record));
}
