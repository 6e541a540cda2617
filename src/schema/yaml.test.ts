import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseYaml, readYamlWith } from './yaml.ts';

class BadFile extends Error {}
const schema = z.object({ date: z.string(), n: z.number().optional() }).strict();

describe('parseYaml', () => {
  it('keeps dates as typed', () => {
    expect(parseYaml('date: 2024-13-45\n').data).toEqual({ date: '2024-13-45' });
  });
  it('reports broken YAML', () => {
    expect(parseYaml('a: [unclosed\n').errors[0]).toMatch(/^invalid YAML: /);
  });
});

describe('readYamlWith', () => {
  it('returns what the schema makes of the file', () => {
    expect(readYamlWith(schema, 'date: 2023-06\nn: 2\n', 'x.yaml', {}, BadFile)).toEqual({ date: '2023-06', n: 2 });
  });
  it('names the file and the field, with what was found', () => {
    expect(() => readYamlWith(schema, 'date: "2023"\nn: two\n', 'x.yaml', {}, BadFile)).toThrow(/^x\.yaml: n: expected number, got "two"$/);
    expect(() => readYamlWith(schema, 'date: [\n', 'x.yaml', {}, BadFile)).toThrow(BadFile);
    expect(() => readYamlWith(schema, 'date: [\n', 'x.yaml', {}, BadFile)).toThrow(/^x\.yaml: invalid YAML/);
  });
  it('reads an empty file as the empty value given', () => {
    expect(() => readYamlWith(schema, '', 'x.yaml', {}, BadFile)).toThrow(/x\.yaml: date: expected string, got nothing/);
    expect(readYamlWith(z.array(z.string()), '', 'x.yaml', [], BadFile)).toEqual([]);
  });
});
