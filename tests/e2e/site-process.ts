// Builds the site over the committed articles plus test fixtures, and serves it on 127.0.0.1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/** Committed articles and fixture articles together, as the site under test reads them. */
export function fixtureArticlesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-articles-'));
  for (const name of readdirSync(join(root, 'content/articles')).filter((f) => f.endsWith('.md'))) cpSync(join(root, 'content/articles', name), join(dir, name));
  for (const name of readdirSync(join(root, 'tests/fixtures/articles'))) cpSync(join(root, 'tests/fixtures/articles', name), join(dir, name));
  return dir;
}

export function buildSite(articlesDir: string, outDir: string, env: Record<string, string> = {}, args: string[] = []): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_ARTICLES_DIR: articlesDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function serveSite(outDir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Kept for the error message if the server never answers.
  let said = '';
  child.stdout?.on('data', (d: Buffer) => (said = (said + d.toString()).slice(-2000)));
  child.stderr?.on('data', (d: Buffer) => (said = (said + d.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  // Under a full test run two builds and a browser share the two cores: give it a minute.
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`the preview server did not answer on ${url}:\n${said}`);
}
