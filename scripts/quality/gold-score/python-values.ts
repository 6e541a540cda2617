// Values as score.py sees them after PyYAML: ints are bigints, floats and timestamps keep their
// Python type (python-yaml.ts), and str(), truthiness, iteration and round() behave as in Python,
// so that the TypeScript scorer's figures equal the reference's to the last digit.

export class PyFloat {
  constructor(readonly value: number) {}
}

/** A YAML timestamp: Python's str() of the date or datetime PyYAML builds from it. */
export class PyTimestamp {
  constructor(readonly text: string) {}
}

/** Python's repr() of a float (shortest round-trip digits; exponent below 1e-4 and from 1e16). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, exp] = x.toExponential().split('e') as [string, string];
  const e = Number(exp);
  if (e < -4 || e >= 16) {
    return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const s = String(x);
  return /[.e]/u.test(s) ? s : `${s}.0`;
}

function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\t', '\\t').replaceAll(quote, `\\${quote}`);
  return `${quote}${body}${quote}`;
}

/** Python's repr(). */
export function pyRepr(v: unknown): string {
  if (typeof v === 'string') return pyStrRepr(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (v instanceof PyTimestamp) return `datetime(${v.text})`;
  if (v !== null && typeof v === 'object' && !(v instanceof PyFloat)) {
    return `{${Object.entries(v)
      .map(([k, x]) => `${pyStrRepr(k)}: ${pyRepr(x)}`)
      .join(', ')}}`;
  }
  return pyStr(v);
}

/** Python's str(). */
export function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloatRepr(v);
  if (v instanceof PyFloat) return pyFloatRepr(v.value);
  if (v instanceof PyTimestamp) return v.text;
  return pyRepr(v);
}

/** Python's truthiness. */
export function pyTruthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === '' || v === 0 || v === 0n) return false;
  if (v instanceof PyFloat) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && !(v instanceof PyTimestamp)) return Object.keys(v).length > 0;
  return true;
}

/** `for x in v` in Python: a string gives its characters, a mapping its keys, a scalar nothing. */
export function pyIter(v: unknown): unknown[] {
  if (typeof v === 'string') return [...v];
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === 'object' && !(v instanceof PyFloat) && !(v instanceof PyTimestamp)) return Object.keys(v);
  return [];
}

/** A mapping's value, or undefined: Python's dict.get on a parsed YAML mapping. */
export function pyGet(map: unknown, key: string): unknown {
  if (map === null || typeof map !== 'object' || Array.isArray(map) || map instanceof PyFloat || map instanceof PyTimestamp) return undefined;
  return Object.hasOwn(map, key) ? (map as Record<string, unknown>)[key] : undefined;
}

export const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof PyFloat) && !(v instanceof PyTimestamp);

/**
 * x rounded to `places` decimals as a decimal string, the way Python rounds a float: the exact
 * binary value, ties to even. (toFixed rounds ties up: 0.0625 → "0.063" where Python gives 0.062.)
 */
export function pyFixed(x: number, places: number): string {
  if (!Number.isFinite(x)) return pyFloatRepr(x);
  const negative = x < 0 || Object.is(x, -0);
  const exact = Math.abs(x).toFixed(100); // exact for any ratio this scorer makes
  const [whole, frac] = exact.split('.') as [string, string];
  const kept = frac.slice(0, places);
  const rest = frac.slice(places);
  let digits = whole + kept;
  const half = rest[0] === '5' && /^50*$/u.test(rest);
  const lastEven = Number(digits.at(-1)) % 2 === 0;
  if (rest[0]! > '5' || (rest[0] === '5' && !half) || (half && !lastEven)) digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const intPart = digits.slice(0, digits.length - places) || '0';
  const text = places > 0 ? `${intPart}.${digits.slice(digits.length - places)}` : intPart;
  return negative && /[1-9]/u.test(text) ? `-${text}` : text;
}

/** Python's round(x, places) as a number. */
export const pyRound = (x: number, places: number): number => Number(pyFixed(x, places));

/** A JSON.stringify replacer for values from PyYAML's types: ints and floats as numbers, dates as text. */
export function pyJsonReplacer(_key: string, v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyTimestamp) return v.text;
  return v;
}
