// The de-interleaver on synthetic pages (synthetic-columns.ts): how much of the text comes back in
// reading order, measured exactly, against the OCR's order as a baseline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { deinterleave } from '../ingest/columns/deinterleave.ts';
import { toPageLines } from '../ingest/read-page/page-lines.ts';
import { syntheticPages, type SyntheticPage } from './synthetic-columns.ts';

export interface SyntheticQuality {
  pages: number;
  /** Character error rate of the whole set, after the step and in the OCR's order. */
  rate: number;
  rateInOcrOrder: number;
  /** Pages whose text came back exactly in reading order. */
  exact: number;
  /** Joins between printed lines, as a reader should meet them, that the text has. */
  joins: { right: number; total: number };
  /** The same in the OCR's order. */
  ocrJoins: { right: number; total: number };
}

const letters = (text: string) => text.replace(/\s+/gu, '');

export function measureSynthetic(pages: readonly SyntheticPage[]): SyntheticQuality {
  let errors = 0;
  let ocrErrors = 0;
  let length = 0;
  let exact = 0;
  const joins = { right: 0, total: 0 };
  const ocrJoins = { right: 0, total: 0 };
  for (const page of pages) {
    const truth = letters(page.reading.join(''));
    const produced = letters(
      deinterleave(toPageLines(page.raw))
        .lines.map((l) => l.text)
        .join(''),
    );
    const e = distance(produced, truth);
    errors += e;
    ocrErrors += distance(letters(page.raw), truth);
    length += truth.length;
    if (e === 0) exact++;
    countJoins(page.reading, produced, joins);
    countJoins(page.reading, letters(page.raw), ocrJoins);
  }
  return { pages: pages.length, rate: length ? errors / length : 0, rateInOcrOrder: length ? ocrErrors / length : 0, exact, joins, ocrJoins };
}

/** Each join of the reading order counts as right when the text has its two sides together. */
function countJoins(reading: readonly string[], text: string, into: { right: number; total: number }): void {
  for (let i = 1; i < reading.length; i++) {
    const before = Array.from(letters(reading[i - 1]!))
      .slice(-4)
      .join('');
    const after = Array.from(letters(reading[i]!)).slice(0, 4).join('');
    into.total++;
    if (text.includes(before + after)) into.right++;
  }
}

/**
 * Paragraphs of the archive's articles, leaving out those from `heldOut` raw files (the pages
 * measured against hand transcriptions, whose text came through the de-interleaver itself).
 */
export function articleParagraphs(dir: string, heldOut: ReadonlySet<string>): string[][] {
  const articles: string[][] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
    if (!match) continue;
    const file = /^\s+file:\s*(\S+)/mu.exec(match[1]!)?.[1];
    if (file && heldOut.has(file)) continue;
    const paragraphs = match[2]!
      .split(/\n\s*\n/u)
      .map((p) => p.trim())
      .filter((p) => /\p{Script=Han}/u.test(p) && !/^[#>!|*-]/u.test(p) && Array.from(p).length >= 20);
    if (paragraphs.length > 0) articles.push(paragraphs);
  }
  return articles;
}

export function syntheticQuality(dir: string, heldOut: ReadonlySet<string>, count = 60, seed = 1): SyntheticQuality {
  return measureSynthetic(syntheticPages(articleParagraphs(dir, heldOut), count, seed));
}
