// Every built page gets a Traditional-Chinese twin under /zh-hant/ (see twin-html.ts), cached by
// the hash of the page's HTML (build-cache.ts), so a build converts only the pages that changed
// since the last one. Many pages to convert are shared out to worker threads, one per free core.
// On the main thread the twin hands the event loop back between pages: it runs beside the search
// index (after-build.ts), whose Pagefind process is fed through that loop.
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, sep } from 'node:path';
import { TWIN_PREFIX } from '../core/urls.ts';
import { ensureDir, linkOrCopy, writeFresh, type BuildCache } from './build-cache.ts';
import { runOnWorkers } from './worker-pool.ts';
import { twinHtml } from '../lib/twin-html.ts';
import { nextTurn } from './next-turn.ts';

const CACHE_KIND = 'pages';
/** Below this many pages to convert, starting workers (loading the dictionaries in each) costs more than it saves. */
const WORKERS_FROM_PAGES = 2000;
const WORKER_FILE = 'src/integrations/twin-worker.ts';
const MAX_WORKERS = 4;
/** Pages read and hashed between two turns of the event loop. */
const READ_BETWEEN_TURNS = 16;
/** In the twin's directory: the fingerprint of the code that made its pages. */
const VERSION_FILE = '.twin-version';

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
}

interface Job {
  id: number;
  path: string;
  /** The page's key in the build cache: its path and the hash of its HTML. */
  key: string;
}

/**
 * Cores no other work keeps busy: on a machine others share, threads that wait for a core only
 * add their start-up (each loads the dictionaries) to the build's cost.
 */
function freeCores(): number {
  return Math.min(MAX_WORKERS, Math.max(0, Math.floor(availableParallelism() - loadavg()[0]!)));
}

/** Twin pages whose Simplified page is gone (an article removed since the last build). */
function removeOrphanTwins(site: string, twinRoot: string): void {
  if (!existsSync(twinRoot)) return;
  for (const twin of htmlFiles(twinRoot)) if (!existsSync(join(site, relative(twinRoot, twin)))) unlinkSync(twin);
}

/** Is the twin already in place and newer than its page, made by this code? */
function fresh(page: string, twin: string): boolean {
  const t = statSync(twin, { throwIfNoEntry: false });
  return t !== undefined && t.mtimeMs >= statSync(page).mtimeMs;
}

/** Converts the jobs on this thread, handing the event loop back between pages. */
async function convertHere(jobs: readonly Job[], htmlOf: (job: Job) => string, done: (job: Job, twin: string) => void): Promise<void> {
  for (const job of jobs) {
    done(job, twinHtml(htmlOf(job), job.path));
    await nextTurn();
  }
}

/** Writes the twin of every page under `site`. */
export async function writeTraditionalTwin(site: string, cache: BuildCache): Promise<TwinResult> {
  const files = htmlFiles(site);
  const twinRoot = join(site, TWIN_PREFIX.slice(1));
  // The output directory is kept from build to build (stale-files.ts): twins made by the same code
  // from pages not written since are left as they are.
  const versionFile = join(twinRoot, VERSION_FILE);
  const sameCode = existsSync(versionFile) && readFileSync(versionFile, 'utf8') === cache.version;
  removeOrphanTwins(site, twinRoot);
  const targetOf = (id: number) => join(twinRoot, relative(site, files[id]!));
  const done = new Set<number>();
  const keep = (job: Job, twin: string) => {
    const target = targetOf(job.id);
    writeFresh(target, twin);
    cache.keepFile(CACHE_KIND, job.key, '.html', target);
    done.add(job.id);
  };
  // With no core free for workers, each page is converted as soon as it is read and hashed: read
  // once. Otherwise the pages to convert are gathered first, for the workers to share.
  const here = freeCores() <= 1;
  const jobs: Job[] = [];
  // Pages are read and hashed a few at a time, the event loop handed back between: the search
  // index starts Pagefind meanwhile and must not wait for the whole site to be read.
  for (const [id, file] of files.entries()) {
    if (id % READ_BETWEEN_TURNS === READ_BETWEEN_TURNS - 1) await nextTurn();
    if (sameCode && fresh(file, targetOf(id))) continue;
    const path = pagePath(file, site);
    const html = readFileSync(file, 'utf8');
    const key = cache.key(path, html);
    const twin = cache.fileFor(CACHE_KIND, key, '.html');
    if (!twin) {
      jobs.push({ id, path, key });
      if (here) {
        keep(jobs.at(-1)!, twinHtml(html, path));
        await nextTurn();
      }
      continue;
    }
    linkOrCopy(twin, targetOf(id));
    // Newer than its page from now on, so the next build leaves it be (and the cache keeps it).
    const now = new Date();
    utimesSync(targetOf(id), now, now);
  }
  // Read again when converted rather than held: a large site's pages need not all sit in memory.
  const htmlOf = (job: Job) => readFileSync(files[job.id]!, 'utf8');
  const count = !here && jobs.length >= WORKERS_FROM_PAGES ? freeCores() : 0;
  // Workers that cannot start or fail leave their pages to this thread.
  const onWorkers =
    count > 1 &&
    (await runOnWorkers<Job, string>(
      WORKER_FILE,
      jobs,
      count,
      (k, twin) => keep(jobs[k]!, twin),
      (job) => ({ html: htmlOf(job), path: job.path }),
    ).then(
      () => true,
      () => false,
    ));
  await convertHere(
    jobs.filter((job) => !done.has(job.id)),
    htmlOf,
    keep,
  );
  ensureDir(twinRoot);
  writeFileSync(versionFile, cache.version);
  return { pages: files.length, converted: jobs.length, workers: onWorkers ? count : 0 };
}
