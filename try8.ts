import { readFileSync } from 'node:fs';
import { ingestBytes } from './scripts/ingest/pipeline.ts';
import { readSidecar } from './scripts/ingest/sidecar.ts';
import { parseTranscription } from './scripts/quality/transcription.ts';
import { comparable } from './scripts/quality/character-error.ts';
const raw = 'content/raw/002_ad48e940f6265c93.txt';
const r = ingestBytes(readFileSync(raw), '002', readSidecar(raw, raw), { corrections: true });
const want = parseTranscription(readFileSync('tests/fixtures/transcriptions/002_ad48e940f6265c93.md', 'utf8'));
const title = process.argv[2] ?? '启动';
const got = comparable(r.articles.find((a) => a.data.title.startsWith(title))!.body.map((n) => n.text).join(''));
const ref = comparable(want.find((a) => a.title.startsWith(title))!.text);
// print in chunks aligned by common substrings: naive, show both
const chunk = (s: string) => s.match(/.{1,60}/gu)!.join('\n');
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/got.txt', chunk(got.replace(/([。；])/gu, '$1\n')).replace(/\n+/g,'\n'));
writeFileSync('/tmp/ref.txt', chunk(ref.replace(/([。；])/gu, '$1\n')).replace(/\n+/g,'\n'));
