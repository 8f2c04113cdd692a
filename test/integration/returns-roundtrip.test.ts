/**
 * The whole cycle on both built-in lists, through the CLI as a user runs it: init → distribute →
 * every unit fills its return (ExcelJS, as Excel would) → consolidate → summarize. Every status filled
 * in appears in 进展汇总 and in the summary counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMaster } from '../../src/domain/master/index.js';
import { parseTaskList, parseUnitDirectory } from '../../src/domain/model/index.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution, type ConsolidationReport } from '../../src/domain/returns/index.js';
import type { Summary } from '../../src/domain/summarize/index.js';
import { STATUSES, type Status } from '../../src/domain/vocabulary.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { projectRoot, runCli, temporaryDirectory } from '../helpers/cli.js';
import { fillReturnFile } from '../helpers/returns-files.js';

const seeds = join(projectRoot, 'seeds');
const directory = parseUnitDirectory(JSON.parse(readFileSync(join(seeds, 'units.json'), 'utf8')));

describe.each(['tianjin-2023-key-work', 'tianjin-2023-business-environment'])('round trip on %s', (listId) => {
  const list = parseTaskList(JSON.parse(readFileSync(join(seeds, `${listId}.json`), 'utf8')));
  const plan = planDistribution({ list, directory, period: parsePeriod('2023Q2')! });
  let tmp: { path: string; cleanup: () => void };
  /** unit × seq → the status its return was filled with. */
  const filled = new Map<string, Status>();

  beforeAll(async () => {
    tmp = temporaryDirectory('duban-roundtrip-');
    const master = join(tmp.path, 'master.xlsx');
    expect(runCli(['init', '--list', listId, '--out', master]).status).toBe(0);
    const distributed = runCli(['distribute', master, '--period', '2023Q2', '--out-dir', join(tmp.path, 'returns')]);
    expect(distributed.status).toBe(0);
    for (const [index, planned] of plan.returns.entries()) {
      const units = new Map(planned.tasks.map((task) => [task.seq, task.unitName]));
      await fillReturnFile(join(tmp.path, 'returns', planned.fileName), (seq) => {
        const status = STATUSES[(seq + index) % STATUSES.length];
        filled.set(`${units.get(seq)}/${seq}`, status);
        return { status, text: `${planned.unit}第${seq}项：${status}。`, problems: index % 3 === 0 ? '无' : undefined };
      });
    }
  });

  afterAll(() => tmp.cleanup());

  test('distribute writes one return per planned unit', () => {
    expect(readdirSync(join(tmp.path, 'returns')).sort()).toEqual(plan.returns.map((r) => r.fileName).sort());
    expect(filled.size).toBe(plan.returns.reduce((sum, r) => sum + r.tasks.length, 0));
  });

  test('consolidate takes every row of every return and exits 0', async () => {
    const run = runCli(['consolidate', join(tmp.path, 'master.xlsx'), join(tmp.path, 'returns'), '--period', '2023Q2', '--out', join(tmp.path, 'merged.xlsx'), '--json']);
    const report = JSON.parse(run.stdout) as ConsolidationReport;
    expect(report).toMatchObject({ filesRead: plan.returns.length, filesRejected: [], unitsMissing: [], rowsRejected: [], duplicates: [], tampered: [] });
    expect(report.rowsAccepted).toBe(filled.size);
    expect(run.status).toBe(0);

    const { progress } = readMaster(await readWorkbook(join(tmp.path, 'merged.xlsx')));
    const got = new Map(progress.filter((e) => e.period === '2023Q2').map((e) => [`${e.unit}/${e.seq}`, e.status]));
    expect(got).toEqual(filled);
  });

  test('summarize counts every filled status for its unit', () => {
    const run = runCli(['summarize', join(tmp.path, 'merged.xlsx'), '--period', '2023Q2', '--json']);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    const expected = new Map<string, Record<Status, number>>();
    for (const [key, status] of filled) {
      const unit = key.slice(0, key.lastIndexOf('/'));
      const counts = expected.get(unit) ?? { 已完成: 0, 序时推进: 0, 滞后: 0, 未启动: 0 };
      counts[status] += 1;
      expected.set(unit, counts);
    }
    for (const [unit, counts] of expected) {
      const row = summary.byUnit.find((candidate) => candidate.unit === unit);
      expect({ unit, ...counts }).toEqual({ unit, 已完成: row?.已完成, 序时推进: row?.序时推进, 滞后: row?.滞后, 未启动: row?.未启动 });
      expect(row?.未报送).toBe(0);
    }
  });
});
