// The corpus's scoring (see /work/shared/corpus/README.md, "Scoring"), a faithful port of score.py:
// articles and gold pages in, a report out; no file is read here. For each gold article the output
// article from the same raw file sharing most character 4-grams is its match; CER is the
// semi-global edit distance of the gold body against the best stretch of that article's body.
import { basename } from 'node:path';
import { charGrams, sharedCount } from './char-grams.ts';
import { nameMatcher, namesOf, type Aliases, type NameMatcher } from './entity-match.ts';
import { lenient, pyLen, strict } from './python-text.ts';
import { pyGet, pyIter, pyRound, pyStr, pyTruthy } from './python-values.ts';
import { semiGlobalDistance } from './semi-global.ts';
import type { ArticleRow, GoldPage, OutputArticle, ScoreReport, SourceReport, Totals } from './types.ts';

interface Counts {
  gold: number;
  chars: number;
  err: number;
  errStrict: number;
  titles: number;
  titlesOk: number;
  ents: number;
  entsOk: number;
  junk: number;
  outputs: number;
  matched: number;
  named: number;
  namedOk: number;
  fields: number;
  fieldsOk: number;
  caps: number;
  capsOk: number;
}

interface Candidate {
  article: OutputArticle;
  lenient: string;
  grams: Set<string>;
}

const prepare = (article: OutputArticle): Candidate => {
  const text = lenient(article.body);
  return { article, lenient: text, grams: charGrams(text) };
};

/** The output article sharing most 4-grams with the gold text (the first of equals); none if none shares one. */
export function bestMatch<T extends { grams: ReadonlySet<string> }>(goldGrams: ReadonlySet<string>, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestShared = 0;
  for (const c of candidates) {
    const n = sharedCount(goldGrams, c.grams);
    if (n > bestShared) [best, bestShared] = [c, n];
  }
  return best;
}

const FIELDS = ['series', 'kicker', 'subtitle', 'date'] as const;

type HeadingChecks = Pick<ArticleRow, 'title_ok' | 'series_ok' | 'kicker_ok' | 'subtitle_ok' | 'date_ok'>;

/** Title, then series/kicker/subtitle/date where the gold has them: exact after the lenient form. */
function scoreHeadings(g: Record<string, unknown>, fm: Record<string, unknown> | undefined, counts: Counts): HeadingChecks {
  const checks: HeadingChecks = {};
  if (pyTruthy(g.title)) {
    const got = fm ? (Object.hasOwn(fm, 'title') ? fm.title : '') : undefined;
    const ok = fm !== undefined && lenient(pyStr(got)) === lenient(pyStr(g.title));
    checks.title_ok = ok;
    counts.titles++;
    if (ok) counts.titlesOk++;
  }
  for (const k of FIELDS) {
    if (!pyTruthy(g[k])) continue;
    // A series banner above the headlines is a kind of 引题: either field may hold it.
    const fields = k === 'series' || k === 'kicker' ? ['series', 'kicker'] : [k];
    const got = fm ? fields.map((f) => pyGet(fm, f)).filter(pyTruthy) : [];
    const ok = got.some((x) => lenient(pyStr(x)) === lenient(pyStr(g[k])));
    checks[`${k}_ok`] = ok;
    counts.fields++;
    if (ok) counts.fieldsOk++;
  }
  return checks;
}

/** A gold caption is found when some output caption is within 10 % edits of it. */
function scoreCaptions(g: Record<string, unknown>, fm: Record<string, unknown> | undefined, counts: Counts): void {
  const outCaptions = fm ? (pyTruthy(fm.captions) ? pyIter(fm.captions) : []).map((c) => lenient(pyStr(c))) : [];
  for (const c of pyTruthy(g.captions) ? pyIter(g.captions) : []) {
    const want = lenient(pyStr(c));
    counts.caps++;
    if (outCaptions.some((oc) => semiGlobalDistance(want, oc) <= 0.1 * pyLen(want))) counts.capsOk++;
  }
}

type NameChecks = Pick<ArticleRow, 'extra' | 'entities' | 'missing'>;

/** Parks and companies: recall of the gold's names, and the article's names that name no gold entity. */
function scoreNames(g: Record<string, unknown>, fm: Record<string, unknown> | undefined, matcher: NameMatcher, counts: Counts): NameChecks {
  const pool = fm ? [...namesOf(fm.parks), ...namesOf(fm.companies), ...namesOf(fm.entities)] : [];
  const list = (v: unknown) => (pyTruthy(v) ? pyIter(v) : []).map(pyStr);
  const ents = [...list(g.parks), ...list(g.companies)];
  const missing = ents.filter((e) => !matcher.found(e, pool));
  // Precision is a figure, not a gate: gold lists may be short.
  const given = fm ? [...namesOf(fm.parks), ...namesOf(fm.companies)] : [];
  const extra = given.filter((p) => !ents.some((e) => matcher.found(e, [p])));
  counts.named += given.length;
  counts.namedOk += given.length - extra.length;
  counts.ents += ents.length;
  counts.entsOk += ents.length - missing.length;
  return { extra, entities: `${ents.length - missing.length}/${ents.length}`, missing };
}

