import { expect, it } from 'vitest';
import { normalizeLineEndings } from './line-endings.ts';

it('turns CRLF and lone CR into LF and is idempotent', () => {
  expect(normalizeLineEndings('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  expect(normalizeLineEndings('a\nb')).toBe('a\nb');
});
