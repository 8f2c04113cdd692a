/**
 * `duban consolidate master.xlsx in/ --period 2023Q1 --out merged.xlsx --json report.json` with one
 * hostile return among good ones, for every hostile file we can build (test/helpers/hostile.ts), then
 * all of them at once: the run completes, the good returns are merged exactly as without the hostile
 * file, the hostile file is named with its own reason, and the run stays under 10 s and 512 MB.
 * Runs the built CLI (npm test builds it), whose worker threads read the returns.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution, type ConsolidationReport } from '../../src/domain/returns/index.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { HOSTILE_KINDS, HOSTILE_REASONS, hostileReturn, type HostileKind } from '../helpers/hostile.js';
import { runCliMeasured, type MeasuredRun } from '../helpers/measure.js';
import { aReturn } from '../helpers/returns.js';
import { writeMaster } from '../helpers/returns-files.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

const list = aTestList();
const directory = aTestDirectory();
const plan = planDistribution({ list, directory, period: parsePeriod('2023Q1')! });
/** The unit whose return is hostile: its good return is not among the others. */
const VICTIM = '市政务服务办';
const MAX_MS = 10_000;
const MAX_MB = 512;

let tmp: { path: string; cleanup: () => void };
let master: string;
let goods: string;
let victimFile: string;
let victimBytes: Buffer;
let baseline: ConsolidationReport;

function consolidate(name: string, inputs: string): { run: MeasuredRun; report: ConsolidationReport; merged: string } {
  const merged = join(tmp.path, `${name}.merged.xlsx`);
  const reportPath = join(tmp.path, `${name}.report.json`);
  const run = runCliMeasured(['consolidate', master, inputs, '--period', '2023Q1', '--out', merged, '--json', reportPath]);
  expect(run.stderr).not.toMatch(/程序内部错误|heap out of memory|Check failed/);
  expect(existsSync(reportPath)).toBe(true);
  return { run, report: JSON.parse(readFileSync(reportPath, 'utf8')) as ConsolidationReport, merged };
}

function folderWith(name: string, hostile: Map<string, Buffer>): string {
  const dir = join(tmp.path, name);
  mkdirSync(dir);
  for (const good of readdirSync(goods)) copyFileSync(join(goods, good), join(dir, good));
  for (const [file, bytes] of hostile) writeFileSync(join(dir, file), bytes);
  return dir;
}

function expectReason(reason: string | undefined, kind: HostileKind): void {
  const expected = HOSTILE_REASONS[kind];
  if (typeof expected === 'string') expect(reason).toBe(expected);
  else expect(reason).toMatch(expected);
}

beforeAll(async () => {
  tmp = temporaryDirectory('duban-hostile-');
  master = join(tmp.path, 'master.xlsx');
  await writeMaster(master, list, directory);
  goods = join(tmp.path, 'goods');
  mkdirSync(goods);
  for (const planned of plan.returns) {
    const bytes = await aReturn(plan).forUnit(planned.unit).withStatus('已完成').toXlsx();
    if (planned.unit === VICTIM) {
      victimFile = planned.fileName;
      victimBytes = bytes;
    } else {
      writeFileSync(join(goods, planned.fileName), bytes);
    }
  }
  baseline = consolidate('baseline', goods).report;
  expect(baseline.filesRejected).toEqual([]);
  expect(baseline.unitsMissing).toEqual([VICTIM]);
});

afterAll(() => tmp.cleanup());

test.each(HOSTILE_KINDS)('%s among good returns: the run completes, the good returns merge, the file is named with its reason', async (kind) => {
  const dir = folderWith(kind, new Map([[victimFile, await hostileReturn(victimBytes, kind)]]));
  const { run, report, merged } = consolidate(kind, dir);
  expect(run.status).toBe(1);
  expect(report.filesRejected).toHaveLength(1);
  expect(report.filesRejected[0].file).toBe(victimFile);
  expectReason(report.filesRejected[0].reason, kind);
  expect(report.filesRejected[0].reason).not.toMatch(/文件已损坏，无法打开（压缩结构/);
  // Everything else as without the hostile file (entries name the folder given, so they are compared apart).
  expect({ ...report, filesRead: report.filesRead - 1, filesRejected: [], entries: [] }).toEqual({ ...baseline, entries: [] });
  expect(report.entries.find((entry) => entry.file === victimFile)).toMatchObject({ outcome: 'rejected', reason: report.filesRejected[0].reason });
  expect(existsSync(merged)).toBe(true);
  expect(run.ms).toBeLessThan(MAX_MS);
  expect(run.peakMb).toBeLessThan(MAX_MB);
});

test('every hostile file at once, each under its own name: all named, the good returns merged, under the limits', async () => {
  const hostile = new Map<string, Buffer>();
  for (const kind of HOSTILE_KINDS) hostile.set(`${VICTIM}-${kind}.xlsx`, await hostileReturn(victimBytes, kind));
  const dir = folderWith('all', hostile);
  const { run, report } = consolidate('all', dir);
  expect(run.status).toBe(1);
  expect(report.filesRejected.map((item) => item.file).sort()).toEqual([...hostile.keys()].sort());
  for (const kind of HOSTILE_KINDS) expectReason(report.filesRejected.find((item) => item.file === `${VICTIM}-${kind}.xlsx`)?.reason, kind);
  expect(report.rowsAccepted).toBe(baseline.rowsAccepted);
  expect(report.unitsReturned).toEqual(baseline.unitsReturned);
  expect(run.ms).toBeLessThan(MAX_MS * 2);
  expect(run.peakMb).toBeLessThan(MAX_MB);
});
