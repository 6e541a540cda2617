// /data/articles.bib: every article as a BibTeX entry in one file.
import type { APIContext } from 'astro';
import { bibtexFile } from '../../lib/export/bibtex.ts';
import { fileResponse, getArticleRecords } from '../../lib/export/site-export.ts';

export const GET = async ({ site }: APIContext) => fileResponse(bibtexFile(await getArticleRecords(site!)), 'application/x-bibtex');
