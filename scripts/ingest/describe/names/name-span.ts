// The words before a suffix that may belong to a name, and where among them the name starts.
import { tagWords, type TaggedWord } from '../../../../src/core/segment-words.ts';
import { findPlaces, placeAtStart } from '../../../../src/core/place-names.ts';
import { PARK_KINDS, alternation } from '../../../../src/core/name-forms.ts';
import { classify, isProperNoun, type WordClass } from './word-classes.ts';
import { WINDOW } from './knobs.ts';

export interface SpanWord extends TaggedWord {
  cls: WordClass | 'bracket';
  /** Offset in the text. */
  at: number;
}

const PARK_KIND_END = new RegExp(`(?:${PARK_KINDS.join('|')})$`, 'u');
const PARK_KIND = new RegExp(alternation(PARK_KINDS), 'gu');
const KIND_END = new RegExp(`[${[...new Set(PARK_KINDS.map((k) => k.at(-1)))].join('')}]`, 'u');
const OPEN = /^[（(]$/u;
const CLOSE = /^[）)]$/u;

/**
 * jieba's words and tags, with every place name one word (jieba cuts 湖南麓芯 as 湖/南麓/芯) and
 * every kind of park one word (it cuts 经开区 as 经/开/区, and 经 alone ends a name).
 */
export function tagWithPlaces(text: string): TaggedWord[] {
  const words: TaggedWord[] = [];
  let at = 0;
  for (const part of placesAndKinds(text)) {
    if (part.at > at) words.push(...tagWords(text.slice(at, part.at)));
    words.push({ word: part.name, tag: part.tag });
    at = part.at + part.name.length;
  }
  if (at < text.length) words.push(...tagWords(text.slice(at)));
  return words;
}

/** Place names, and kinds of park outside them (a 新区 inside 浦东新区 is the place's), in order. */
function placesAndKinds(text: string): Array<{ at: number; name: string; tag: string }> {
  const places = findPlaces(text).map((p) => ({ ...p, tag: 'ns' }));
  const inPlace = (at: number, end: number) => places.some((p) => at < p.at + p.name.length && end > p.at);
  // (Every kind ends in one of these: most windows hold none, and are not scanned.)
  if (!KIND_END.test(text)) return places;
  const kinds = [...text.matchAll(PARK_KIND)].map((m) => ({ at: m.index, name: m[0], tag: 'n' })).filter((k) => !inPlace(k.at, k.at + k.name.length));
  return [...places, ...kinds].sort((a, b) => a.at - b.at);
}

/**
 * The words before `end`, walking back until a stop or `maxLength` characters. A place in
 * brackets (中润新能源（徐州）有限公司, 中国（绵阳）科技城) is one word of the name.
 */
export function spanBefore(text: string, end: number, maxLength: number): SpanWord[] {
  const from = Math.max(0, end - WINDOW);
  let at = from;
  const words = tagWithPlaces(text.slice(from, end)).map((w) => {
    const word = { ...w, at, cls: classify(w) as SpanWord['cls'] };
    at += w.word.length;
    return word;
  });
  const kept: SpanWord[] = [];
  let length = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (CLOSE.test(w.word) && i >= 2 && OPEN.test(words[i - 2]!.word) && /^\p{Script=Han}{2,4}$/u.test(words[i - 1]!.word)) {
      const inner = words[i - 1]!;
      kept.unshift({ word: text.slice(words[i - 2]!.at, w.at + 1), tag: 'ns', at: words[i - 2]!.at, cls: 'bracket' });
      length += inner.word.length + 2;
      i -= 2;
      continue;
    }
    if (w.cls === 'stop' || length + w.word.length > maxLength) break;
    kept.unshift(w);
    length += w.word.length;
  }
  while (kept[0]?.cls === 'bracket') kept.shift();
  return kept;
}

/**
 * Whether a place name starts at word `i`: a division (徐州, 鸠江) or, with `jiebaPlaces`, any word
 * jieba calls a place (深港, 长三角; it also calls some brand names places, so not for companies).
 */
export function placeStartsAt(words: readonly SpanWord[], i: number, jiebaPlaces = false): boolean {
  const w = words[i]!;
  if (w.cls === 'bracket') return false;
  if (jiebaPlaces && w.tag === 'ns' && w.word.length >= 2) return true;
  const rest = words
    .slice(i)
    .map((x) => x.word)
    .join('');
  const place = placeAtStart(rest);
  if (!place) return false;
  // The place must end where a word ends (鸠/江/经济 → 鸠江), not inside one.
  let length = 0;
  for (const x of words.slice(i)) {
    length += x.word.length;
    if (length === place.length) return true;
    if (length > place.length) return false;
  }
  return false;
}

/** The words after the last kind of park among them (济南高新区齐鲁 → 齐鲁): a name starts anew there. */
export function afterParkKind(words: readonly SpanWord[]): SpanWord[] {
  for (let i = words.length - 1; i >= 0; i--) if (PARK_KIND_END.test(words[i]!.word)) return words.slice(i + 1);
  return [...words];
}

/** Words that cannot open a name: a common word (设备, 数据) or a verb before a place is a sentence's. */
function junkBefore(words: readonly SpanWord[]): boolean {
  return words.some((w) => w.cls === 'soft' || (w.word.length > 1 && !isProperNoun(w) && !/^[A-Za-z]/u.test(w.word)));
}

/**
 * Where a name starts in a span. At a place name, unless a verb follows it (徐州加快… is a
 * sentence, 湖南天衡导航科技 a name); words before the place stay when they can open a name
 * (单字 of a firm's own name, 中天东方…) and go when they cannot (a garbled join: 设备数据毫四川…).
 * Without a place, after the last verb.
 */
export function nameStart(words: readonly SpanWord[], jiebaPlaces = false): { index: number; place: boolean } {
  const places = words.map((_, i) => i).filter((i) => placeStartsAt(words, i, jiebaPlaces));
  for (let p = 0; p < places.length; p++) {
    const i = places[p]!;
    const next = places[p + 1] ?? words.length;
    if (words[i + 1]?.cls === 'soft') continue;
    if (words.slice(i + 1, next).some((w) => w.cls === 'soft') && p + 1 < places.length) continue;
    return junkBefore(words.slice(0, i)) ? { index: i, place: true } : { index: 0, place: i === 0 };
  }
  let i = words.length;
  while (i > 0 && words[i - 1]!.cls !== 'soft') i--;
  return { index: i, place: false };
}

export function joinWords(words: readonly SpanWord[]): string {
  return words.map((w) => w.word).join('');
}

export { isProperNoun };
