// Random and adversarial text: no cleaning step throws, cleaning clean text changes nothing, fake
// bold is undone exactly, and the whole ingest turns any page into valid articles without
// inventing text, in time linear in the page (very long lines included: a step that is quadratic
// in a line's length takes minutes on them and fails by the test's timeout).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeLineEndings } from '../../scripts/ingest/normalize/line-endings.ts';
import { normalizeUnicode } from '../../scripts/ingest/normalize/unicode-form.ts';
import { fullWidthPunctuation } from '../../scripts/ingest/describe/clean-text/punctuation.ts';
import { removeCjkSpaces } from '../../scripts/ingest/describe/clean-text/spaces.ts';
import { cleanBodyText, cleanCaptionText, cleanHeadline } from '../../scripts/ingest/describe/clean-text/index.ts';
import { undoubleFakeBold } from '../../scripts/ingest/read-page/fake-bold.ts';
import { joinWrapped, joinWrappedLines } from '../../scripts/ingest/split/paragraphs.ts';
import { nodeText } from '../../scripts/ingest/split/draft.ts';
import { ingestText } from '../../scripts/ingest/pipeline.ts';
import { toMarkdown } from '../../scripts/ingest/write/to-markdown.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
/** A generous bound for the long pages (they take about 5 s): only a non-linear step comes near it. */
const LONG_PAGES_TIMEOUT_MS = 120_000;

// A small seeded generator, so a failure can be replayed.
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick };
}

const PIECES = [
  '徐州',
  '高新区',
  '，',
  '。',
  ',',
  ':',
  '"',
  '(',
  ')',
  ' ',
  '  ',
  '\n',
  '\n\n\n',
  '\r\n',
  '\r',
  'A',
  'OCTO⁃',
  '1.5',
  '%',
  'é',
  'e\u0301',
  '\u0301',
  '\ud800',
  '\udfff',
  '😀',
  '\u200b',
  '\u0000',
  '\t',
  '★',
  '摄',
  '本报讯 ',
  '▶▶ ',
  '…',
  '...',
  '“',
  '”',
  '——',
  '　',
  'x'.repeat(3000),
];
const HAN = Array.from('徐州高新区经济技术开发园科创产业企业发展新能源半导体材料集团有限公司项目建设投资改革创新服务平台人才政策资金市场研究中心');

const random = generator(20231123);
const samples = Array.from({ length: 300 }, (_, i) => Array.from({ length: 1 + (i % 60) }, () => random.pick(PIECES)).join(''));
const lines = samples.flatMap((s) => normalizeLineEndings(s).split('\n'));

