// The ingest run as the project's users run it, through its command line (its internals are being
// rewritten; the CLI is the stable interface): `npm run ingest -- --out DIR --no-corrections FILE...`.
import { spawnSync } from 'node:child_process';

export interface IngestRun {
  /** The ingest's lines for files it could not read (✖ …), and anything else that went wrong. */
  failures: string[];
  stdout: string;
}

export function runIngest(files: readonly string[], outDir: string, projectRoot: string): IngestRun {
  const args = ['run', '--silent', 'ingest', '--', '--out', outDir, '--no-corrections', ...files];
  const run = spawnSync('npm', args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const stdout = run.stdout ?? '';
  const failures = stdout.split('\n').filter((l) => l.startsWith('✖'));
  if (run.error) failures.push(`the ingest could not be started: ${run.error.message}`);
  else if (run.status !== 0 && failures.length === 0) failures.push(`the ingest exited with ${run.status}: ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}`);
  return { failures, stdout };
}
