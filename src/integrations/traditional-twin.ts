// Every built page gets a Traditional-Chinese twin under /zh-hant/ (see twin-html.ts). Done on the
// built HTML, once, so pages need no code of their own for it. (Worker threads were tried: on two
// cores, with Pagefind indexing at the same time, they cost memory and saved no time.)
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { TWIN_PREFIX } from '../core/urls.ts';
import { twinHtml } from '../lib/twin-html.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === TWIN_PREFIX.slice(1) ? [] : htmlFiles(path);
      return e.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

/** /articles/x/index.html → /articles/x/; /404.html → /404.html */
function pagePath(file: string, root: string): string {
  const rel = `/${relative(root, file).split(sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Writes the twin of every page under `site`; returns how many. */
export async function writeTraditionalTwin(site: string): Promise<number> {
  const files = await htmlFiles(site);
  for (const file of files) {
    const target = join(site, TWIN_PREFIX.slice(1), relative(site, file));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, twinHtml(await readFile(file, 'utf8'), pagePath(file, site)), 'utf8');
  }
  return files.length;
}
