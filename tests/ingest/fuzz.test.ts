// Random and adversarial text never crashes a cleaning step, and cleaning clean text changes nothing.
import { describe, expect, it } from 'vitest';
import { normalizeLineEndings } from '../../scripts/ingest/normalize/line-endings.ts';
import { normalizeUnicode } from '../../scripts/ingest/normalize/unicode-form.ts';
import { fullWidthPunctuation } from '../../scripts/ingest/describe/clean-text/punctuation.ts';
import { removeCjkSpaces } from '../../scripts/ingest/describe/clean-text/spaces.ts';
import { undoubleFakeBold } from '../../scripts/ingest/read-page/fake-bold.ts';
import { cleanBodyText, cleanCaptionText, cleanHeadline } from '../../scripts/ingest/describe/clean-text/index.ts';
import { ingestText } from '../../scripts/ingest/pipeline.ts';

// A small seeded generator, so a failure can be replayed.
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const pieces = ['徐州', '高新区', '，', '。', ',', ':', '"', '(', ')', ' ', '  ', '\n', '\n\n\n', '\r\n', '\r', 'A', 'OCTO⁃', '1.5', '%', 'é', 'e\u0301', '\u0301', '\ud800', '\udfff', '😀', '\u200b', '\u0000', '\t', '★', '摄', '本报讯 ', '▶▶ ', '…', '...', '“', '”', '——', 'x'.repeat(3000)];
  return (length: number) => Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

const textSteps = { normalizeUnicode, fullWidthPunctuation, removeCjkSpaces, cleanBodyText, cleanHeadline, cleanCaptionText };

describe('cleaning steps under fuzzing', () => {
  const random = generator(20231123);
  const samples = Array.from({ length: 300 }, (_, i) => random(1 + (i % 60)));

  it.each(Object.entries(textSteps))('%s never throws and is idempotent', (_name, step) => {
    for (const sample of samples) {
      const line = normalizeUnicode(normalizeLineEndings(sample)).replace(/\n/g, ' ');
      const once = step(line);
      expect(step(once)).toBe(once);
    }
  });

  it('line endings and fake bold never throw', () => {
    for (const sample of samples) {
      expect(normalizeLineEndings(normalizeLineEndings(sample))).toBe(normalizeLineEndings(sample));
      for (const line of sample.split('\n')) expect(typeof undoubleFakeBold(line)).toBe('string');
    }
  });

  it('the whole page reader never throws, even on very long lines and many blank lines', () => {
    for (const sample of samples.slice(0, 60)) expect(() => ingestText(sample, 'fuzz.txt', {}, { corrections: true })).not.toThrow();
    expect(() => ingestText('\n'.repeat(10_000) + '字'.repeat(100_000), 'long.txt', {}, { corrections: true })).not.toThrow();
  });
});
