// Browsing by source: each publication, and each raw file articles were cut from.
import { byPinyin } from '../core/pinyin-order.ts';
import { slugify } from '../core/slug.ts';
import { publicationHref, rawFileHref, SOURCES_PATH } from '../core/urls.ts';
import type { ArticleEntry } from './articles.ts';

export interface SourceRef {
  publication?: string;
  file?: string;
}

export interface SourceGroup {
  kind: 'publication' | 'file';
  name: string;
  slug: string;
  href: string;
  articles: ArticleEntry[];
}

export function fileSlug(file: string): string {
  const base = file.replace(/\.[^.]+$/u, '');
  return /^[A-Za-z0-9_-]+$/u.test(base) ? base.toLowerCase() : slugify(base);
}

export function sourceHref(ref: SourceRef): string {
  if (ref.publication) return publicationHref(slugify(ref.publication));
  if (ref.file) return rawFileHref(fileSlug(ref.file));
  return SOURCES_PATH;
}

/** Publications and raw files, each with its articles (in the order given: newest first). */
export function groupSources(articles: readonly ArticleEntry[]): { publications: SourceGroup[]; files: SourceGroup[] } {
  const publications = new Map<string, SourceGroup>();
  const files = new Map<string, SourceGroup>();
  const add = (groups: Map<string, SourceGroup>, kind: SourceGroup['kind'], name: string, slug: string, article: ArticleEntry) => {
    const group = groups.get(name) ?? { kind, name, slug, href: kind === 'publication' ? publicationHref(slug) : rawFileHref(slug), articles: [] };
    group.articles.push(article);
    groups.set(name, group);
  };
  for (const a of articles) {
    const pub = a.data.source?.publication;
    const file = a.data.source?.file;
    if (pub) add(publications, 'publication', pub, publications.get(pub)?.slug ?? slugify(pub), a);
    if (file) add(files, 'file', file, fileSlug(file), a);
  }
  const sorted = (m: Map<string, SourceGroup>) => [...m.values()].sort(byPinyin((g) => g.name));
  return { publications: sorted(publications), files: sorted(files) };
}
