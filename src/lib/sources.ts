// Browsing by source: each publication, and each raw file articles were cut from.
import type { ArticleEntry } from './articles.ts';
import { slugify } from './slug.ts';

export interface SourceRef {
  publication?: string;
  file?: string;
}

export interface SourceGroup {
  kind: 'publication' | 'file';
  name: string;
  slug: string;
  articles: ArticleEntry[];
}

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

export function fileSlug(file: string): string {
  const base = file.replace(/\.[^.]+$/u, '');
  return /^[A-Za-z0-9_-]+$/u.test(base) ? base.toLowerCase() : slugify(base);
}

export function sourceHref(ref: SourceRef): string {
  if (ref.publication) return `/sources/${slugify(ref.publication)}/`;
  if (ref.file) return `/sources/raw/${fileSlug(ref.file)}/`;
  return '/sources/';
}

/** Publications and raw files, each with its articles (in the order given: newest first). */
export function groupSources(articles: readonly ArticleEntry[]): { publications: SourceGroup[]; files: SourceGroup[] } {
  const publications = new Map<string, SourceGroup>();
  const files = new Map<string, SourceGroup>();
  for (const a of articles) {
    const pub = a.data.source?.publication;
    const file = a.data.source?.file;
    if (pub) {
      const g = publications.get(pub) ?? { kind: 'publication', name: pub, slug: slugify(pub), articles: [] };
      g.articles.push(a);
      publications.set(pub, g);
    }
    if (file) {
      const g = files.get(file) ?? { kind: 'file', name: file, slug: fileSlug(file), articles: [] };
      g.articles.push(a);
      files.set(file, g);
    }
  }
  const sortByName = (m: Map<string, SourceGroup>) => [...m.values()].sort((a, b) => collator.compare(a.name, b.name));
  return { publications: sortByName(publications), files: sortByName(files) };
}
