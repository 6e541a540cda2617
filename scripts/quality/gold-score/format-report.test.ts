import { describe, expect, it } from 'vitest';
import { formatReport, totalsLine } from './format-report.ts';
import type { ScoreReport } from './types.ts';

const total = {
  gold_articles: 1,
  output_articles: 1,
  one_to_one: 1,
  cer: 0.0625,
  cer_strict: 0,
  title_accuracy: 1,
  entity_recall: 1,
  entity_precision: 1,
  kicker_subtitle_date_accuracy: 0,
  caption_recall: 0,
  junk_leaks: 0,
};

describe('formatReport', () => {
  it("prints score.py's lines: floats to three places rounded half to even, Python's reprs", () => {
    const report: ScoreReport = {
      sources: [
        {
          source: 'p.txt',
          outputs: 1,
          merged: {},
          junk_leaks: ['责任编辑'],
          articles: [{ key: 'a', chars: 16, cer: 0.0625, cer_strict: 0.0625, file: 'a.md', title_ok: false, extra: [], entities: '0/1', missing: ['甲公司'] }],
        },
      ],
      total,
    };
    expect(formatReport(report)).toEqual([
      "p.txt: 1 output articles, merged=- junk=['责任编辑']",
      "  a                  cer=0.062 strict=0.062 title=False ents=0/1 -> a.md missing=['甲公司']",
      totalsLine(total),
    ]);
  });
  it('writes the totals as json.dumps does, with Python floats', () => {
    expect(totalsLine(total)).toBe(
      '{"gold_articles": 1, "output_articles": 1, "one_to_one": 1, "cer": 0.0625, "cer_strict": 0.0, "title_accuracy": 1.0, "entity_recall": 1.0, "entity_precision": 1.0, "kicker_subtitle_date_accuracy": 0.0, "caption_recall": 0.0, "junk_leaks": 0}',
    );
  });
});
