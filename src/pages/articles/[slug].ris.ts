// /articles/<id>.ris, beside the article's page: the article's citation as an RIS record, for
// Zotero, EndNote and other reference managers.
import type { APIContext } from 'astro';
import { risRecord } from '../../lib/export/ris.ts';
import { articleFilePaths, fileResponse, getArticleRecord } from '../../lib/export/site-export.ts';

export const getStaticPaths = articleFilePaths;

export const GET = async ({ params, site }: APIContext) => fileResponse(risRecord(await getArticleRecord(site!, params.slug!)), 'application/x-research-info-systems');
