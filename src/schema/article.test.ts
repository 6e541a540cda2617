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

  // Every rule's message: the file, the field, what was found, and the fix where one is clear.
  const F = 'content/articles/foo.md';
  it.each([
    ['a missing title', replaceField('title: 徐州高新区：激活发展新动能\n', ''), `${F}: title: missing — add a line title: …`],
    ['an empty title', replaceField('title: 徐州高新区：激活发展新动能', 'title: "  "'), `${F}: title: is empty — write a value after "title:", or delete the line`],
    ['a title with nothing after it', replaceField('title: 徐州高新区：激活发展新动能', 'title:'), `${F}: title: is empty — write a value after "title:"`],
    ['a title YAML reads as a number', replaceField('title: 徐州高新区：激活发展新动能', 'title: 1247'), `${F}: title: expected text, got 1247 — quote it: title: "1247"`],
    ['an unquoted year', replaceField('date: "2023-08"', 'date: 2024'), `${F}: date: expected text, got 2024 — quote the date: date: "2024"`],
    ['an impossible unquoted date', replaceField('date: "2023-08"', 'date: 2024-13-45'), `${F}: date: 2024-13-45 is not a day in the calendar: months run from 01 to 12`],
    ['February 30th', replaceField('date: "2023-08"', 'date: "2024-02-30"'), `${F}: date: 2024-02-30 is not a day in the calendar: February 2024 has 29 days`],
    ['a thirteenth month', replaceField('date: "2023-08"', 'date: "2023-13"'), `${F}: date: 2023-13 is not a month in the calendar: months run from 01 to 12`],
    ['a date in Chinese', replaceField('date: "2023-08"', 'date: 2023年8月'), `${F}: date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 2023年8月 — write date: "2023-08"`],
    ['a date with slashes', replaceField('date: "2023-08"', 'date: 2023/8/5'), `${F}: date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 2023/8/5 — write date: "2023-08-05"`],
    ['a loose date that is no day', replaceField('date: "2023-08"', 'date: 2023/2/29'), `${F}: date: 2023-02-29 is not a day in the calendar: February 2023 has 28 days (read from 2023/2/29)`],
    [
      'a date in no known form',
      replaceField('date: "2023-08"', 'date: 去年秋天'),
      `${F}: date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 去年秋天 — write only what is known: "2024-05-01", "2024-05" or "2024"`,
    ],
    ['byline as a string', replaceField('byline: [胡明慧]', 'byline: 胡明慧'), `${F}: byline: expected a list, got "胡明慧" — write a list: byline: [胡明慧]`],
    ['two bylines in one string', replaceField('byline: [胡明慧]', 'byline: 胡明慧、李秋'), `${F}: byline: expected a list, got "胡明慧、李秋" — write a list, one per item: byline: [胡明慧, 李秋]`],
    ['an empty name in a list', replaceField('parks: [徐州高新区]', 'parks: [""]'), `${F}: parks, item 1: is empty — remove the item`],
    ['parks not a list', replaceField('parks: [徐州高新区]', 'parks: 徐州软件园'), `${F}: parks: expected a list, got "徐州软件园" — write a list: parks: [徐州软件园]`],
    [
      'two parks in one item',
      replaceField('parks: [徐州高新区]', 'parks: [徐州高新区、徐州经开区]'),
      `${F}: parks, item 1: "徐州高新区、徐州经开区" holds more than one name; the list takes one per item — write parks: [徐州高新区, 徐州经开区]`,
    ],
    [
      'two companies in one item',
      replaceField('companies: [中润新能源（徐州）有限公司]', 'companies: [甲公司，乙公司]'),
      `${F}: companies, item 1: "甲公司，乙公司" holds more than one name; the list takes one per item — write companies: [甲公司, 乙公司]`,
    ],
    ['a misspelt field', withField('titel: 别的标题'), `${F}: front matter: unknown field titel — did you mean title? write title: 别的标题`],
    [
      'a misspelt field with the one it stands for missing',
      replaceField('title: 徐州高新区', 'titel: 徐州高新区'),
      `${F}: front matter: unknown field titel — did you mean title? write title: 徐州高新区：激活发展新动能`,
    ],
    ['a field in Chinese', withField('作者: [胡明慧]'), `${F}: front matter: unknown field 作者 — did you mean byline? write byline: [胡明慧]`],
    [
      'a source field at the top',
      withField('publication: 新华日报'),
      `${F}: front matter: unknown field publication here — publication belongs under source: write it indented below a line source:, as in source: {publication: 新华日报}`,
    ],
    [
      'a field no one could mean',
      withField('mood: 好'),
      `${F}: front matter: unknown field mood — the fields here are title, titleOrigin, kicker, subtitle, series, byline, date, dateOrigin, dateNote, source, script, place, parks, companies, captions, corrections, jumbledLines, position, draft, formerSlugs (see the editors' guide)`,
    ],
    ['an unknown title origin', withField('titleOrigin: edited'), `${F}: titleOrigin: expected one of printed, derived, editor, got "edited" — did you mean editor? write titleOrigin: editor`],
    ['a title origin far from any', withField('titleOrigin: guessed'), `${F}: titleOrigin: expected one of printed, derived, editor, got "guessed"`],
    [
      'a source url without https://',
      replaceField('  publication: 中国高新技术产业导报', '  url: example.org/news/1'),
      `${F}: source.url: "example.org/news/1" is not a full web address — write url: https://example.org/news/1`,
    ],
    [
      'a source url that is no address',
      replaceField('  publication: 中国高新技术产业导报', '  url: 见报纸'),
      `${F}: source.url: "见报纸" is not a web address — write the page's full address: url: https://…`,
    ],
    [
      'raw lines with a tilde and a Chinese comma',
      replaceField('  publication: 中国高新技术产业导报', '  lines: 5~11，13'),
      `${F}: source.lines: expected line numbers and ranges like "5-11, 13", got "5~11，13" — write lines: "5-11, 13"`,
    ],
    ['raw lines in no form', replaceField('  publication: 中国高新技术产业导报', '  lines: 开头'), `${F}: source.lines: expected line numbers and ranges like "5-11, 13", got "开头"`],
    ['draft not a boolean', withField('draft: no'), `${F}: draft: expected true or false, got "no" — write draft: false`],
    ['draft as a word of neither', withField('draft: maybe'), `${F}: draft: expected true or false, got "maybe" — write draft: true or draft: false`],
    ['a correction without from', withField('corrections: [{to: 孵化器}]'), `${F}: corrections, item 1, from: missing — add a line from: …`],
    [
      'no front matter',
      '正文而已。\n',
      `${F}: front matter: expected a block between --- lines at the top of the file — start the file with a line ---, then the fields (title: …), then another line ---`,
    ],
    [
      'a front matter never closed',
      '---\ntitle: 标题\n\n正文而已。\n',
      `${F}: front matter: expected a block between --- lines at the top of the file — the block is opened with --- but never closed: add a line --- after the last field`,
    ],
    [
      'a fence of full-width dashes',
      '——\ntitle: 标题\n——\n\n正文。\n',
      `${F}: front matter: expected a block between --- lines at the top of the file — the first line is "——": write three half-width hyphens, ---`,
    ],
    [
      'a list never closed',
      '---\ntitle: 标题\nparks: [徐州高新区, \ndraft: false\n---\n\n正文。\n',
      `${F}: front matter: invalid YAML on line 3: a list opened with [ (or a group with {) is never closed — close it on the same line: parks: [徐州高新区]`,
    ],
    [
      'a colon inside a value',
      '---\ntitle: 徐州: 新标题\n---\n\n正文。\n',
      `${F}: front matter: invalid YAML on line 2: Nested mappings are not allowed in compact mappings — quote the value, which holds a colon: title: "徐州: 新标题"`,
    ],
    [
      'a full-width colon',
      '---\ntitle: 标题\ndate：2024\n---\n\n正文。\n',
      `${F}: front matter: invalid YAML on line 3: Implicit map keys need to be followed by map values — write a half-width colon and a space: date: 2024`,
    ],
    ['only a full-width colon', '---\ntitle：标题\n---\n\n正文。\n', `${F}: front matter: expected key: value pairs — write a half-width colon and a space: title: 标题`],
    ['a tab', '---\ntitle: 标题\nsource:\n\tpage: A3\n---\n\n正文。\n', `${F}: front matter: invalid YAML on line 4: Tabs are not allowed as indentation — indent with spaces, not tabs`],
    ['a field written twice', '---\ntitle: 标题\ntitle: 又一个\n---\n\n正文。\n', `${F}: front matter: invalid YAML on line 3: Map keys must be unique — title is written twice: keep one`],
    ['an empty kicker', replaceField('kicker: 决战三季度　跑出“加速度”', 'kicker: ""'), `${F}: kicker: is empty — write a value after "kicker:", or delete the line`],
    ['an empty byline name', replaceField('byline: [胡明慧]', 'byline: [胡明慧, ""]'), `${F}: byline, item 2: is empty — remove the item`],
    ['an unknown date origin', withField('dateOrigin: printd'), `${F}: dateOrigin: expected one of printed, sidecar, editor, got "printd" — did you mean printed? write dateOrigin: printed`],
    [
      'source not a group',
      replaceField('source:\n  file: 001_d53584a2a769c428.txt\n  publication: 中国高新技术产业导报', 'source: 中国高新技术产业导报'),
      `${F}: source: expected a group of fields, got "中国高新技术产业导报" — it is a group of fields, each on its own line indented under source: (its fields: file, publication, page, url, lines)`,
    ],
    [
      'an unknown source field',
      replaceField('  publication: 中国高新技术产业导报', '  publisher: 中国高新技术产业导报'),
      `${F}: source: unknown field publisher — did you mean publication? write publication: 中国高新技术产业导报`,
    ],
    [
      'captions as one string',
      replaceField('captions: [徐州天成自控汽车系统有限公司生产车间]', 'captions: 车间一角'),
      `${F}: captions: expected a list, got "车间一角" — write a list: captions: [车间一角]`,
    ],
    [
      'a correction with an unknown field',
      withField('corrections: [{from: 孵化核, to: 孵化器, why: 误识}]'),
      `${F}: corrections, item 1: unknown field why — the fields here are from, to, note (see the editors' guide)`,
    ],
    ['a position that is not a whole number', withField('position: 1.5'), `${F}: position: expected a whole number, got 1.5 — write a whole number from 1 up`],
    ['a position in quotes', withField('position: "2"'), `${F}: position: expected a number, got "2" — write the number without quotes: position: 2`],
    ['a position of zero', withField('position: 0'), `${F}: position: expected a whole number from 1 up, got 0`],
    ['jumbled lines that are not line numbers', withField('jumbledLines: [0]'), `${F}: jumbledLines, item 1: expected a whole number from 1 up, got 0`],
    ['an empty list of jumbled lines', withField('jumbledLines: []'), `${F}: jumbledLines: is an empty list — delete the line jumbledLines: []`],
    [
      'a former address with .md',
      withField('formerSlugs: [2023-old-name.md]'),
      `${F}: formerSlugs, item 1: expected the old file name without .md (the address's last part), got "2023-old-name.md" — write formerSlugs: 2023-old-name`,
    ],
    [
      'an empty body',
      example.replace('去年4月开工建设，历时6个多月便建成投产。\n', ''),
      `${F}: body: expected the article's text below the front matter, got nothing — write it after the closing --- line`,
    ],
    [
      'the placeholder of a new article, published',
      example.replace('去年4月开工建设', '【待填写】去年4月开工建设'),
      `${F}: body: still holds the new-article placeholder 【待填写】 — write what belongs there, or keep draft: true until the article is done`,
    ],
  ])('rejects %s, naming the file and the field and saying how to fix it', (_label, text, message) => {
    const result = validateArticleText(F, text);
    expect(result.ok ? [] : result.errors).toContain(message);
  });

  it('lets a draft keep the new-article placeholder', () => {
    expect(validateArticleText(F, withField('draft: true').replace('去年4月', '【待填写】')).ok).toBe(true);
  });
});

it("accepts the complete example in the README's editors' guide", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const result = validateArticleText('README.md', example!);
  expect(result.ok ? [] : result.errors).toEqual([]);
});
