// /articles/<id>.bib, beside the article's page: the article's citation as a BibTeX entry.
import type { APIContext } from 'astro';
import { bibtexEntry } from '../../lib/export/bibtex.ts';
import { articleFilePaths, fileResponse, getArticleRecord } from '../../lib/export/site-export.ts';

export const getStaticPaths = articleFilePaths;

export const GET = async ({ params, site }: APIContext) => fileResponse(bibtexEntry(await getArticleRecord(site!, params.slug!)), 'application/x-bibtex');
