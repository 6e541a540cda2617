// /articles/<id>.json, beside the article's page: the article as data (the same record as in
// /data/articles.json).
import type { APIContext } from 'astro';
import { articleFilePaths, fileResponse, getArticleRecord } from '../../lib/export/site-export.ts';

export const getStaticPaths = articleFilePaths;

export const GET = async ({ params, site }: APIContext) => fileResponse(`${JSON.stringify(await getArticleRecord(site!, params.slug!), null, 2)}\n`, 'application/json');
