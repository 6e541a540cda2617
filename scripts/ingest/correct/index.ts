// Editors' corrections from the sidecar, applied after the automatic repairs. Every applied
// correction is recorded in the article's front matter; one that matched nothing is reported.
import type { Sidecar } from '../sidecar.ts';
import type { ArticleRecord } from '../article-record.ts';

type Correction = NonNullable<Sidecar['corrections']>[number];

function replaceAll(text: string, from: string, to: string): [string, number] {
  const parts = text.split(from);
  return [parts.join(to), parts.length - 1];
}

/** Applies corrections in place; returns warnings for corrections that matched nothing. */
export function applyCorrections(articles: ArticleRecord[], corrections: readonly Correction[], file: string): string[] {
  const warnings: string[] = [];
  for (const c of corrections) {
    let hits = 0;
    for (const article of articles) {
      if (c.article && !article.data.title.includes(c.article)) continue;
      let here = 0;
      const fix = (text: string): string => {
        const [out, n] = replaceAll(text, c.from, c.to);
        here += n;
        return out;
      };
      const d = article.data;
      d.title = fix(d.title);
      if (d.kicker) d.kicker = fix(d.kicker);
      if (d.subtitle) d.subtitle = fix(d.subtitle);
      if (d.byline) d.byline = d.byline.map(fix);
      if (d.captions) d.captions = d.captions.map(fix);
      article.body = article.body.map((n) => {
        if (n.type === 'list') return { ...n, items: n.items.map(fix) };
        if (n.type === 'table') return { ...n, rows: n.rows.map((r) => r.map(fix)) };
        return { ...n, text: fix(n.text) };
      });
      if (here > 0) {
        d.corrections = [...(d.corrections ?? []), { from: c.from, to: c.to, ...(c.note ? { note: c.note } : {}) }];
        hits += here;
      }
    }
    if (hits === 0) warnings.push(`${file}: correction "${c.from}" → "${c.to}" matched no text`);
  }
  return warnings;
}
