// A YAML syntax error as an editor can act on it: the line it is on, what the parser said, and how
// the usual slips are fixed (a full-width colon typed by a Chinese input method, a value holding
// `: `, a list left open, a tab, a field written twice).
import type { YAMLError } from 'yaml';

/** `key：value` typed with a Chinese input method: YAML needs a half-width colon and a space. */
const FULL_WIDTH_COLON = /^(\s*-?\s*)([A-Za-z][\w-]*)\s*：\s*(.*)$/u;
/** `key: value` whose value holds `: ` and so reads as a second key. */
const COLON_IN_VALUE = /^(\s*-?\s*)([A-Za-z][\w-]*):\s+([^"'[{\s].*?:\s.*)$/u;
const FLOW_OPEN = /^\s*-?\s*[A-Za-z][\w-]*:\s*([[{])/u;

/** Line `n` (1-based) of the text, without its end. */
function lineAt(lines: readonly string[], n: number): string {
  return lines[n - 1] ?? '';
}

/** The line closed, if it opens a list or a group it never closes (`parks: [a, b,` → `parks: [a, b]`). */
function closedFlow(line: string): string | undefined {
  const open = FLOW_OPEN.exec(line)?.[1];
  if (!open) return undefined;
  const close = open === '[' ? ']' : '}';
  if (line.split(open).length <= line.split(close).length) return undefined;
  return `${line.trim().replace(/[,，、\s]+$/u, '')}${close}`;
}

/** A way out for the slip on `line`. */
function hintFor(error: YAMLError, lines: readonly string[], line: number): string | undefined {
  const text = lineAt(lines, line);
  const wide = FULL_WIDTH_COLON.exec(text);
  if (wide) return `write a half-width colon and a space: ${wide[2]}: ${wide[3]}`;
  if (error.code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  if (error.code === 'DUPLICATE_KEY') return `${text.split(':')[0]!.trim()} is written twice: keep one`;
  const colon = COLON_IN_VALUE.exec(text);
  if (colon) return `quote the value, which holds a colon: ${colon[2]}: "${colon[3]!.replace(/"/g, '\\"')}"`;
  if (/^\s/.test(text)) return 'this line is indented as if it belonged to the line above: start it at the margin, or indent it under a field that takes a group';
  return undefined;
}

/**
 * One message for the first syntax error (the others usually follow from it). `lineOffset` is
 * how many lines of the file come before the YAML (the front matter's opening ---).
 */
export function describeYamlError(error: YAMLError, source: string, lineOffset = 0): string {
  const lines = source.split(/\r?\n/);
  const line = error.linePos?.[0]?.line ?? source.slice(0, error.pos[0]).split('\n').length;
  // The parser notices a list left open (`parks: [a, b`) only on a later line: point at the opening.
  for (let n = line; n >= Math.max(1, line - 3); n--) {
    const closed = closedFlow(lineAt(lines, n));
    if (closed) return `invalid YAML on line ${n + lineOffset}: a list opened with [ (or a group with {) is never closed — close it on the same line: ${closed}`;
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    for (let n = line; n >= Math.max(1, line - 3); n--) {
      const text = lineAt(lines, n);
      if ((text.match(/(?<!\\)"/g) ?? []).length % 2 === 1) return `invalid YAML on line ${n + lineOffset}: a quotation mark " is opened and never closed — close it on the same line: ${text.trim()}"`;
    }
  }
  const said = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = hintFor(error, lines, line);
  return `invalid YAML on line ${line + lineOffset}: ${said}${hint ? ` — ${hint}` : ''}`;
}

/** Text that is not `key: value` pairs at all; if a key was typed with a full-width colon, say so. */
export function notAMappingHint(source: string): string | undefined {
  for (const text of source.split(/\r?\n/)) {
    const wide = FULL_WIDTH_COLON.exec(text);
    if (wide) return `write a half-width colon and a space: ${wide[2]}: ${wide[3]}`;
  }
  return undefined;
}
