import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from './article.ts';
import { validateArticleText } from './validate-article.ts';

const example = `---
title: 徐州高新区：激活发展新动能
kicker: 决战三季度　跑出“加速度”
byline: [胡明慧]
date: "2023-08"
source:
  file: 001_d53584a2a769c428.txt
  publication: 中国高新技术产业导报
parks: [徐州高新区]
companies: [中润新能源（徐州）有限公司]
captions: [徐州天成自控汽车系统有限公司生产车间]
---

去年4月开工建设，历时6个多月便建成投产。
`;

const withField = (line: string) => example.replace('parks: [徐州高新区]', `parks: [徐州高新区]\n${line}`);
const replaceField = (from: string, to: string) => example.replace(from, to);

describe('the article schema', () => {
  it('accepts the documented example', () => {
    const result = validateArticleText('content/articles/foo.md', example);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article).toMatchObject({ title: '徐州高新区：激活发展新动能', titleOrigin: 'printed', date: '2023-08', draft: false });
  });

  it('keeps the note that says how a date was worked out', () => {
    const result = validateArticleText('content/articles/foo.md', withField('dateOrigin: sidecar\ndateNote: 正文称“6月12日”'));
    expect(result.ok && result.article.dateNote).toBe('正文称“6月12日”');
  });

  it('fills defaults for lists', () => {
    expect(articleSchema.parse({ title: 't' })).toMatchObject({ parks: [], companies: [], draft: false });
  });

  it.each([
    ['a missing title', replaceField('title: 徐州高新区：激活发展新动能\n', ''), 'content/articles/foo.md: title: expected string, got nothing (the field is missing)'],
    ['an empty title', replaceField('title: 徐州高新区：激活发展新动能', 'title: "  "'), 'content/articles/foo.md: title: expected a non-empty string'],
    ['an impossible unquoted date', replaceField('date: "2023-08"', 'date: 2024-13-45'), 'content/articles/foo.md: date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 2024-13-45'],
    ['February 30th', replaceField('date: "2023-08"', 'date: 2023-02-30'), 'content/articles/foo.md: date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 2023-02-30'],
    ['a date in another form', replaceField('date: "2023-08"', 'date: 2023年8月'), 'content/articles/foo.md: date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 2023年8月'],
    ['byline as a string', replaceField('byline: [胡明慧]', 'byline: 胡明慧'), 'content/articles/foo.md: byline: expected array, got "胡明慧"'],
    ['an empty name in a list', replaceField('parks: [徐州高新区]', 'parks: [""]'), 'content/articles/foo.md: parks.0: expected a non-empty string'],
    ['parks not a list', replaceField('parks: [徐州高新区]', 'parks: 徐州高新区'), 'content/articles/foo.md: parks: expected array, got "徐州高新区"'],
    ['a misspelt field', withField('kikcer: 引题'), 'content/articles/foo.md: front matter: unknown field kikcer (check the spelling against the editors\' guide)'],
    ['an unknown title origin', withField('titleOrigin: guessed'), 'content/articles/foo.md: titleOrigin: '],
    ['a bad source url', replaceField('  publication: 中国高新技术产业导报', '  url: not-a-url'), 'content/articles/foo.md: source.url: '],
    ['draft not a boolean', withField('draft: maybe'), 'content/articles/foo.md: draft: expected boolean, got "maybe"'],
    ['a correction without from', withField('corrections: [{to: 孵化器}]'), 'content/articles/foo.md: corrections.0.from: expected string'],
    ['no front matter', '正文而已。\n', 'content/articles/foo.md: front matter: expected a block between --- lines'],
    ['broken YAML', '---\ntitle: [unclosed\n---\n\n正文。\n', 'content/articles/foo.md: front matter: invalid YAML'],
    ['an empty kicker', replaceField('kicker: 决战三季度　跑出“加速度”', 'kicker: ""'), 'content/articles/foo.md: kicker: expected a non-empty string'],
    ['an empty subtitle', withField('subtitle: " "'), 'content/articles/foo.md: subtitle: expected a non-empty string'],
    ['an empty series', withField('series: ""'), 'content/articles/foo.md: series: expected a non-empty string'],
    ['an empty byline name', replaceField('byline: [胡明慧]', 'byline: [胡明慧, ""]'), 'content/articles/foo.md: byline.1: expected a non-empty string'],
    ['an unknown date origin', withField('dateOrigin: guessed'), 'content/articles/foo.md: dateOrigin: '],
    ['an empty date note', withField('dateNote: ""'), 'content/articles/foo.md: dateNote: expected a non-empty string'],
    ['source not an object', replaceField('source:\n  file: 001_d53584a2a769c428.txt\n  publication: 中国高新技术产业导报', 'source: 中国高新技术产业导报'), 'content/articles/foo.md: source: expected object, got "中国高新技术产业导报"'],
    ['an unknown source field', replaceField('  publication: 中国高新技术产业导报', '  publisher: 中国高新技术产业导报'), 'content/articles/foo.md: source: unknown field publisher'],
    ['an empty source page', replaceField('  publication: 中国高新技术产业导报', '  page: ""'), 'content/articles/foo.md: source.page: expected a non-empty string'],
    ['an empty place', withField('place: ""'), 'content/articles/foo.md: place: expected a non-empty string'],
    ['companies not a list', replaceField('companies: [中润新能源（徐州）有限公司]', 'companies: 中润新能源'), 'content/articles/foo.md: companies: expected array, got "中润新能源"'],
    ['an empty caption', replaceField('captions: [徐州天成自控汽车系统有限公司生产车间]', 'captions: [""]'), 'content/articles/foo.md: captions.0: expected a non-empty string'],
    ['a correction with an unknown field', withField('corrections: [{from: 孵化核, to: 孵化器, why: 误识}]'), 'content/articles/foo.md: corrections.0: unknown field why'],
    ['a position that is not a whole number', withField('position: 1.5'), 'content/articles/foo.md: position: '],
    ['a position of zero', withField('position: 0'), 'content/articles/foo.md: position: '],
    ['jumbled lines that are not line numbers', withField('jumbledLines: [0]'), 'content/articles/foo.md: jumbledLines.0: '],
    ['an empty list of jumbled lines', withField('jumbledLines: []'), 'content/articles/foo.md: jumbledLines: '],
    ['an empty body', example.replace('去年4月开工建设，历时6个多月便建成投产。\n', ''), 'content/articles/foo.md: body: expected the article\'s text'],
  ])('rejects %s, naming the file and the field', (_label, text, message) => {
    const result = validateArticleText('content/articles/foo.md', text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith(message))).toBe(true);
  });
});

it("accepts the complete example in the README's editors' guide", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const result = validateArticleText('README.md', example!);
  expect(result.ok ? [] : result.errors).toEqual([]);
});
