// The site's redirects: every former address of a published article (see
// src/core/former-addresses.ts), built once per build from the collection and the ingest's manifest.
import { getCollection } from 'astro:content';
import { basename } from 'node:path';
import { formerAddresses, readManifestFormerNames, type Redirect } from '../core/former-addresses.ts';
import { articlesDir } from './articles-dir.ts';

let redirects: Promise<Redirect[]> | undefined;

export function getRedirects(): Promise<Redirect[]> {
  // Drafts count too: a former address may not be the address of any article, published or not.
  redirects ??= getCollection('articles').then((entries) => {
    const articles = entries.map((e) => ({ id: e.id, fileName: basename(e.filePath ?? `${e.id}.md`), formerSlugs: e.data.formerSlugs, draft: e.data.draft }));
    return formerAddresses(articles, readManifestFormerNames(articlesDir())).redirects;
  });
  return redirects;
}
