import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appMessages, validateMessages } from '../../src/domain/messages/index.js';
import { FINDING_KINDS } from '../../src/domain/validate/index.js';
import { HEADERS, SHEETS } from '../../src/domain/vocabulary.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

type Row = (string | number | null)[];

/** 任务清单 with a title row above the header, and 责任分解 one row per task × unit. */
function taskRows(): Row[] {
  return [
    ['2023年重点工作任务清单'],
    [],
    [...HEADERS.taskList],
    [1, '科技创新', '设立天使子基金', '年底前完成', '朱鹏', '市科技局', '市财政局'],
    [2, '对外开放', '办好重大展会', '9月底前完成', '刘桂平', '市商务局', ''],
    [3, '民生', '改造供热和燃气旧管网', '供热旧管网改造10月底前完成；燃气旧管网改造年底前完成', '刘桂平', '市住房城乡建设委', '市发展改革委'],
    [4, '改革', '深化国企改革', '年底前取得明显进展', '朱鹏', '市国资委', ''],
  ];
}

function breakdownRows(): Row[] {
  return [
    [...HEADERS.breakdown],
    [1, '市科技局', '牵头', '朱鹏', '2023年底前完成', '', '', ''],
    [1, '市财政局', '配合', '朱鹏', '2023年底前完成', '', '', ''],
    [2, '市商务局', '牵头', '刘桂平', '2023年9月底前完成', '2023Q1', '序时推进', '正在筹备'],
    [3, '市住房城乡建设委', '牵头', '刘桂平', '2023年底前完成', '', '', ''],
    [3, '市发展改革委', '配合', '刘桂平', '2023年底前完成', '', '', ''],
    [4, '市国资委', '牵头', '朱鹏', '2023年底前完成', '', '', ''],
  ];
}

async function writeWorkbook(path: string, sheets: Record<string, Row[]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(path);
}

describe('duban validate', () => {
  const tmp = temporaryDirectory();
  afterAll(() => tmp.cleanup());

  test('a clean workbook exits 0 with no findings and every count zero', async () => {
    const file = join(tmp.path, 'clean.xlsx');
    await writeWorkbook(file, { [SHEETS.taskList]: taskRows(), [SHEETS.breakdown]: breakdownRows() });
    const run = runCli(['validate', file, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ findings: [], counts: Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) });
  });

  test('planted errors are found with their cells and suggestions, and the exit code is 1', async () => {
    const tasks = taskRows();
    tasks[3][5] = '市科技局、市科技局'; // F4
    tasks[4][5] = '市发改委'; // F5
    tasks[5][3] = '2023年2月30日前完成'; // D6
    tasks[6][5] = ''; // F7
    const breakdown = breakdownRows();
    breakdown[2][1] = '市财政厅'; // B3
    breakdown[3][6] = '完成'; // G4
    breakdown[6][3] = '朱朋'; // D7
    const file = join(tmp.path, 'planted.xlsx');
    await writeWorkbook(file, { [SHEETS.taskList]: tasks, [SHEETS.breakdown]: breakdown });
    const run = runCli(['validate', file, '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: Record<string, string>) => [f.sheet, f.cell, f.kind, f.value, f.suggestion])).toEqual([
      [SHEETS.taskList, 'F4', 'duplicate-unit-in-cell', '市科技局', '市科技局'],
      [SHEETS.taskList, 'F5', 'alias-unit', '市发改委', '市发展改革委'],
      [SHEETS.taskList, 'D6', 'impossible-date', '2023年2月30日前完成', '2023年2月28日前完成'],
      [SHEETS.taskList, 'F7', 'lead-missing', '', ''],
      [SHEETS.breakdown, 'B3', 'unknown-unit', '市财政厅', '市财政局'],
      [SHEETS.breakdown, 'G4', 'status-invalid', '完成', '已完成'],
      [SHEETS.breakdown, 'D7', 'leader-unknown', '朱朋', '朱鹏'],
    ]);
    expect(report.findings[1].message).toBe('「市发改委」不是规范单位名称，应为「市发展改革委」。');
    expect(report.counts).toMatchObject({ 'alias-unit': 1, 'unknown-unit': 1, 'lead-missing': 1, 'seq-gap': 0 });
  });

  test('the list year comes from the workbook, or from --year when the workbook does not say', async () => {
    const tasks = taskRows();
    tasks[0][0] = '重点工作任务清单';
    tasks[4][3] = '2024年6月底前完成';
    const file = join(tmp.path, 'no-year.xlsx');
    await writeWorkbook(file, { [SHEETS.taskList]: tasks });
    // The only explicit year is 2024, so the workbook is taken as a 2024 list: 6月底前 is fine there.
    const inferred = runCli(['validate', file, '--json']);
    expect(JSON.parse(inferred.stdout).counts['deadline-outside-list-year']).toBe(0);
    const given = runCli(['validate', file, '--year', '2023', '--json']);
    expect(given.status).toBe(1);
    expect(JSON.parse(given.stdout).findings.map((f: Record<string, string>) => [f.cell, f.kind])).toEqual([['D5', 'deadline-outside-list-year']]);

    tasks[4][3] = '年底前完成';
    const silent = join(tmp.path, 'silent.xlsx');
    await writeWorkbook(silent, { [SHEETS.taskList]: tasks });
    const unknown = runCli(['validate', silent, '--json']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain(validateMessages.yearUnknown);
    expect(unknown.stderr).toContain('silent.xlsx');
  });

  test('without --json it prints one line per finding and a summary', async () => {
    const tasks = taskRows();
    tasks[4][5] = '市发改委';
    const file = join(tmp.path, 'text.xlsx');
    await writeWorkbook(file, { [SHEETS.taskList]: tasks });
    const run = runCli(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('任务清单!F5【单位名称不规范】「市发改委」不是规范单位名称，应为「市发展改革委」。建议：市发展改革委');
    expect(run.stdout).toContain(validateMessages.summary(file, 1));
  });

  test('an unreadable file exits 2 with a Chinese message naming it and nothing on stdout', () => {
    const file = join(tmp.path, '不是工作簿.xlsx');
    writeFileSync(file, '序号,单位\n1,市商务局\n');
    const run = runCli(['validate', file, '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('不是工作簿.xlsx');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);

    const missing = runCli(['validate', join(tmp.path, 'missing.xlsx'), '--json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.xlsx');
  });

  test('a workbook without Duban\'s sheets, or a bad --year, exits 2', async () => {
    const file = join(tmp.path, 'other.xlsx');
    await writeWorkbook(file, { Sheet1: [['序号', '单位'], [1, '市商务局']] });
    const other = runCli(['validate', file, '--year', '2023', '--json']);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain(validateMessages.nothingToValidate([SHEETS.taskList, SHEETS.breakdown, SHEETS.progress, SHEETS.returnForm]));
    const badYear = runCli(['validate', file, '--year', '二〇二三', '--json']);
    expect(badYear.status).toBe(2);
    expect(badYear.stderr).toContain(appMessages.badYear('二〇二三'));
    const noFile = runCli(['validate', '--json']);
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain(validateMessages.usage);
  });
});
