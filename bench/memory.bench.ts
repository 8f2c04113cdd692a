/**
 * Peak memory of the CLI as a user runs it (`bin/duban.js`, a separate process, worker threads
 * included): consolidating returns with a 1 GiB decompression bomb among them, and `init` /
 * `consolidate` on a 20,000-task list (about 105 units, each returning a few hundred rows). The goal
 * is 512 MB for each. DUBAN_BIN=<path to another checkout's bin/duban.js> measures that build
 * instead, for a before/after comparison on the same machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadUnitDirectory } from '../src/cli/builtin.js';
import { TaskListSchema } from '../src/domain/model/index.js';
import { hostileReturn } from '../test/helpers/hostile.js';
import type { BenchResult } from './harness.js';

const BIN = process.env.DUBAN_BIN ? resolve(process.env.DUBAN_BIN) : resolve(import.meta.dirname, '..', 'bin', 'duban.js');
const TASKS = 20_000;
const GOAL_MB = 512;

interface Measured {
  ms: number;
  /** Peak resident memory of the whole process, MB; undefined when it could not be measured. */
  peakMb?: number;
  status: number | null;
  stderr: string;
}

/**
 * Runs the CLI and measures its peak resident set: with GNU time where there is one (it sees a
 * process that crashes too), else with a preloaded module that reports process.resourceUsage()
 * at exit.
 */
function runMeasured(args: string[]): Measured {
  const start = performance.now();
  const gnuTime = existsSync('/usr/bin/time');
  const out = join(tmpdir(), `duban-bench-rss-${process.pid}.txt`);
  rmSync(out, { force: true });
  const report = `import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(${JSON.stringify(out)},String(process.resourceUsage().maxRSS)))`;
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const commandArgs = gnuTime
    ? ['-f', '%M', '-o', out, process.execPath, BIN, ...args]
    : [`--import=data:text/javascript,${encodeURIComponent(report)}`, BIN, ...args];
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, timeout: 600_000 });
  const ms = performance.now() - start;
  let peakMb: number | undefined;
  if (existsSync(out)) {
    const kb = Number(/(\d+)\s*$/.exec(readFileSync(out, 'utf8').trim())?.[1]);
    if (Number.isFinite(kb) && kb > 0) peakMb = Math.round(kb / 1024);
    rmSync(out, { force: true });
  }
  return { ms, peakMb, status: run.status, stderr: run.stderr ?? '' };
}

/** 20,000 tasks over the built-in unit directory: each led by one unit and supported by up to two. */
function largeList(): unknown {
  const units = loadUnitDirectory().units.filter((unit) => unit.kind === 'unit').map((unit) => unit.name);
  const unit = (i: number) => units[i % units.length];
  return TaskListSchema.parse({
    id: 'bench-20000', title: '基准测试：两万项任务清单', issuer: '基准', issuedOn: '2023-01-01', year: 2023, source: 'bench',
    reporting: { schedule: 'quarterly', deadlines: ['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10'] },
    tasks: Array.from({ length: TASKS }, (_, i) => ({
      seq: i + 1, category: `第${(i % 40) + 1}类`, content: `第${i + 1}项重点工作：推进重点项目建设，完善配套政策，确保年底前完成既定目标。`,
      deadline: { text: '年底前完成', milestones: [{ due: '2023-12-31', kind: 'complete' }] },
      leaders: [`${'甲乙丙丁戊己庚辛'[i % 8]}副市长`],
      units: Array.from({ length: 1 + (i % 3) }, (_, k) => ({ name: unit(i * 7 + k * 13), role: k === 0 ? 'lead' : 'support' })),
    })),
  });
}

function mb(measured: Measured): string {
  return measured.peakMb === undefined ? '未测得' : `${measured.peakMb} MB`;
}

