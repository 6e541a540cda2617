// YAML read as PyYAML's safe_load reads it (YAML 1.1 plain scalars: yes/no/on/off are booleans,
// 0777 is octal, 1:30 is sexagesimal, 2023-06-15 is a date), because score.py reads front matter,
// gold files and authority files that way and a title or caption must compare as it does there.
// The `yaml` library parses; these tags replace its resolution of plain scalars.
import { parse, type ScalarTag } from 'yaml';
import { PyFloat, PyTimestamp } from './python-values.ts';

const scalar = (tag: string, test: RegExp, resolve: (source: string) => unknown): ScalarTag => ({
  tag: `tag:yaml.org,2002:${tag}`,
  default: true,
  test,
  resolve: (source: string) => resolve(source) as never,
});

/** Sexagesimal digits (1:30:05) as a number of units. */
const sexagesimal = (parts: string[]): number => parts.reduce((n, p) => n * 60 + Number(p), 0);

function int(source: string): bigint {
  let s = source.replaceAll('_', '');
  let sign = 1n;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s.startsWith('0b')) return sign * BigInt(`0b${s.slice(2)}`);
  if (s.startsWith('0x')) return sign * BigInt(`0x${s.slice(2)}`);
  if (s[0] === '0') return sign * BigInt(`0o${s}`);
  if (s.includes(':')) return sign * s.split(':').reduce((n, p) => n * 60n + BigInt(p), 0n);
  return sign * BigInt(s);
}

function float(source: string): PyFloat {
  let s = source.replaceAll('_', '').toLowerCase();
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  if (s === '.inf') return new PyFloat(sign * Infinity);
  if (s === '.nan') return new PyFloat(NaN);
  if (s.includes(':')) {
    const parts = s.split(':');
    const last = Number(parts.pop());
    return new PyFloat(sign * (sexagesimal(parts) * 60 + last));
  }
  return new PyFloat(sign * Number(s));
}

const TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/u;

/** str() of the date or datetime PyYAML makes (datetime: 'YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM]'). */
function timestamp(source: string): PyTimestamp {
  const m = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/u.exec(source)!;
  const two = (s: string) => s.padStart(2, '0');
  const date = `${m[1]}-${two(m[2]!)}-${two(m[3]!)}`;
  if (m[4] === undefined) return new PyTimestamp(date);
  const fraction = m[7] ? `.${m[7].slice(0, 6).padEnd(6, '0')}` : '';
  let zone = '';
  if (m[8] === 'Z') zone = '+00:00';
  else if (m[8]) {
    const [h, min = '00'] = m[8].slice(1).split(':');
    zone = `${m[8][0]}${two(h!)}:${min}`;
  }
  return new PyTimestamp(`${date} ${two(m[4])}:${m[5]}:${m[6]}${fraction}${zone}`);
}

/** PyYAML's implicit resolvers, in its order of trial. */
const PY_TAGS: ScalarTag[] = [
  scalar('bool', /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/u, (s) => /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/u.test(s)),
  scalar('float', /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/u, float),
  scalar('int', /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/u, int),
  scalar('null', /^(?:~|null|Null|NULL|)$/u, () => null),
  scalar('timestamp', TIMESTAMP, timestamp),
];

export class YamlError extends Error {}

/** Parse like yaml.safe_load: duplicate keys allowed (the last wins), Python's scalar types. */
export function parsePythonYaml(text: string): unknown {
  try {
    return parse(text, { schema: 'failsafe', customTags: PY_TAGS, uniqueKeys: false, merge: true, maxAliasCount: -1, logLevel: 'error' });
  } catch (error) {
    throw new YamlError(error instanceof Error ? error.message : String(error));
  }
}
