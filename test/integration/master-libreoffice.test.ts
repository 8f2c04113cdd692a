/**
 * The summaries are live formulas: headless LibreOffice opens masters holding progress rows,
 * recalculates them (the cached results are poisoned first, so only a real recalculation can pass),
 * and the values it writes back must equal `summarize` for the same master and day.
 * Without soffice the test says so loudly, and fails on CI.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadTaskList, loadUnitDirectory } from '../../src/cli/builtin.js';
import type { SheetGrid } from '../../src/domain/grid.js';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import type { AlertRules } from '../../src/domain/alerts/index.js';
import type { Review } from '../../src/domain/master/index.js';
import { masterMessages, reviewMessages } from '../../src/domain/messages/index.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../../src/domain/model/index.js';
import { assignmentsOf } from '../../src/domain/assignments/index.js';
import { COUNT_KEYS, LEADER_KEYS, summarize, type Summary } from '../../src/domain/summarize/index.js';
import { SHEETS, STATUSES } from '../../src/domain/vocabulary.js';
import { readWorkbook, renderWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { describeWithLibreOffice, poisoned, recalculated } from '../helpers/recalc.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';


const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar day, as TODAY() in LibreOffice sees it. */
function localDay(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Progress for two of every three reporting units of every task, statuses in turn, over two quarters. */
function progressFor(list: TaskList, directory: UnitDirectory): ProgressEntry[] {
  const entries: ProgressEntry[] = [];
  let i = 0;
  for (const assignment of assignmentsOf(list, directory)) {
    for (const unit of assignment.reporters) {
      i += 1;
      if (i % 3 === 0) continue;
      entries.push({ period: i % 5 === 0 ? '2023Q1' : '2023Q2', unit, seq: assignment.seq, status: STATUSES[i % 4], text: `第${i}条`, sourceFile: '' });
    }
  }
  return entries;
}


interface Case {
  name: string;
  list: TaskList;
  directory: UnitDirectory;
  progress: ProgressEntry[];
  period: string;
  alertRules?: AlertRules;
  reviews?: Review[];
}

function cases(): Case[] {
  const directory = loadUnitDirectory();
  const keyWork = loadTaskList('tianjin-2023-key-work');
  const business = loadTaskList('tianjin-2023-business-environment');
  // Due dates around the real today, so both sides of TODAY() are exercised.
  const near = aList()
    .task(1, { leaders: ['张三', '李四'], units: ['市商务局', '+各区人民政府'], due: localDay(-10) })
    .task(2, { leaders: ['李四'], units: ['和平区人民政府', '+市商务局'], due: localDay(10) })
    .task(3, { leaders: ['王五'], units: ['市商务局'], due: localDay(0) })
    .task(4, { leaders: ['张三'], units: ['市商务局'], due: null })
    .task(5, { leaders: ['王五'], units: ['市商务局', '+和平区人民政府'], due: localDay(3) })
    .task(6, { leaders: ['李四'], units: ['市商务局'], due: localDay(100) })
    .build();
  const nearDirectory = aDirectory(['市商务局'], ['和平区人民政府', '河西区人民政府']);
  const nearProgress = [
    anEntry('市商务局', 1, '已完成'), anEntry('和平区人民政府', 1, '滞后'), anEntry('河西区人民政府', 1, '已完成'),
    anEntry('市商务局', 2, '序时推进'), anEntry('市商务局', 3, '未启动'), anEntry('市商务局', 3, '已完成', '2023Q2'),
    anEntry('市商务局', 4, '滞后'), anEntry('市商务局', 5, '滞后'), anEntry('和平区人民政府', 5, '已完成'), anEntry('市商务局', 6, '未启动'),
  ];
  return [
    { name: 'key-work', list: keyWork, directory, progress: progressFor(keyWork, directory), period: '2023Q2' },
    { name: 'business', list: business, directory, progress: progressFor(business, directory), period: '2023Q1' },
    {
      name: 'near',
      list: near,
      directory: nearDirectory,
      progress: nearProgress,
      period: '2023Q1',
      reviews: [{ period: '2023Q1', unit: '和平区人民政府', seq: 1, result: '退回修改', reason: '未说明滞后原因' }, { period: '2023Q1', unit: '市商务局', seq: 2, result: '通过', reason: '' }],
    },
    // The office widened the window to 12 days, turned 滞后 → 红灯 off and warns 未启动 after 10% of the time.
    {
      name: 'near-rules',
      list: near,
      directory: nearDirectory,
      progress: nearProgress,
      period: '2023Q1',
      alertRules: { warningDays: 12, laggingRed: false, idlePercent: 10, start: localDay(-200) },
    },
  ];
}

function rowsOf(sheet: SheetGrid, names: string[], width: number) {
  return names.map((_, i) => sheet.rows[3 + i].slice(0, width));
}

function expectedRows(summary: Summary) {
  return {
    byUnit: summary.byUnit.map((row) => [row.unit, ...COUNT_KEYS.map((key) => row[key])]),
    byLeader: summary.byLeader.map((row) => [row.leader, ...LEADER_KEYS.map((key) => row[key])]),
  };
}

const UNIT_WIDTH = 1 + COUNT_KEYS.length;
const LEADER_WIDTH = 1 + LEADER_KEYS.length;

describeWithLibreOffice('the master’s summary formulas, recalculated by LibreOffice', () => {

  let tmp: { path: string; cleanup: () => void };
  const all = cases();
  let before = '';
  let after = '';
  const converted = new Map<string, string>();

  beforeAll(async () => {
    tmp = temporaryDirectory('duban-lo-');
    const inputs: string[] = [];
    for (const item of all) {
      const spec = buildMasterSpec({ list: item.list, directory: item.directory, progress: item.progress, period: item.period, generatedAt: '2023-08-15T00:00:00Z', alertRules: item.alertRules, reviews: item.reviews });
      const path = join(tmp.path, `${item.name}.xlsx`);
      writeFileSync(path, await renderWorkbook(poisoned(spec)));
      inputs.push(path);
    }
    before = localDay();
    const out = recalculated(inputs, tmp.path);
    after = localDay();
    for (const item of all) converted.set(item.name, join(out, `${item.name}.xlsx`));
  }, 200_000);

  afterAll(() => tmp?.cleanup());

  it.each(all.map((item) => [item.name, item] as const))('gives the same per-unit and per-leader counts as summarize (%s)', async (_name, item) => {
    const file = converted.get(item.name)!;
    expect(existsSync(file)).toBe(true);
    const grid = await readWorkbook(file);
    const byUnit = grid.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
    const byLeader = grid.sheets.find((sheet) => sheet.name === SHEETS.byLeader)!;
    const days = [...new Set([before, after])];
    const matches = days.some((today) => {
      const expected = expectedRows(summarize({ list: item.list, directory: item.directory, progress: item.progress, period: item.period, today, rules: item.alertRules }));
      const actual = { byUnit: rowsOf(byUnit, expected.byUnit.map(String), UNIT_WIDTH), byLeader: rowsOf(byLeader, expected.byLeader.map(String), LEADER_WIDTH) };
      return JSON.stringify(actual) === JSON.stringify(expected);
    });
    if (!matches) {
      const expected = expectedRows(summarize({ list: item.list, directory: item.directory, progress: item.progress, period: item.period, today: after, rules: item.alertRules }));
      expect(rowsOf(byUnit, expected.byUnit.map(String), UNIT_WIDTH)).toEqual(expected.byUnit);
      expect(rowsOf(byLeader, expected.byLeader.map(String), LEADER_WIDTH)).toEqual(expected.byLeader);
    }
    expect(byUnit.rows[1][1]).toBe(item.period);
  });

  it('the recalculated formulas equal what `duban summarize --json` prints for the same master', async () => {
    const item = all.find((candidate) => candidate.name === 'key-work')!;
    const file = converted.get(item.name)!;
    const run = runCli(['summarize', file, '--period', item.period, '--today', after, '--json']);
    expect(run.status).toBe(0);
    const expected = expectedRows(JSON.parse(run.stdout) as Summary);
    const grid = await readWorkbook(file);
    const byUnit = grid.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
    const byLeader = grid.sheets.find((sheet) => sheet.name === SHEETS.byLeader)!;
    expect(expected.byLeader).toHaveLength(8);
    expect(rowsOf(byUnit, expected.byUnit.map(String), UNIT_WIDTH)).toEqual(expected.byUnit);
    expect(rowsOf(byLeader, expected.byLeader.map(String), LEADER_WIDTH)).toEqual(expected.byLeader);
  });

  it.each(all.map((item) => [item.name, item] as const))('counts the lights of every period on its last day as summarize does (%s)', async (_name, item) => {
    const grid = await readWorkbook(converted.get(item.name)!);
    const byUnit = grid.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
    const header = byUnit.rows.findIndex((row) => row[0] === masterMessages.trend.headers[0] && row[1] === masterMessages.trend.headers[1]);
    expect(header).toBeGreaterThan(3);
    const expected = summarize({ list: item.list, directory: item.directory, progress: item.progress, period: item.period, today: after, rules: item.alertRules }).lightsByPeriod;
    expect(expected.length).toBeGreaterThan(0);
    const actual = byUnit.rows.slice(header + 1, header + 1 + expected.length).map((row) => row.slice(0, 3));
    expect(actual).toEqual(expected.map((row) => [row.label, row.红灯, row.黄灯]));
  });

  it('exercises overdue counts on both sides of today', async () => {
    const grid = await readWorkbook(converted.get('near')!);
    const byUnit = grid.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
    // 市商务局: task 1 is past and completed, task 2 is not yet due, task 3 is due today, task 4 is ongoing → 0.
    // 河西区人民政府 completed task 1; 和平区人民政府 reported it lagging → 1 (task 2 is not yet due).
    expect(byUnit.rows.slice(3, 6).map((row) => [row[0], row[8]])).toEqual([['市商务局', 0], ['和平区人民政府', 1], ['河西区人民政府', 0]]);
  });

  it('lights 红灯 and 黄灯 by the 预警规则 cells, and an edited rule relights them', async () => {
    const lights = async (name: string) => {
      const grid = await readWorkbook(converted.get(name)!);
      const byUnit = grid.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
      return byUnit.rows.slice(3, 6).map((row) => [row[0], row[9], row[10]]);
    };
    // Defaults (7 days, 滞后 lights red, no idle rule). 市商务局: 4 and 5 reported 滞后 → 2 red; 3 due today but
    // done in 2023Q2 only, reported 未启动 in 2023Q1 → yellow; 2 (+10 days) and 6 (+100 days) unlit.
    // 和平区: 1 past and 滞后 → red; 2 (+10, unreported) unlit; 5 done. 河西区: 1 done.
    expect(await lights('near')).toEqual([['市商务局', 2, 1], ['和平区人民政府', 1, 0], ['河西区人民政府', 0, 0]]);
    // 12 days, 滞后 not red, 未启动 after 10% of the time: 市商务局 2, 3, 5 yellow by date, 6 idle, 4 (no due) unlit;
    // 和平区 2 (unreported, +10) now yellow.
    expect(await lights('near-rules')).toEqual([['市商务局', 0, 4], ['和平区人民政府', 1, 1], ['河西区人民政府', 0, 0]]);
  });

  it('lights 按领导汇总 by task × unit while its other counts take each task once', async () => {
    const grid = await readWorkbook(converted.get('near')!);
    const byLeader = grid.sheets.find((sheet) => sheet.name === SHEETS.byLeader)!;
    const red = LEADER_KEYS.indexOf('红灯') + 1;
    // 张三: task 1 (和平区 滞后, past) and task 4 (市商务局 滞后) red. 李四: task 1 (和平区) red; 2 and 6 unlit.
    // 王五: task 5 (市商务局 滞后) red, task 3 (due today, 未启动 in 2023Q1) yellow.
    expect(byLeader.rows.slice(3, 6).map((row) => [row[0], row[1], row[red], row[red + 1]])).toEqual([['张三', 2, 2, 0], ['李四', 3, 1, 0], ['王五', 2, 1, 1]]);
  });

  it('writes the 退回通知 of a row sent back in 审核 by formula, and nothing for a row passed', async () => {
    const grid = await readWorkbook(converted.get('near')!);
    const rows = grid.sheets.find((sheet) => sheet.name === SHEETS.review)!.rows.slice(3);
    const notice = (unit: string, seq: number) => rows.find((row) => row[1] === unit && row[2] === seq)?.[7] ?? null;
    expect(notice('和平区人民政府', 1)).toBe(reviewMessages.sendBack('和平区人民政府', 1, '2023年第一季度', '未说明滞后原因'));
    expect(notice('市商务局', 2)).toBeNull();
  });

  it('converts cleanly: ExcelJS loads what LibreOffice wrote', async () => {
    for (const file of converted.values()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.getWorksheet(SHEETS.byUnit)).toBeDefined();
    }
  });
});
