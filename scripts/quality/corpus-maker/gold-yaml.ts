// A generated page's gold file, in the shared corpus's format (see its README: source, junk,
// articles with key, title, kicker, subtitle, series, byline, date, captions, parks, companies, body).
import { goldBody, type Article } from './article.ts';

const q = (s: string) => JSON.stringify(s);

export function goldYaml(source: string, junk: readonly string[], articles: readonly Article[], header: string): string {
  const out = [...header.split('\n').map((l) => `# ${l}`.trimEnd()), `source: ${source}`, 'junk:', ...junk.map((j) => `  - ${q(j)}`), 'articles:'];
  for (const a of articles) {
    out.push(`  - key: ${a.key}`, `    title: ${a.title === null ? 'null' : q(a.title)}`);
    for (const k of ['kicker', 'subtitle', 'series'] as const) if (a[k]) out.push(`    ${k}: ${q(a[k])}`);
    out.push(`    byline: [${a.byline.map(q).join(', ')}]`);
    if (a.date) out.push(`    date: ${q(a.date)}`);
    for (const k of ['captions', 'parks', 'companies'] as const) {
      out.push(a[k].length > 0 ? `    ${k}:` : `    ${k}: []`, ...a[k].map((v) => `      - ${q(v)}`));
    }
    if (a.comment) out.push(`    # ${a.comment}`);
    out.push(
      '    body: |',
      ...goldBody(a)
        .split('\n')
        .map((l) => `      ${l}`),
    );
  }
  return `${out.join('\n')}\n`;
}
