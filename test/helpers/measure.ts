/**
 * Runs the built CLI as a subprocess and measures it: wall time, and peak resident memory of the
 * whole process (worker threads included) from process.resourceUsage() at exit, reported by a
 * module preloaded with --import.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot, type CliRun } from './cli.js';

export interface MeasuredRun extends CliRun {
  ms: number;
  /** Peak resident set, MB; undefined when the process died before it could say. */
  peakMb?: number;
}

export function runCliMeasured(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): MeasuredRun {
  const dir = mkdtempSync(join(tmpdir(), 'duban-rss-'));
  const out = join(dir, 'maxrss');
  const report = `import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(${JSON.stringify(out)},String(process.resourceUsage().maxRSS)))`;
  const start = performance.now();
  const result = spawnSync(process.execPath, [`--import=data:text/javascript,${encodeURIComponent(report)}`, join(projectRoot, 'bin', 'duban.js'), ...args], {
    cwd: options.cwd ?? projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: options.timeoutMs ?? 120_000,
    env: { ...process.env, DUBAN_DEBUG: '' },
  });
  const ms = performance.now() - start;
  let peakMb: number | undefined;
  try {
    peakMb = Math.round(Number(readFileSync(out, 'utf8')) / 1024);
  } catch {
    peakMb = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, ms, peakMb };
}
