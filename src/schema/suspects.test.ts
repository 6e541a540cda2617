import { expect, it } from 'vitest';
import { suspectsSchema } from './suspects.ts';

const entry = { file: 'a.txt', line: 3, found: '兔费', proposal: '免费', context: '开展兔费诊断', reason: '兔费不成词' };

it('takes a list of suspects with every field', () => {
  expect(suspectsSchema.safeParse([entry]).success).toBe(true);
  expect(suspectsSchema.safeParse([]).success).toBe(true);
});

it('refuses a missing or empty field, a line that is no line number, and a field it does not know', () => {
  expect(suspectsSchema.safeParse([{ ...entry, proposal: ' ' }]).success).toBe(false);
  expect(suspectsSchema.safeParse([{ ...entry, line: 0 }]).success).toBe(false);
  expect(suspectsSchema.safeParse([{ ...entry, line: 2.5 }]).success).toBe(false);
  const { reason: _reason, ...withoutReason } = entry;
  expect(suspectsSchema.safeParse([withoutReason]).success).toBe(false);
  expect(suspectsSchema.safeParse([{ ...entry, score: 3 }]).success).toBe(false);
});
