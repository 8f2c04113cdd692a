/** `duban init` and `duban summarize` run as a user runs them (build first: npm run build:cli). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTaskList, loadUnitDirectory } from '../../src/cli/builtin.js';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import { alertMessages, masterMessages, returnCliMessages, validateMessages } from '../../src/domain/messages/index.js';
import type { ProgressEntry } from '../../src/domain/model/index.js';
import { summarize } from '../../src/domain/summarize/index.js';
import { HEADERS, SHEETS, STATUSES } from '../../src/domain/vocabulary.js';
import { readWorkbook, renderWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

let tmp: { path: string; cleanup: () => void };
beforeAll(() => {
  tmp = temporaryDirectory('duban-init-');
});
afterAll(() => tmp.cleanup());

const at = (name: string) => join(tmp.path, name);

describe('duban init', () => {
  it.each(['tianjin-2023-key-work', 'tianjin-2023-business-environment'])('writes the master workbook of %s with its validation findings', async (id) => {
    const out = at(`${id}.xlsx`);
    const run = runCli(['init', '--list', id, '--out', out, '--date', '2023-08-15']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(masterMessages.written(out));
    const grid = await readWorkbook(out);
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual([
      SHEETS.taskList, SHEETS.breakdown, SHEETS.directory, SHEETS.progress, SHEETS.byUnit, SHEETS.byLeader, SHEETS.findings, SHEETS.alertRules, SHEETS.scoringRules, SHEETS.ranking, SHEETS.review, SHEETS.closure, SHEETS.masterMeta,
    ]);
    const list = loadTaskList(id);
    expect(grid.sheets[0].rows.length - 3).toBe(list.tasks.length);
    // 校验结果 holds what `duban validate` finds in the same sheets.
    const validated = runCli(['validate', out, '--json']);
    const { findings } = JSON.parse(validated.stdout) as { findings: { sheet: string; cell: string; kind: string }[] };
    const rows = grid.sheets.find((sheet) => sheet.name === SHEETS.findings)!.rows.slice(3).filter((row) => row[0]);
    expect(rows.map((row) => `${row[0]}!${row[1]} ${row[2]}`)).toEqual(findings.map((f) => `${f.sheet}!${f.cell} ${validateMessages.kindLabels[f.kind as keyof typeof validateMessages.kindLabels]}`));
    expect(grid.sheets.find((sheet) => sheet.name === SHEETS.findings)!.rows[1][0]).toBe(masterMessages.findingsInfo(findings.length));
  });

  it('writes the same bytes for the same list and date', () => {
    runCli(['init', '--list', 'tianjin-2023-key-work', '--out', at('a.xlsx'), '--date', '2023-08-15']);
    runCli(['init', '--list', 'tianjin-2023-key-work', '--out', at('b.xlsx'), '--date', '2023-08-15']);
    expect(readFileSync(at('a.xlsx')).equals(readFileSync(at('b.xlsx')))).toBe(true);
  });

  it('selects the period given, written as its code', async () => {
    expect(runCli(['init', '--list', 'tianjin-2023-key-work', '--out', at('q3.xlsx'), '--period', '2023年第三季度']).status).toBe(0);
    const grid = await readWorkbook(at('q3.xlsx'));
    expect(grid.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!.rows[1].slice(1, 3)).toEqual(['2023Q3', '2023年第三季度']);
  });

  it('refuses an unknown period, a missing --out or an impossible date with exit code 2 and a Chinese message', () => {
    const badPeriod = runCli(['init', '--list', 'tianjin-2023-key-work', '--out', at('x.xlsx'), '--period', '2023Q5']);
    expect(badPeriod.status).toBe(2);
    expect(badPeriod.stderr).toContain(returnCliMessages.badPeriod('2023Q5'));
    const noOut = runCli(['init', '--list', 'tianjin-2023-key-work']);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const badDate = runCli(['init', '--list', 'tianjin-2023-key-work', '--out', at('x.xlsx'), '--date', '2023-02-30']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain(masterMessages.impossibleDate('2023-02-30'));
    expect(badDate.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('duban summarize', () => {
  const list = loadTaskList('tianjin-2023-key-work');
  const directory = loadUnitDirectory();
  const progress: ProgressEntry[] = list.tasks.flatMap((task, i) =>
    task.units.slice(0, 1).map((unit) => ({ period: i % 2 ? '2023Q2' : '2023Q1', unit: unit.name, seq: task.seq, status: STATUSES[i % 4], text: '进展', sourceFile: '' })),
  );
  let master: string;
  beforeAll(async () => {
    master = at('with-progress.xlsx');
    writeFileSync(master, await renderWorkbook(buildMasterSpec({ list, directory, progress, generatedAt: '2023-08-15T00:00:00Z' })));
  });

  it('prints the summary JSON alone on stdout with --json, for the latest period by default', () => {
    const run = runCli(['summarize', master, '--json', '--today', '2023-07-01']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(summarize({ list, directory, progress, period: '2023Q2', today: '2023-07-01' }));
    // The lights of every period, beside the contract's fields: Q2 ended the day before --today, so on its last day.
    const { lightsByPeriod } = JSON.parse(run.stdout) as { lightsByPeriod: { period: string; asOf: string }[] };
    expect(Object.keys(lightsByPeriod[0])).toEqual(['period', 'label', 'asOf', '红灯', '黄灯']);
    expect(lightsByPeriod.at(-1)).toMatchObject({ period: '2023Q2', asOf: '2023-06-30' });
    expect(run.stderr).toContain(masterMessages.periodUsed('2023Q2', '2023年第二季度'));
  });

  it('lists the 8 leaders of the key-work list with their task counts', () => {
    const { byLeader } = JSON.parse(runCli(['summarize', master, '--json', '--period', '2023Q1']).stdout) as { byLeader: { leader: string; tasks: number }[] };
    expect(byLeader).toHaveLength(8);
    for (const row of byLeader) expect(row.tasks).toBe(list.tasks.filter((task) => task.leaders.includes(row.leader)).length);
  });

  it('writes the JSON file and the printable summary workbook when asked', async () => {
    const run = runCli(['summarize', master, '--out', at('summary.xlsx'), '--json', at('summary.json'), '--period', '2023Q1', '--today', '2023-07-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const json = JSON.parse(readFileSync(at('summary.json'), 'utf8'));
    expect(json).toEqual(summarize({ list, directory, progress, period: '2023Q1', today: '2023-07-01' }));
    expect(Object.keys(json.byUnit[0])).toEqual(['unit', 'tasks', 'lead', '已完成', '序时推进', '滞后', '未启动', '未报送', '逾期', '红灯', '黄灯']);
    const grid = await readWorkbook(at('summary.xlsx'));
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual([masterMessages.summaryByUnitSheet, masterMessages.summaryByLeaderSheet, alertMessages.list.sheet, SHEETS.ranking]);
    expect(grid.sheets[0].rows[2].slice(0, 9)).toEqual(HEADERS.summaryByUnit.slice(0, 9));
    expect(grid.sheets[0].rows[3].slice(0, 2)).toEqual([json.byUnit[0].unit, json.byUnit[0].tasks]);
  });

  it('says which file is not a master workbook, with exit code 2', async () => {
    const other = at('summary.xlsx');
    const run = runCli(['summarize', other, '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(other);
    expect(run.stderr).toContain(masterMessages.notMaster);
  });
});
