// Front matter is read with the YAML 1.2 core schema, so `date: 2024-13-45` stays the string the
// editor typed instead of rolling over into a real timestamp before the schema can reject it.
import { parseYaml } from './yaml.ts';

export interface SplitMarkdown {
  data: Record<string, unknown>;
  body: string;
  /** Problems with the front matter itself (missing fences, YAML syntax, not a mapping). */
  errors: string[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): SplitMarkdown {
  const source = text.replace(/^\uFEFF/, '');
  const m = FENCE.exec(source);
  if (!m) return { data: {}, body: source, errors: ['front matter: expected a block between --- lines at the top of the file'] };
  const { data, errors } = parseYaml(m[1] ?? '');
  const body = source.slice(m[0].length);
  if (errors.length > 0) return { data: {}, body, errors: errors.map((e) => `front matter: ${e}`) };
  if (data === null || data === undefined) return { data: {}, body, errors: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { data: {}, body, errors: ['front matter: expected key: value pairs'] };
  }
  return { data: data as Record<string, unknown>, body, errors: [] };
}