function verdict(measured: Measured): string {
  if (measured.status === null || measured.status > 2 || /heap out of memory|Check failed|Fatal error/i.test(measured.stderr)) return '进程崩溃';
  if (measured.peakMb === undefined) return '';
  return measured.peakMb <= GOAL_MB ? `目标 ≤ ${GOAL_MB} MB，达到` : `目标 ≤ ${GOAL_MB} MB，未达到`;
}

function result(name: string, measured: Measured, note: string): BenchResult {
  return { name, ms: measured.ms, peakMb: measured.peakMb, note: [`峰值内存 ${mb(measured)}`, verdict(measured), note].filter(Boolean).join('；') };
}

function mustSucceed(step: string, measured: Measured): void {
  if (measured.status !== 0 && measured.status !== 1) throw new Error(`bench: ${step} exited ${measured.status}: ${measured.stderr.slice(-800)}`);
}

export async function run(): Promise<BenchResult[]> {
  const dir = join(tmpdir(), `duban-bench-memory-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const results: BenchResult[] = [];
  try {
    // A 1 GiB bomb among the returns of the built-in key-work list.
    const small = join(dir, 'small');
    const smallReturns = join(small, 'returns');
    mkdirSync(smallReturns, { recursive: true });
    const smallMaster = join(small, 'master.xlsx');
    mustSucceed('init (key-work)', runMeasured(['init', '--list', 'tianjin-2023-key-work', '--out', smallMaster]));
    mustSucceed('distribute (key-work)', runMeasured(['distribute', smallMaster, '--period', '2023Q1', '--out-dir', smallReturns]));
    const [victim] = readdirSync(smallReturns).filter((name) => name.endsWith('.xlsx')).sort();
    const bomb = await hostileReturn(readFileSync(join(smallReturns, victim)), 'bomb', { bombBytes: 2 ** 30 });
    writeFileSync(join(smallReturns, victim), bomb);
    const bombed = runMeasured(['consolidate', smallMaster, smallReturns, '--period', '2023Q1', '--out', join(small, 'merged.xlsx'), '--json', join(small, 'report.json')]);
    const rejected = existsSync(join(small, 'report.json'))
      ? (JSON.parse(readFileSync(join(small, 'report.json'), 'utf8')) as { filesRejected: { file: string; reason: string }[] }).filesRejected.find((item) => item.file === victim)
      : undefined;
    results.push(result(
      `consolidate：${readdirSync(smallReturns).length} 份填报表中有 1 个 1 GiB 解压炸弹（文件 ${(bomb.length / 2 ** 20).toFixed(1)} MiB）`,
      bombed,
      rejected ? `炸弹被拒：${rejected.reason.slice(0, 24)}…` : '炸弹未被单独拒收',
    ));

    // The 20,000-task list: init, distribute, consolidate.
    const large = join(dir, 'large');
    const largeReturns = join(large, 'returns');
    mkdirSync(largeReturns, { recursive: true });
    const listPath = join(large, 'list.json');
    writeFileSync(listPath, JSON.stringify(largeList()));
    const master = join(large, 'master.xlsx');
    const init = runMeasured(['init', '--list', listPath, '--out', master]);
    mustSucceed('init (20,000 tasks)', init);
    results.push(result(`init：${TASKS.toLocaleString('en-US')} 项任务清单生成督办总表`, init, `总表 ${(readFileSync(master).length / 2 ** 20).toFixed(1)} MiB`));
    const distribute = runMeasured(['distribute', master, '--period', '2023Q1', '--out-dir', largeReturns]);
    mustSucceed('distribute (20,000 tasks)', distribute);
    const consolidate = runMeasured(['consolidate', master, largeReturns, '--period', '2023Q1', '--out', join(large, 'merged.xlsx'), '--json', join(large, 'report.json')]);
    mustSucceed('consolidate (20,000 tasks)', consolidate);
    results.push(result(
      `consolidate：${TASKS.toLocaleString('en-US')} 项任务、${readdirSync(largeReturns).length} 份填报表`,
      consolidate,
      `distribute 峰值 ${mb(distribute)}`,
    ));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
