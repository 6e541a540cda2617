// Once per browser run: build the site over fixtures and serve it on 127.0.0.1.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, fixtureArticlesDir, serveSite } from './site-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    articlesDir: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const articlesDir = fixtureArticlesDir();
  const distDir = mkdtempSync(join(tmpdir(), 'site-dist-'));
  const built = buildSite(articlesDir, distDir);
  if (built.status !== 0) throw new Error(`the site did not build:\n${built.output}`);
  const server = await serveSite(distDir);
  project.provide('baseUrl', server.url);
  project.provide('articlesDir', articlesDir);
  project.provide('distDir', distDir);
  return () => server.stop();
}
