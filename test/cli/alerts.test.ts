/** `duban summarize --today D --json`: the 三色预警 the master's 预警规则 imply, and what an edit there changes. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import { alertMessages, scoringMessages } from '../../src/domain/messages/index.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import type { Summary } from '../../src/domain/summarize/index.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';

let tmp: { path: string; cleanup: () => void };
beforeAll(() => {
  tmp = temporaryDirectory('duban-alerts-');
});
afterAll(() => tmp.cleanup());

const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'], due: '2023-06-30', leaders: ['张三'] })
  .task(2, { units: ['市财政局'], due: '2023-07-10', leaders: ['李四'] })
  .task(3, { units: ['市商务局'], due: '2023-07-25', leaders: ['李四'] })
  .task(4, { units: ['市财政局'], due: '2023-12-31', leaders: ['张三'] })
  .task(5, { units: ['市商务局'], due: '2023-07-06', leaders: ['张三'] })
  .build();
const progress = [
  anEntry('市商务局', 1, '序时推进', '2023Q2'),
  anEntry('市财政局', 1, '已完成', '2023Q2'),
  anEntry('市财政局', 2, '序时推进', '2023Q2'),
  anEntry('市商务局', 3, '未启动', '2023Q2'),
  anEntry('市财政局', 4, '滞后', '2023Q2'),
  anEntry('市商务局', 5, '已完成', '2023Q2'),
];

function summarizeJson(file: string, today: string): Summary {
  const run = runCli(['summarize', file, '--period', '2023Q2', '--today', today, '--json']);
  expect(run.stderr).not.toMatch(/Error|at /);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Summary;
}

const lit = (summary: Summary) => summary.alerts.map((alert) => `${alert.level} ${alert.seq} ${alert.unit} ${alert.status}`);

describe('duban summarize --today', () => {
  it('gives the 红灯/黄灯 the 预警规则 imply, and relights when a rule is edited in the workbook', async () => {
    const file = join(tmp.path, 'master.xlsx');
    writeFileSync(file, await renderWorkbook(buildMasterSpec({ list, directory: aDirectory(['市商务局', '市财政局']), progress, generatedAt: '2023-07-03T00:00:00Z' })));

    // Defaults: 7 days' warning, 滞后 lights red. On 2023-07-03: task 1 is past (市财政局 finished it),
    // task 4 is reported 滞后, task 5 (due in 3 days) is finished, task 2 is due within a week.
    const before = summarizeJson(file, '2023-07-03');
    expect(lit(before)).toEqual(['红灯 1 市商务局 序时推进', '红灯 4 市财政局 滞后', '黄灯 2 市财政局 序时推进']);
    expect(before.alerts[0]).toEqual({ seq: 1, unit: '市商务局', level: '红灯', due: '2023-06-30', status: '序时推进', leaders: ['张三'] });
    expect(before.byUnit.map((row) => [row.unit, row.红灯, row.黄灯])).toEqual([['市商务局', 1, 0], ['市财政局', 1, 1]]);
    expect(before.byLeader.map((row) => [row.leader, row.红灯, row.黄灯])).toEqual([['张三', 2, 0], ['李四', 0, 1]]);

    // The office widens the warning to 30 days and stops lighting 滞后 red, in the workbook itself.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const rules = workbook.getWorksheet(SHEETS.alertRules)!;
    const rowOf = (label: string) => rules.getColumn(1).values.findIndex((value) => value === label);
    rules.getCell(rowOf(alertMessages.labels.warningDays), 2).value = 30;
    rules.getCell(rowOf(alertMessages.labels.laggingRed), 2).value = alertMessages.no;
    const edited = join(tmp.path, 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);

    const after = summarizeJson(edited, '2023-07-03');
    expect(lit(after)).toEqual(['红灯 1 市商务局 序时推进', '黄灯 2 市财政局 序时推进', '黄灯 3 市商务局 未启动']);
    expect(after.byUnit.map((row) => [row.unit, row.红灯, row.黄灯])).toEqual([['市商务局', 1, 1], ['市财政局', 0, 1]]);

    // A later day: everything unfinished and due is red; a finished task never lights.
    const late = summarizeJson(edited, '2024-01-02');
    expect(lit(late)).toEqual(['红灯 1 市商务局 序时推进', '红灯 2 市财政局 序时推进', '红灯 3 市商务局 未启动', '红灯 4 市财政局 滞后']);
  });

  it('names the cell of a rule it cannot read', async () => {
    const file = join(tmp.path, 'broken.xlsx');
    writeFileSync(file, await renderWorkbook(buildMasterSpec({ list, directory: aDirectory(['市商务局', '市财政局']), progress, generatedAt: '2023-07-03T00:00:00Z' })));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet(SHEETS.alertRules)!.getCell('B4').value = '一周';
    await workbook.xlsx.writeFile(file);
    const run = runCli(['summarize', file, '--today', '2023-07-03', '--json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('B4');
    expect(run.stderr).toContain(alertMessages.labels.warningDays);
  });

  it('ranks the units by the 考核规则, shows each score’s items in 排名, and re-ranks when a rule is edited', async () => {
    const file = join(tmp.path, 'ranked.xlsx');
    writeFileSync(file, await renderWorkbook(buildMasterSpec({ list, directory: aDirectory(['市商务局', '市财政局']), progress, period: '2023Q2', generatedAt: '2023-07-03T00:00:00Z' })));
    // 市商务局: 红灯 on task 1 (−2), task 5 finished by its due date (+1) → 99. 市财政局: 红灯 on task 4 (−2) → 98;
    // its support row of task 1 is finished.
    const before = summarizeJson(file, '2023-07-03');
    expect(before.ranking).toEqual([{ unit: '市商务局', score: 99, rank: 1 }, { unit: '市财政局', score: 98, rank: 2 }]);
    const grid = await readWorkbook(file);
    const sheet = grid.sheets.find((candidate) => candidate.name === SHEETS.ranking)!;
    expect(sheet.rows[3].slice(0, 3)).toEqual([1, '市商务局', 99]);
    const detail = sheet.rows.findIndex((row) => row[0] === scoringMessages.detailTitle);
    expect(sheet.rows.slice(detail + 2).map((row) => row.slice(0, 4))).toEqual([
      ['市商务局', 1, scoringMessages.kinds.red, -2],
      ['市商务局', 5, scoringMessages.kinds.closedOnTime, 1],
      ['市财政局', 4, scoringMessages.kinds.red, -2],
    ]);

    // The office makes finishing on time worth 5 points.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const rules = workbook.getWorksheet(SHEETS.scoringRules)!;
    const row = rules.getColumn(1).values.findIndex((value) => value === scoringMessages.labels.closedOnTime);
    rules.getCell(row, 2).value = 5;
    await workbook.xlsx.writeFile(file);
    expect(summarizeJson(file, '2023-07-03').ranking).toEqual([{ unit: '市商务局', score: 103, rank: 1 }, { unit: '市财政局', score: 98, rank: 2 }]);
  });
});
