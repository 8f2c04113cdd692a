/**
 * The CLI as a user runs it, whole process (bin/duban.js, the tsc build): how long `duban lists`
 * takes to start against an empty Node and against loading every command up front (how main worked
 * before the registry), and `duban consolidate` of the demo's key-work returns, writing the merged
 * master and the report, against openpyxl reading the same files read-only. Goals (issue 10):
 * `duban lists` ≤ 150 ms; consolidate at least twice as fast as the openpyxl scan.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from './harness.js';
import { NO_OPENPYXL, OPENPYXL_SCAN, pythonWithOpenpyxl } from './python.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'duban.js');
const LIST = 'tianjin-2023-key-work';

const GNU_TIME = '/usr/bin/time';
const CPU_FILE = join(tmpdir(), `duban-bench-cpu-${process.pid}.txt`);

interface Timed {
  /** Median wall time, ms. */
  ms: number;
  /** Median CPU time (user + system) of the process, ms, where GNU time can measure it. */
  cpuMs?: number;
}

/**
 * Runs a command to the end `runs` times after one warm-up: the medians of its wall time and, with
 * GNU time, of its CPU time, which a machine shared with other work disturbs far less. A failure
 * stops the bench rather than timing an error message.
 */
function timeProcess(command: string, args: string[], runs: number, accept: number[] = [0]): Timed {
  const withTime = existsSync(GNU_TIME);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i <= runs; i += 1) {
    const start = performance.now();
    const result = withTime
      ? spawnSync(GNU_TIME, ['-f', '%U %S', '-o', CPU_FILE, command, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
      : spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const wall = performance.now() - start;
    if (!accept.includes(result.status ?? -1)) throw new Error(`bench: ${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i === 0) continue;
    walls.push(wall);
    if (withTime) {
      const [user, system] = readFileSync(CPU_FILE, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
      cpus.push((user + system) * 1000);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  rmSync(CPU_FILE, { force: true });
  return { ms: median(walls), cpuMs: cpus.length === walls.length ? median(cpus) : undefined };
}

const cpu = (timed: Timed) => (timed.cpuMs === undefined ? '' : `，CPU ${timed.cpuMs.toFixed(0)} ms`);

/** `duban lists` with every command module imported first: the start-up before the registry. */
const EAGER = `
const { commands } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'cli', 'commands', 'index.js')).href)});
await Promise.all(commands.map((command) => command.load()));
const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href)});
process.exitCode = await main(['lists'], { stdout: process.stdout, stderr: process.stderr });
`;

export async function run(): Promise<BenchResult[]> {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
    return [{ name: 'CLI 整个进程', ms: 0, note: '未找到 dist/（先运行 npm run build:cli），跳过' }];
  }
  const node = process.execPath;
  const lists = timeProcess(node, [BIN, 'lists'], 10);
  const empty = timeProcess(node, ['-e', '0'], 10);
  const eager = timeProcess(node, ['--input-type=module', '-e', EAGER], 10);
  const results: BenchResult[] = [
    {
      name: '`duban lists`（整个进程，按需加载命令）',
      ms: lists.ms,
      baseline: '启动时加载全部命令（改前的方式）',
      baselineMs: eager.ms,
      note: `CPU：本行 ${lists.cpuMs?.toFixed(0) ?? '未测得'} ms，基线 ${eager.cpuMs?.toFixed(0) ?? '未测得'} ms；空 Node 进程（node -e 0）${empty.ms.toFixed(0)} ms${cpu(empty)}；目标 ≤ 150 ms`,
    },
  ];

  const dir = mkdtempSync(join(tmpdir(), 'duban-bench-cli-'));
  try {
    // The demo's master and the returns its units send back (some late, one twice, one edited).
    timeProcess(node, [BIN, 'demo', '--list', LIST, '--out-dir', dir], 0);
    const base = join(dir, LIST);
    const returned = join(base, 'returned');
    const files = readdirSync(returned).length;
    const args = [BIN, 'consolidate', join(base, 'master.xlsx'), returned, '--period', '2023Q1', '--out', join(dir, 'merged.xlsx'), '--json', join(dir, 'report.json')];
    // Exit 1: the demo's returns hold findings (a duplicate, an edited task), as real ones do.
    const consolidate = timeProcess(node, args, 5, [0, 1]);
    const python = pythonWithOpenpyxl();
    const openpyxl = python ? timeProcess(python, [OPENPYXL_SCAN, returned], 5) : undefined;
    results.push({
      name: `\`duban consolidate\` ${files} 份重点工作填报表（整个进程：读取、校验、写出汇总总表和报告）`,
      ms: consolidate.ms,
      ...(openpyxl === undefined
        ? { note: `${NO_OPENPYXL}${cpu(consolidate)}` }
        : {
            baseline: 'openpyxl 只读模式遍历同一批文件的全部行（Python 整个进程）',
            baselineMs: openpyxl.ms,
            note: `CPU：本行 ${consolidate.cpuMs?.toFixed(0) ?? '未测得'} ms，基线 ${openpyxl.cpuMs?.toFixed(0) ?? '未测得'} ms；目标：快 2× 以上`,
          }),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
