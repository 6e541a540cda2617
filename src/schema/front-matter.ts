// Front matter is read with the YAML 1.2 core schema, so `date: 2024-13-45` stays the string the
// editor typed instead of rolling over into a real timestamp before the schema can reject it.
import { notAMapping, parseYaml } from './yaml.ts';

export interface SplitMarkdown {
  data: Record<string, unknown>;
  body: string;
  /** Problems with the front matter itself (missing fences, YAML syntax, not a mapping). */
  errors: string[];
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** A fence typed with a Chinese input method: full-width hyphens, em dashes, or the like. */
const WIDE_FENCE = /^[ \t]*[—－–―ー─]{2,}[ \t]*$/mu;

/** Why the file has no front matter block, and how to give it one. */
function missingFenceMessage(source: string): string {
  const lead = 'front matter: expected a block between --- lines at the top of the file';
  const first = source.split(/\r?\n/, 1)[0] ?? '';
  if (WIDE_FENCE.test(first)) return `${lead} — the first line is "${first.trim()}": write three half-width hyphens, ---`;
  if (/^---[ \t]*$/.test(first)) {
    if (WIDE_FENCE.test(source)) return `${lead} — the closing line is typed with full-width dashes: write three half-width hyphens, ---`;
    return `${lead} — the block is opened with --- but never closed: add a line --- after the last field`;
  }
  return `${lead} — start the file with a line ---, then the fields (title: …), then another line ---`;
}

export function splitFrontMatter(text: string): SplitMarkdown {
  const source = text.replace(/^\uFEFF/, '');
  const m = FENCE.exec(source);
  if (!m) return { data: {}, body: source, errors: [missingFenceMessage(source)] };
  const yaml = m[1] ?? '';
  // The YAML starts on the file's second line, after the opening ---.
  const { data, errors } = parseYaml(yaml, 1);
  const body = source.slice(m[0].length);
  if (errors.length > 0) return { data: {}, body, errors: errors.map((e) => `front matter: ${e}`) };
  if (data === null || data === undefined) return { data: {}, body, errors: [] };
  if (typeof data !== 'object' || Array.isArray(data)) return { data: {}, body, errors: [`front matter: ${notAMapping(yaml)}`] };
  return { data: data as Record<string, unknown>, body, errors: [] };
}
