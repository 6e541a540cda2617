// Every built page gets a Traditional-Chinese twin under /zh-hant/ (see twin-html.ts), and every
// article page gives the search its record (search-record.ts): both from one parse of the page
// (convert-page.ts), and both cached by the hash of the page's HTML (build-cache.ts), so a build
// converts only the pages that changed since the last one. Many pages to convert are shared out
// to worker threads, one per core: when the twin runs, Astro's work is done.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TWIN_PREFIX } from '../core/urls.ts';
import { ensureDir, type BuildCache } from './build-cache.ts';
import { ARTICLE_PAGE, convertPage, type PageOutput } from './convert-page.ts';
import type { SearchRecord } from './search-record.ts';

const CACHE_KIND = 'pages';
/** Below this many pages to convert, starting workers (loading the dictionaries in each) costs more than it saves. */
const WORKERS_FROM_PAGES = 2000;
const WORKER_FILE = 'src/integrations/twin-worker.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === TWIN_PREFIX.slice(1) ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** /articles/x/index.html → /articles/x/; /404.html → /404.html */
function pagePath(file: string, root: string): string {
  const rel = `/${relative(root, file).split(sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

export interface TwinResult {
  pages: number;
  converted: number;
  workers: number;
  records: SearchRecord[];
}

interface Job {
  id: number;
  html: string;
  path: string;
}

/** Converts the jobs on `count` worker threads; undefined if workers cannot start. */
async function convertOnWorkers(jobs: readonly Job[], count: number, done: (job: Job, out: PageOutput) => void): Promise<boolean> {
  let workers: Worker[];
  try {
    workers = Array.from({ length: count }, () => new Worker(join(process.cwd(), WORKER_FILE)));
  } catch {
    return false;
  }
  const byId = new Map(jobs.map((j) => [j.id, j]));
  try {
    await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            const mine = jobs.filter((_, i) => i % count === w);
            let left = mine.length;
            if (left === 0) return resolve();
            worker.on('message', (out: PageOutput & { id: number }) => {
              done(byId.get(out.id)!, out);
              if (--left === 0) resolve();
            });
            worker.on('error', reject);
            for (const job of mine) worker.postMessage(job);
          }),
      ),
    );
    return true;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Writes the twin of every page under `site` and returns the article pages' search records. */
export async function writeTraditionalTwin(site: string, cache: BuildCache): Promise<TwinResult> {
  const files = htmlFiles(site);
  const records = new Array<SearchRecord | undefined>(files.length);
  const targetOf = (id: number) => {
    const target = join(site, TWIN_PREFIX.slice(1), relative(site, files[id]!));
    ensureDir(dirname(target));
    return target;
  };
  const jobs: Array<Job & { key: string }> = [];
  files.forEach((file, id) => {
    const path = pagePath(file, site);
    const html = readFileSync(file, 'utf8');
    const key = cache.key(path, html);
    // A cached twin is copied as it is; an article page's record is kept beside it.
    const twin = cache.fileFor(CACHE_KIND, key, '.html');
    const record = ARTICLE_PAGE.test(path) ? cache.get<{ record?: SearchRecord }>(CACHE_KIND, key) : {};
    if (twin && record) {
      copyFileSync(twin, targetOf(id));
      records[id] = record.record;
    } else jobs.push({ id, html, path, key });
  });
  const done = new Set<number>();
  const keep = (job: Job, out: PageOutput) => {
    const { key } = job as Job & { key: string };
    cache.setFile(CACHE_KIND, key, '.html', out.twin);
    if (ARTICLE_PAGE.test(job.path)) cache.set(CACHE_KIND, key, { record: out.record });
    writeFileSync(targetOf(job.id), out.twin);
    records[job.id] = out.record;
    done.add(job.id);
  };
  const count = jobs.length >= WORKERS_FROM_PAGES ? Math.min(availableParallelism(), 4) : 0;
  const onWorkers = count > 1 && (await convertOnWorkers(jobs, count, keep).catch(() => false));
  for (const job of jobs) if (!done.has(job.id)) keep(job, convertPage(job.html, job.path));
  return { pages: files.length, converted: jobs.length, workers: onWorkers ? count : 0, records: records.filter((r): r is SearchRecord => r !== undefined) };
}
