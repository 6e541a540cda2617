// An editor renames an article the ingest wrote: the next ingest follows the rename (the lead's
// write stage), `npm run check` is content, and the old address leads to the new one.
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formerAddresses, readManifestFormerNames } from '../../src/core/former-addresses.ts';
import { followRenames, readManifest, writeManifest } from '../ingest/write/index.ts';
import { writeArticle } from '../ingest/write/manifest.ts';
import { checkArticles } from '../check-articles.ts';

it('keeps the old address of a renamed article working once the ingest has followed the rename', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renamed-'));
  const manifest = readManifest(dir);
  writeArticle(dir, '2024-old-name.md', '---\ntitle: 甲\nsource:\n  file: raw.txt\n  lines: "1-5"\n---\n\n正文。\n', 'raw.txt', manifest, '1-5');
  writeManifest(dir, manifest);
  renameSync(join(dir, '2024-old-name.md'), join(dir, '2024-new-name.md'));
  expect(checkArticles(dir).warnings).toEqual([expect.stringMatching(/2024-old-name\.md: the ingest wrote this article and the file is gone — if you renamed it, run npm run ingest/)]);

  const after = readManifest(dir);
  followRenames(dir, after);
  writeManifest(dir, after);
  expect(checkArticles(dir).warnings).toEqual([]);
  const articles = [{ id: '2024-new-name', fileName: '2024-new-name.md', draft: false }];
  expect(formerAddresses(articles, readManifestFormerNames(dir)).redirects).toEqual([{ from: '2024-old-name', to: '2024-new-name' }]);
});
