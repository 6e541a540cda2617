import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseYaml, readYamlWith } from './yaml.ts';

class BadFile extends Error {}
const schema = z.object({ date: z.string(), n: z.number().optional() }).strict();

describe('parseYaml', () => {
  it('keeps dates as typed', () => {
    expect(parseYaml('date: 2024-13-45\n').data).toEqual({ date: '2024-13-45' });
  });
  it('reports broken YAML with its line, counted in the file', () => {
    expect(parseYaml('a: 1\nb: [unclosed,\nc: 2\n').errors).toEqual(['invalid YAML on line 2: a list opened with [ (or a group with {) is never closed — close it on the same line: b: [unclosed]']);
    expect(parseYaml('a: 1\nb: [unclosed\n', 1).errors[0]).toMatch(/^invalid YAML on line 3: /);
    expect(parseYaml('a: 1\nb: "open\n').errors[0]).toBe('invalid YAML on line 2: a quotation mark " is opened and never closed — close it on the same line: b: "open"');
  });
});

describe('readYamlWith', () => {
  it('returns what the schema makes of the file', () => {
    expect(readYamlWith(schema, 'date: 2023-06\nn: 2\n', 'x.yaml', {}, BadFile)).toEqual({ date: '2023-06', n: 2 });
  });
  it('names the file and the field, with what was found', () => {
    expect(() => readYamlWith(schema, 'date: "2023"\nn: two\n', 'x.yaml', {}, BadFile)).toThrow(/^x\.yaml: n: expected a number, got "two" — write a whole number from 1 up$/);
    expect(() => readYamlWith(schema, 'date: [\n', 'x.yaml', {}, BadFile)).toThrow(BadFile);
    expect(() => readYamlWith(schema, 'date: [\n', 'x.yaml', {}, BadFile)).toThrow(/^x\.yaml: invalid YAML on line 1/);
  });
  it('reads an empty file as the empty value given', () => {
    expect(() => readYamlWith(schema, '', 'x.yaml', {}, BadFile)).toThrow(/^x\.yaml: date: missing — add a line date: …$/);
    expect(readYamlWith(z.array(z.string()), '', 'x.yaml', [], BadFile)).toEqual([]);
  });
});
