// After the build, every page gets a Traditional-Chinese twin under /zh-hant/ (see twin-html.ts).
// Done on the built HTML, once, so pages need no code of their own for it.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TWIN_PREFIX, twinHtml } from '../lib/twin-html.ts';

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

export default function traditionalTwin(): AstroIntegration {
  return {
    name: 'traditional-twin',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        for (const file of files) {
          const twin = twinHtml(await readFile(file, 'utf8'), pagePath(file, root));
          const target = join(root, TWIN_PREFIX.slice(1), relative(root, file));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, twin, 'utf8');
        }
        logger.info(`${files.length} Traditional-Chinese pages written under ${TWIN_PREFIX}/`);
      },
    },
  };
}
