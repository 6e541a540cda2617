// /data/articles.ris: every article's citation in one file, to import the whole archive at once.
import type { APIContext } from 'astro';
import { risFile } from '../../lib/export/ris.ts';
import { fileResponse, getArticleRecords } from '../../lib/export/site-export.ts';

export const GET = async ({ site }: APIContext) => fileResponse(risFile(await getArticleRecords(site!)), 'application/x-research-info-systems');
