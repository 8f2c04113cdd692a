/**
 * `npm run bench`: runs every bench/*.bench.ts and prints one table. Each bench compares Duban's way
 * with a baseline measured in the same process, so the ratio holds on any machine.
 */
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './harness.js';

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir).filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only))).sort();

process.stdout.write(`机器：${cpus()[0]?.model ?? '未知'} × ${cpus().length}，内存 ${Math.round(totalmem() / 2 ** 30)} GiB，Node ${process.version}\n\n`);
const results: BenchResult[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<BenchResult[]> };
  for (const result of await module.run()) {
    results.push(result);
    const ratio = result.baselineMs ? `${(result.baselineMs / result.ms).toFixed(1)}×` : '—';
    process.stdout.write(
      `${result.name}: ${result.ms.toFixed(0)} ms${result.baselineMs ? `（基线 ${result.baseline}：${result.baselineMs.toFixed(0)} ms，快 ${ratio}）` : ''}${result.note ? `；${result.note}` : ''}\n`,
    );
  }
}
