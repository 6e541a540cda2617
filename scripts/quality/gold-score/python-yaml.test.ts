import { describe, expect, it } from 'vitest';
import { parsePythonYaml, YamlError } from './python-yaml.ts';
import { PyFloat, PyTimestamp, pyStr } from './python-values.ts';

const one = (scalar: string) => (parsePythonYaml(`v: ${scalar}`) as { v: unknown }).v;

describe('parsePythonYaml', () => {
  it('reads YAML 1.1 booleans as PyYAML does (yes/on, but not y)', () => {
    expect(one('yes')).toBe(true);
    expect(one('Off')).toBe(false);
    expect(one('y')).toBe('y');
  });
  it('reads octal, sexagesimal and underscored integers', () => {
    expect(one('010')).toBe(8n);
    expect(one('1:30')).toBe(90n);
    expect(one('1_000')).toBe(1000n);
  });
  it('reads floats only with a dot, keeping their type', () => {
    expect(one('1.0')).toEqual(new PyFloat(1));
    expect(pyStr(one('1.0'))).toBe('1.0');
    expect(one('1e5')).toBe('1e5');
  });
  it('reads an unquoted date as a date, a quoted one as text', () => {
    expect(one('2023-06-15')).toEqual(new PyTimestamp('2023-06-15'));
    expect(one('"2023-06-15"')).toBe('2023-06-15');
    expect(one('2023-06')).toBe('2023-06');
    expect(pyStr(one('2023-6-5 9:05:00'))).toBe('2023-06-05 09:05:00');
  });
  it('reads empty and ~ as null, and lets a repeated key win', () => {
    expect(parsePythonYaml('a:\nb: ~\na: 2\n')).toEqual({ a: 2n, b: null });
  });
  it('throws a YamlError for text that is not YAML', () => {
    expect(() => parsePythonYaml('a: [1, 2')).toThrow(YamlError);
  });
});
