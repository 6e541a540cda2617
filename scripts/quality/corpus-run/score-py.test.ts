// The TypeScript scorer against the reference score.py on a small fixture made here (invented
// text, written to a temporary directory), chosen for the places where Python and JavaScript
// differ: code points beyond the BMP, CRLF, a BOM, YAML 1.1 scalars, ties between equally good
// matches, rounding ties, a string where a list is expected. Skipped without python3 (with numpy
// and PyYAML) or without the shared corpus's score.py.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, scoreDirectory } from '../gold-score/index.ts';
import { differences, pythonAvailable, runScorePy } from './score-py.ts';
import { pyJsonReplacer } from '../gold-score/python-values.ts';
import { sharedCorpusDir } from './shared-corpus.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCORE_PY = join(sharedCorpusDir(ROOT).dir, 'score.py');
const ready = existsSync(SCORE_PY) && pythonAvailable();

const A = '甲城高新区今年新建厂房十二万平方米，引进项目三十个，带动就业两千人。';
const B = '乙镇产业园首批企业投产，年产值预计突破五亿元，园区配套同步完善。';
const C = '丙区𠀀科技园发布“十条”新政，对新落户的研发机构给予最高五百万元支持。';

function writeFixture(dir: string): { articles: string; golds: string[]; authority: string } {
  const articles = join(dir, 'out');
  const authority = join(dir, 'entities');
  mkdirSync(join(articles, 'sub'), { recursive: true });
  mkdirSync(authority);
  const md = (name: string, front: string, body: string) => writeFileSync(join(articles, name), `---\n${front}\n---\n\n${body}\n`);
  md('a.md', 'title: 甲城高新区新建厂房\nkicker: 园区观察\ndate: 2023-06-15\nsource:\n  file: p.txt\nparks: [甲城高新技术产业开发区]\ncaptions: 单张图片说明', `## 小标题\n\n${A}责任编辑 某某`);
  md('sub/b.mdx', `title: yes\nsource:\n  raw: dir/p.txt\ncompanies:\n  - name: 丁有限公司\n    aliases: [丁公司]`, `${B.replace('五亿', '五忆')}〔下缺〕`);
  md('c1.md', 'title: 丙区新政\nsource: {file: p.txt}\nseries: 1.0', `${C}\n\n${A}责任编辑某某`);
  md('c2.md', 'title: 丙区新政\nsource: {file: p.txt}', C);
  writeFileSync(join(articles, 'crlf.md'), `---\r\ntitle: 戊\r\nsource: {file: q.txt}\r\n---\r\n${B}\r\n`);
  writeFileSync(join(articles, 'bom.md'), `\ufeff---\ntitle: 己\nsource: {file: q.txt}\n---\n${A}\n`);
  const gold = (name: string, text: string) => writeFileSync(join(dir, name), text);
  gold(
    'p.gold.yaml',
    [
      'source: p.txt',
      'junk:',
      '  - "责任编辑 某某"',
      '  - "不出现"',
      'articles:',
      `  - key: a\n    title: "甲城高新区新建厂房"\n    kicker: "园区观察"\n    date: "2023-06-15"\n    captions: ["单张图片说明"]\n    parks: ["甲城高新区"]\n    companies: []\n    body: |\n      小标题\n      ${A}`,
      `  - key: b\n    title: "乙镇产业园首批企业投产"\n    subtitle: "副题"\n    companies: ["丁公司"]\n    body: |\n      ${B}`,
      `  - key: c\n    title: "丙区新政"\n    series: "1.0"\n    optional_merge: true\n    body: |\n      ${C}`,
      `  - key: 404\n    title: "没有的文章"\n    body: |\n      庚辛壬癸子丑寅卯辰巳午未`,
    ].join('\n'),
  );
  gold('q.gold.yaml', `source: q.txt\njunk: 乙镇\narticles:\n  - key: q\n    title: 戊\n    body: "${B}"\n`);
  writeFileSync(join(authority, 'parks.yaml'), '- name: 甲城高新技术产业开发区\n  aliases: [甲城高新区]\n  shortForms: 高新区\n');
  writeFileSync(join(authority, 'more.yml'), 'parks: []\n');
  return { articles, golds: [join(dir, 'p.gold.yaml'), join(dir, 'q.gold.yaml')], authority };
}

describe.skipIf(!ready)('the TypeScript scorer and score.py', () => {
  const dir = mkdtempSync(join(tmpdir(), 'score-py-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { articles, golds, authority } = writeFixture(dir);
  const ours = scoreDirectory(articles, golds, authority);

  it('give the same JSON report, row by row', () => {
    const theirs = runScorePy(SCORE_PY, articles, golds, ROOT, authority);
    expect(theirs.error).toBeUndefined();
    expect(differences(JSON.parse(JSON.stringify(ours.report, pyJsonReplacer)), theirs.report)).toEqual([]);
    // The fixture exercises what it is meant to: junk found in two articles and junk given as one
    // string (Python iterates its characters), a miss.
    expect(ours.report.total).toMatchObject({ gold_articles: 5, junk_leaks: 4 });
    expect(ours.report.sources[0]!.articles.at(-1)!.file).toBeNull();
  });

  it('print the same text report', () => {
    const env = { ...process.env, GOLDEVAL_AUTHORITY: authority };
    const run = spawnSync('python3', [SCORE_PY, articles, ...golds], { cwd: ROOT, env, encoding: 'utf8' });
    expect(formatReport(ours.report).join('\n')).toBe(run.stdout.trimEnd());
  });
});

describe('differences', () => {
  it('compares numbers by value and names what differs', () => {
    expect(differences({ a: 1, b: [0.5, 'x'] }, { a: 1.0, b: [0.5, 'x'] })).toEqual([]);
    expect(differences({ a: 1, b: [0.5] }, { a: 2, c: true })).toEqual(['report.a: 1 ≠ 2', 'report.b: [0.5] ≠ undefined', 'report.c: undefined ≠ true']);
  });
});