function scoreArticle(g: GoldPage['articles'][number], mine: readonly Candidate[], matcher: NameMatcher, counts: Counts): { row: ArticleRow; best?: Candidate } {
  const gl = lenient(g.body);
  const best = bestMatch(charGrams(gl), mine);
  const glLength = pyLen(gl);
  const goldStrict = strict(g.body);
  const err = best ? semiGlobalDistance(gl, best.lenient) : glLength;
  const errStrict = best ? semiGlobalDistance(goldStrict, strict(best.article.body)) : pyLen(goldStrict);
  const fm = best?.article.frontMatter;
  const headings = scoreHeadings(g, fm, counts);
  scoreCaptions(g, fm, counts);
  const names = scoreNames(g, fm, matcher, counts);
  // Keys in score.py's order, so that the two JSON reports read alike.
  const row: ArticleRow = {
    key: g.key,
    chars: glLength,
    cer: pyRound(err / Math.max(1, glLength), 4),
    cer_strict: pyRound(errStrict / Math.max(1, pyLen(goldStrict)), 4),
    file: best ? basename(best.article.path) : null,
    ...headings,
    ...names,
  };
  counts.gold++;
  counts.chars += glLength;
  counts.err += err;
  counts.errStrict += errStrict;
  return best ? { row, best } : { row };
}

function scoreSource(gold: GoldPage, mine: readonly Candidate[], matcher: NameMatcher, counts: Counts): SourceReport {
  const report: SourceReport = { source: gold.source, outputs: mine.length, articles: [], merged: {}, junk_leaks: [] };
  const used = new Map<string, unknown[]>(); // output path → keys of the gold articles it matched
  for (const g of gold.articles) {
    const { row, best } = scoreArticle(g, mine, matcher, counts);
    if (best) used.set(best.article.path, [...(used.get(best.article.path) ?? []), g.key]);
    report.articles.push(row);
  }
  // Two gold articles in one output article: merged, unless all but one may merge by design.
  const optional = new Set(gold.articles.filter((g) => pyTruthy(g.optional_merge)).map((g) => g.key));
  const merged = new Set([...used].filter(([, keys]) => keys.filter((k) => !optional.has(k)).length > 1).map(([p]) => p));
  for (const p of merged) report.merged[basename(p)] = used.get(p)!;
  report.junk_leaks = gold.junk.flatMap((j) => mine.filter((a) => a.lenient.includes(lenient(pyStr(j)))).map(() => pyStr(j)));
  counts.junk += report.junk_leaks.length;
  counts.outputs += mine.length;
  for (const [p, keys] of used) if (keys.length === 1 || !merged.has(p)) counts.matched += keys.length;
  return report;
}

function totals(t: Counts): Totals {
  const ratio = (a: number, b: number, places: number) => pyRound(a / Math.max(1, b), places);
  return {
    gold_articles: t.gold,
    output_articles: t.outputs,
    one_to_one: t.matched,
    cer: ratio(t.err, t.chars, 4),
    cer_strict: ratio(t.errStrict, t.chars, 4),
    title_accuracy: ratio(t.titlesOk, t.titles, 3),
    entity_recall: ratio(t.entsOk, t.ents, 3),
    entity_precision: ratio(t.namedOk, t.named, 3),
    kicker_subtitle_date_accuracy: ratio(t.fieldsOk, t.fields, 3),
    caption_recall: ratio(t.capsOk, t.caps, 3),
    junk_leaks: t.junk,
  };
}

/** Score generated articles against gold pages (each gold sees only the articles of its raw file). */
export function scoreArticles(articles: readonly OutputArticle[], golds: readonly GoldPage[], aliases: Aliases): ScoreReport {
  const counts: Counts = {
    gold: 0,
    chars: 0,
    err: 0,
    errStrict: 0,
    titles: 0,
    titlesOk: 0,
    ents: 0,
    entsOk: 0,
    junk: 0,
    outputs: 0,
    matched: 0,
    named: 0,
    namedOk: 0,
    fields: 0,
    fieldsOk: 0,
    caps: 0,
    capsOk: 0,
  };
  const candidates = articles.map(prepare);
  const matcher = nameMatcher(aliases);
  const sources = golds.map((gold) =>
    scoreSource(
      gold,
      candidates.filter((c) => c.article.source === gold.source),
      matcher,
      counts,
    ),
  );
  return { sources, total: totals(counts) };
}
