// `npm run new -- "标题"`: scaffolds content/articles/<date>-<pinyin-slug>.md with every documented field.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slugify } from '../src/core/slug.ts';
import { articleSchema } from '../src/schema/article.ts';

const ARTICLES_DIR = process.env.ARTICLES_DIR ?? 'content/articles';

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function scaffold(title: string, date: string): string {
  return `---
title: ${yamlString(title)}
# kicker: "引题（标题上方的一行）"
# subtitle: "副题（标题下方的一行）"
byline: []
date: "${date}" # YYYY-MM-DD、YYYY-MM 或 YYYY：只写确知的精度
# source:
#   publication: "报刊或网站名"
#   page: "A3"
#   url: "https://…"
parks: []
companies: []
# captions: ["图片说明"]
draft: true # 写完后改为 false 或删去此行
---

正文从这里开始。每段之间空一行。
`;
}

function main(): number {
  const title = process.argv.slice(2).join(' ').trim();
  if (!title) {
    console.error('用法 usage: npm run new -- "标题"');
    return 2;
  }
  const date = today();
  const base = `${date}-${slugify(title)}`;
  mkdirSync(ARTICLES_DIR, { recursive: true });
  let file = join(ARTICLES_DIR, `${base}.md`);
  for (let n = 2; existsSync(file); n++) file = join(ARTICLES_DIR, `${base}-${n}.md`);
  const text = scaffold(title, date);
  const check = articleSchema.safeParse({ title, date, byline: [], parks: [], companies: [], draft: true });
  if (!check.success) {
    console.error(`cannot scaffold "${title}": ${check.error.issues.map((i) => i.message).join('; ')}`);
    return 1;
  }
  writeFileSync(file, text, { flag: 'wx' });
  console.log(`created ${relative(process.cwd(), file)}`);
  return 0;
}

process.exitCode = main();
