// N synthetic articles made from the real ones, with the front matter real clippings carry, so a
// build can be measured as the archive grows: provenance (the real article's raw file and lines,
// so every page shows its OCR lines and cleaning diff), a byline, parks, and companies from a
// pool that grows as real archives' do (some articles name a company no earlier article named).
// Each body is the real article's text with its first company's name replaced by the synthetic
// article's own (at most twice), so the search index meets new names as the archive grows, the
// entity pages find their sentence, and the cleaning diff grows only by what a real article
// naming another company would add.
// Deterministic: the same N and seed give the same files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from 'yaml';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';

/** Share of articles that name a company no earlier article named. */
const NEW_COMPANY_SHARE = 0.4;
const NAME_CHARS = '华鑫润泰恒瑞丰盛达宏远晟昊嘉航锐创新源金银通联智慧星辰海天宇博睿景铭科禾安康协晶磊璟弘毅凯旋';
const SUFFIXES = ['科技有限公司', '新材料有限公司', '智能装备有限公司', '电子股份有限公司', '新能源科技有限公司', '生物医药有限公司'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';

export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Real {
  data: Record<string, unknown>;
  body: string;
}

function readReal(sourceDir: string): Real[] {
  return readdirSync(sourceDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => splitFrontMatter(readFileSync(join(sourceDir, f), 'utf8')))
    .filter((r) => r.data.draft !== true);
}

export class SyntheticArchive {
  private readonly real: Real[];
  private readonly parks: string[];
  private readonly companies: string[];
  private readonly next: () => number;

  constructor(sourceDir: string, seed: number) {
    this.real = readReal(sourceDir);
    this.parks = [...new Set(this.real.flatMap((r) => (r.data.parks as string[] | undefined) ?? []))];
    this.companies = [...new Set(this.real.flatMap((r) => (r.data.companies as string[] | undefined) ?? []))];
    this.next = random(seed);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  private company(): string {
    if (this.next() < NEW_COMPANY_SHARE) {
      const name = `${this.pick([...NAME_CHARS])}${this.pick([...NAME_CHARS])}${this.pick(SUFFIXES)}`;
      this.companies.push(name);
      return name;
    }
    return this.pick(this.companies);
  }

  /** The Markdown of the i-th synthetic article (1-based). */
  article(i: number): string {
    const base = this.real[i % this.real.length]!;
    const year = 2015 + Math.floor(this.next() * 10);
    const date = `${year}-${String(1 + Math.floor(this.next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(this.next() * 28)).padStart(2, '0')}`;
    const parks = [...new Set([this.pick(this.parks), this.pick(this.parks)])];
    const companies = [...new Set([this.company(), this.company()])];
    const reporter = `${this.pick([...SURNAMES])}${this.pick([...NAME_CHARS])}${this.pick([...NAME_CHARS])}`;
    const source = base.data.source as Record<string, unknown> | undefined;
    const data = {
      ...base.data,
      title: `${String(base.data.title)}（合成第${i}篇）`,
      byline: [reporter],
      date,
      dateOrigin: 'editor',
      source: { ...(source?.file ? { file: source.file, lines: source.lines } : {}), publication: `合成日报${(i % 7) + 1}`, page: `第${(i % 8) + 1}版` },
      parks,
      companies,
    };
    delete (data as Record<string, unknown>).corrections;
    delete (data as Record<string, unknown>).dateNote;
    delete (data as Record<string, unknown>).position;
    const named = ((base.data.companies as string[] | undefined) ?? []).find((c) => base.body.includes(c));
    let body = base.body;
    if (named) for (let k = 0; k < 2; k++) body = body.replace(named, companies[0]!);
    const doc = new Document(data);
    return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
  }
}

export function syntheticName(i: number): string {
  return `synthetic-${String(i).padStart(6, '0')}.md`;
}

/** Writes articles 1…count into targetDir. */
export function writeSyntheticArticles(sourceDir: string, targetDir: string, count: number, seed = count): SyntheticArchive {
  mkdirSync(targetDir, { recursive: true });
  const archive = new SyntheticArchive(sourceDir, seed);
  for (let i = 1; i <= count; i++) writeFileSync(join(targetDir, syntheticName(i)), archive.article(i));
  return archive;
}
