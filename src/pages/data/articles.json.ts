// /data/articles.json: every published article as data (format: src/schema/export.ts, /data/).
import type { APIContext } from 'astro';
import { articlesFile, articlesJson, fileResponse } from '../../lib/export/site-export.ts';

export const GET = async ({ site }: APIContext) => fileResponse(articlesJson(await articlesFile(site!)), 'application/json');
