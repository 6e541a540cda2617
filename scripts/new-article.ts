// `npm run new -- "标题" [--date 2024-05]`: scaffolds content/articles/<date>-<pinyin-slug>.md, a
// draft with every documented field. The file is named after the article's date (the date it was
// printed, at the precision known), as the ingest names its articles; without --date, after the
// title alone. Where the editor has still to write, the scaffold says PLACEHOLDER, which
// `npm run check` and the build refuse in a published article.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { slugify } from '../src/core/slug.ts';
import { articleHref } from '../src/core/urls.ts';
import { dateProblem } from '../src/schema/partial-date.ts';
import { PLACEHOLDER } from '../src/schema/placeholder.ts';
import { validateArticleText } from '../src/schema/validate-article.ts';

const ARTICLES_DIR = process.env.ARTICLES_DIR ?? 'content/articles';
const USAGE = '用法 usage: npm run new -- "标题" [--date 2024-05-01 | 2024-05 | 2024]';

export function scaffold(title: string, date: string | undefined): string {
  const dateLine = date ? `date: "${date}" # 版面日期：YYYY-MM-DD、YYYY-MM 或 YYYY，只写确知的精度` : '# date: "2024-05-01" # 版面日期：YYYY-MM-DD、YYYY-MM 或 YYYY，只写确知的精度';
  return `---
title: ${JSON.stringify(title)}
# titleOrigin: editor # 原文没有印标题、标题是编辑拟定的，才写这一行
# kicker: "引题（标题上方的一行）"
# subtitle: "副题（标题下方的一行）"
byline: [] # 作者，每人一项：[张三, 李四]
${dateLine}
# source:
#   publication: "报刊或网站名"
#   page: "第3版"
#   url: "https://…"
parks: [] # 园区的规范名称，每项一个：[徐州经济技术开发区]
companies: [] # 企业的规范名称，每项一个
# captions: ["图片说明"]
draft: true # 草稿：网站不显示。写完后改为 false
---

${PLACEHOLDER}正文从这里开始（连同“${PLACEHOLDER}”一起删去这一行）。每段之间空一行。
`;
}

/** The date to name the file after, or a message saying what to give instead. */
function readDate(given: string | undefined): { date?: string; error?: string } {
  if (given === undefined) return {};
  const problem = dateProblem(given.trim());
  if (!problem) return { date: given.trim() };
  if (problem.write) return { date: problem.write };
  return { error: `--date: ${problem.message}` };
}

function freeFile(base: string): string {
  let file = join(ARTICLES_DIR, `${base}.md`);
  for (let n = 2; existsSync(file); n++) file = join(ARTICLES_DIR, `${base}-${n}.md`);
  return file;
}

function nextSteps(file: string, date: string | undefined): string {
  const id = relative(ARTICLES_DIR, file).replace(/\.md$/, '');
  return [
    `created ${relative(process.cwd(), file)} (its address will be ${articleHref(id)})`,
    `  · it is a draft: the site does not show it until you change draft: true to draft: false`,
    `  · write the text in place of the line that starts with ${PLACEHOLDER}: npm run check refuses a published article that still holds ${PLACEHOLDER}`,
    date ? '' : `  · no --date was given, so the file name has none: add date: "…" in the file when you know it (the name stays: it is the address)`,
    `  · then: npm run check, and npm run dev to see it (with draft: false) or npm run build`,
  ]
    .filter(Boolean)
    .join('\n');
}

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' }, help: { type: 'boolean', default: false } } });
  const title = positionals.join(' ').trim();
  if (values.help || !title) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const { date, error } = readDate(values.date);
  if (error) {
    console.error(`${error}\n${USAGE}`);
    return 2;
  }
  mkdirSync(ARTICLES_DIR, { recursive: true });
  const file = freeFile([date, slugify(title)].filter(Boolean).join('-'));
  const text = scaffold(title, date);
  const check = validateArticleText(relative(process.cwd(), file), text);
  if (!check.ok) {
    console.error(`cannot scaffold "${title}":\n${check.errors.join('\n')}`);
    return 1;
  }
  writeFileSync(file, text, { flag: 'wx' });
  console.log(nextSteps(file, date));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
