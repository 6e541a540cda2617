// Runs a command and measures its wall time and the peak resident memory of its whole process
// tree (Astro, its workers, Pagefind's binary), by polling /proc.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface RunResult {
  seconds: number;
  /** CPU seconds (user + system) of the command and everything it ran, from GNU time; NaN without it. */
  cpuSeconds: number;
  peakMiB: number;
  /** Each program's own peak (node, pagefind…), to see which part of the tree holds the memory. */
  peakByProgramMiB: Record<string, number>;
  status: number | null;
  output: string;
}

const PAGE_KIB = 4;

function treeRssKiB(root: number, byProgram: Map<string, number>): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  const names = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state ppid … rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE_KIB);
      names.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const now = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    const program = names.get(pid) ?? '?';
    now.set(program, (now.get(program) ?? 0) + (rss.get(pid) ?? 0));
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  for (const [program, kib] of now) byProgram.set(program, Math.max(byProgram.get(program) ?? 0, kib));
  return total;
}

// On a shared machine wall time depends on what else runs; CPU time much less. GNU time reports
// it for the whole tree (children included), on its last line of standard error.
const GNU_TIME = '/usr/bin/time';
const CPU_LINE = /^cpu-seconds ([\d.]+) ([\d.]+)$/mu;

export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const timed = existsSync(GNU_TIME);
    const child = timed
      ? spawn(GNU_TIME, ['-f', 'cpu-seconds %U %S', command, ...args], { cwd: options.cwd, env: options.env ?? process.env })
      : spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const byProgram = new Map<string, number>();
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid, byProgram));
    }, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      const peakByProgramMiB = Object.fromEntries([...byProgram].map(([k, v]) => [k, Math.round(v / 1024)]));
      const cpu = CPU_LINE.exec(output);
      const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN;
      resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds, peakMiB: peak / 1024, peakByProgramMiB, status, output });
    });
  });
}
