// Bylines wherever the layout put them: a line of names (`马壮壮 泉轩`), marked lines
// (`▶▶ 胡明慧`, `□首席记者 吴燕翎 通讯员 费婷`, `本报记者 李 秋`, `主讲:梁伟(…)`), names after the
// last sentence of a `本报讯` piece (`…营商环境。 王昌梅`), and `（本报记者李秋整理）`.
import { SURNAMES } from './surnames.ts';

export interface Byline {
  names: string[];
  /** The whole line as printed, for the report. */
  raw: string;
  /** The line says more than names (a lecturer's post): it is kept as text too. */
  keepAsText?: boolean;
}

const ROLE = '(?:本报|本刊|新华社|人民日报)?(?:首席|特约|实习)?(?:记者|通讯员|编辑|撰稿|作者|摄影|见习记者)';
const MARKER = /^(?:▶+|►+|□|■|◇|○)\s*/u;
const ROLE_RE = new RegExp(ROLE, 'gu');
const LECTURER = /^(主讲|主讲人|讲述|口述|整理|文|撰文)[:：]\s*(\S.*)$/u;
const COMPILED = new RegExp(`^[(（]\\s*${ROLE}\\s*(\\S{2,4}?)\\s*(整理|采写|报道)?[)）]$`, 'u');

function looksLikeName(token: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(token) && (SURNAMES.has(token.slice(0, 2)) || SURNAMES.has(token[0]!));
}

/** Splits `李 秋` (a spaced two-character name) and `吴燕翎 通讯员 费婷` into names. */
function splitNames(text: string): string[] {
  const tokens = text.replace(ROLE_RE, ' ').split(/[\s、,，]+/u).filter(Boolean);
  // Two single characters in a row are one name set with a space for justification.
  const merged: string[] = [];
  for (const t of tokens) {
    const prev = merged.at(-1);
    if (prev && Array.from(prev).length === 1 && Array.from(t).length <= 2) merged[merged.length - 1] = prev + t;
    else merged.push(t);
  }
  return merged;
}

/** A whole line that is a byline, or undefined. */
export function parseBylineLine(text: string): Byline | undefined {
  const raw = text.trim();
  const compiled = COMPILED.exec(raw);
  if (compiled) return { names: [compiled[1]!], raw };
  const lecturer = LECTURER.exec(raw);
  if (lecturer) {
    const name = lecturer[2]!.replace(/[(（].*$/u, '').trim();
    return { names: [name], raw, keepAsText: name !== lecturer[2]!.trim() };
  }
  const marked = MARKER.test(raw);
  const body = raw.replace(MARKER, '');
  const hasRole = new RegExp(ROLE, 'u').test(body);
  if (!marked && !hasRole) {
    // Unmarked: 2 to 5 short tokens, the first of which reads as a personal name.
    const tokens = body.split(/\s+/u);
    if (tokens.length < 2 || tokens.length > 5) return undefined;
    if (!tokens.every((t) => /^\p{Script=Han}{2,3}$/u.test(t))) return undefined;
    if (!looksLikeName(tokens[0]!)) return undefined;
    return { names: tokens, raw };
  }
  if (body.length > 40 || /[。！？，]/u.test(body)) return undefined;
  const names = splitNames(body);
  if (names.length === 0 || !names.every((n) => /^\p{Script=Han}{2,4}$/u.test(n))) return undefined;
  return { names, raw };
}

const TRAILING = /^(.*[。！？”…])\s*((?:\p{Script=Han}{2,3})(?:\s+\p{Script=Han}{2,3}){0,4})$/u;

/**
 * Names printed after the last sentence of a paragraph (`…环境。 王昌梅`), split off. Only when the
 * names are set apart by a space or are several, and the first reads as a personal name.
 */
export function splitTrailingByline(text: string): { text: string; byline: Byline } | undefined {
  const m = TRAILING.exec(text.trimEnd());
  if (!m) return undefined;
  const names = m[2]!.split(/\s+/u);
  const spaced = /[。！？”…]\s+\p{Script=Han}/u.test(text.slice(m[1]!.length - 1));
  if (!spaced && names.length < 2) return undefined;
  if (!looksLikeName(names[0]!)) return undefined;
  return { text: m[1]!, byline: { names, raw: m[2]! } };
}