/** How often each Han character occurs. */
function hanCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.match(/\p{Script=Han}/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** The ingest on one page: every article valid and writable, and no Han character it did not read. */
function expectSoundIngest(page: string): void {
  const { articles } = ingestText(page, 'fuzz.txt', {}, { corrections: true });
  const read = hanCounts(page);
  const written = hanCounts(articles.flatMap((a) => a.body.map(nodeText)).join('\n'));
  for (const [ch, n] of written) expect(n, `${ch} written ${n} times`).toBeLessThanOrEqual(read.get(ch) ?? 0);
  for (const a of articles) {
    expect(articleSchema.safeParse(a.data).success, a.data.title).toBe(true);
    expect(toMarkdown(a)).not.toMatch(/[\r\u0000\ufffd]/u);
  }
}

describe('cleaning steps under fuzzing', () => {
  const textSteps = { normalizeUnicode, fullWidthPunctuation, removeCjkSpaces, cleanBodyText, cleanHeadline, cleanCaptionText };
  it.each(Object.entries(textSteps))('%s never throws and is idempotent', (_name, step) => {
    for (const sample of samples) {
      const line = normalizeUnicode(normalizeLineEndings(sample)).replace(/\n/g, ' ');
      const once = step(line);
      expect(step(once)).toBe(once);
    }
  });

  it('line endings become LF only, idempotently', () => {
    for (const sample of samples) {
      const once = normalizeLineEndings(sample);
      expect(once).not.toContain('\r');
      expect(normalizeLineEndings(once)).toBe(once);
      expect(once.split('\n').length).toBe(sample.split(/\r\n|\r|\n/).length);
    }
  });

  it('fake bold leaves random lines alone or shortens them, and undoes any doubled headline exactly', () => {
    for (const line of lines) {
      const out = undoubleFakeBold(line);
      if (out !== line) expect(Array.from(out).length).toBeLessThan(Array.from(line).length);
    }
    for (let i = 0; i < 300; i++) {
      // A headline of distinct characters in runs of 3–8, each run read twice: `徐州高徐州高新区新区`.
      const chars = [...HAN].sort(() => random.next() - 0.5).slice(0, 4 + Math.floor(random.next() * 30));
      const runs: string[] = [];
      for (let at = 0; at < chars.length; ) {
        const len = Math.min(chars.length - at, 3 + Math.floor(random.next() * 6));
        runs.push(chars.slice(at, at + len).join(''));
        at += len;
      }
      if (runs.at(-1)!.length < 3 && runs.length > 1) runs.push(runs.pop()! + runs.pop()!);
      expect(undoubleFakeBold(runs.map((r) => r + r).join(''))).toBe(runs.join(''));
    }
  });

  it('joins the wrapped lines of a paragraph as joining them pairwise does', () => {
    for (const sample of samples) {
      const pieces = normalizeLineEndings(sample)
        .split('\n')
        .map((l) => l.trim());
      expect(joinWrappedLines(pieces)).toBe(pieces.reduce((acc, t) => joinWrapped(acc, t)));
    }
  });
});

describe('the whole ingest under fuzzing', () => {
  it('turns random pages into valid articles and writes no Han character it did not read', () => {
    for (const sample of samples.slice(0, 80)) expectSoundIngest(sample);
  });

  it('reads very long lines and many blank lines in linear time, through the command line', () => {
    const prose = `${HAN.join('')}，`;
    const pages = {
      'blank-then-long.txt': '\n'.repeat(10_000) + '字'.repeat(100_000),
      'one-long-line.txt': prose.repeat(2_000),
      // Long lines full of gaps (the side-by-side column step measures every gap).
      'gaps.txt': '徐州 高新区 '.repeat(15_000),
      // One paragraph of many wrapped lines (joining them once read the whole paragraph per line).
      'wrapped.txt': `${prose.slice(0, 30)}\n`.repeat(5_000),
      // Rows with a gutter in the middle, as two columns read together look.
      'rows.txt': Array.from({ length: 3_000 }, (_, i) => `${prose.slice(i % 20, (i % 20) + 15)}    ${prose.slice(20 - (i % 20), 35 - (i % 20))}`).join('\n'),
    };
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-long-'));
    const out = join(dir, 'out');
    for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), text);
    // Linear, the five pages take seconds; a step quadratic in a line's length takes many minutes.
    // Synchronous code cannot be stopped by the test's own timeout, so the ingest runs in a child.
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/ingest/cli.ts'), '--out', out, ...Object.keys(pages).map((n) => join(dir, n))], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: LONG_PAGES_TIMEOUT_MS,
    });
    expect(run.signal, `the ingest did not finish in ${LONG_PAGES_TIMEOUT_MS / 1000} s: something is not linear in the length of a line`).toBeNull();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const bodies = readdirSync(out)
      .filter((f) => f.endsWith('.md'))
      .map((f) => splitFrontMatter(readFileSync(join(out, f), 'utf8')).body)
      .join('\n');
    expect(bodies.length).toBeGreaterThan(100_000);
    const read = hanCounts(Object.values(pages).join('\n'));
    for (const [ch, n] of hanCounts(bodies)) expect(n, `${ch} written ${n} times`).toBeLessThanOrEqual(read.get(ch) ?? 0);
  });
});
