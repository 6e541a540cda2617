import { readFileSync } from 'node:fs';
import { readPage } from './scripts/ingest/layout/read-page.ts';
const text = readFileSync('content/raw/002_ad48e940f6265c93.txt', 'utf8');
const { blocks } = readPage(text, { sidebars: ['“彭城英才卡”，方寸之间显真情'] });
for (const b of blocks.slice(-12)) console.log(JSON.stringify(b).slice(0, 150));
