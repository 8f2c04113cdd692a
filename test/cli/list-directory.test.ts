/**
 * `duban init` writes the list's own 单位名录 (or the office's, with --units) and `duban validate`
 * checks units against the workbook's 单位名录 as the user left it.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unitMessages, validateMessages } from '../../src/domain/messages/index.js';
import { HEADERS, SHEETS } from '../../src/domain/vocabulary.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

/** A county notice in the shape most lists are published in; 县发该局 is a slip for 县发改局, 县发展改革局 its full name. */
const NOTICE = [
  '某县人民政府办公室关于印发2024年重点工作任务分解的通知',
  '一、稳定经济增长',
  '1.地区生产总值增长6%。（责任领导：王明华；牵头单位：县发改局；责任单位：各乡镇人民政府）',
  '2.固定资产投资增长10%。（责任领导：王明华；牵头单位：县发改局；责任单位：县财政局）',
  '3.推进项目建设。（责任领导：王明华；牵头单位：县发展改革局）',
  '4.做好价格监测。（责任领导：王名华；牵头单位：县发该局；责任单位：县市场监管局）',
  '5.开展招商引资。（责任领导：李强；牵头单位：县商务局；责任单位：县财政局）',
].join('\n');

interface Finding {
  sheet: string;
  cell: string;
  kind: string;
  value: string;
  suggestion: string;
}

function findings(run: { stdout: string }): Finding[] {
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

async function directoryRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(SHEETS.directory)!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  return rows;
}

describe('a list brings its own unit directory', () => {
  const dir = temporaryDirectory();
  const notice = join(dir.path, '某县重点工作.txt');
  const list = join(dir.path, 'list.json');
  const master = join(dir.path, 'master.xlsx');
  writeFileSync(notice, NOTICE);
  afterAll(() => dir.cleanup());

  beforeAll(() => {
    expect(runCli(['import', notice, '--out', list]).status).toBe(0);
  });

  test('init writes the list’s units, an abbreviation merged into its full name and shown, a slip left out', async () => {
    const run = runCli(['init', '--list', list, '--out', master, '--date', '2024-03-01']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(unitMessages.aliasDecided('县发改局', '县发展改革局').trim());
    expect(run.stderr).toContain(unitMessages.typoLeftOut('县发该局', '县发改局').trim());
    const rows = await directoryRows(master);
    const header = rows.findIndex((row) => row[0] === HEADERS.directory[0]);
    const names = rows.slice(header + 1).map((row) => [row[0], row[1]]);
    expect(names).toEqual([
      ['县发展改革局', '县发改局'],
      ['各乡镇人民政府', ''],
      ['县财政局', ''],
      ['县市场监管局', ''],
      ['县商务局', ''],
    ]);
  });

  test('validate flags the slip and the near-duplicate leader, suggesting only names of the list', () => {
    const run = runCli(['validate', master, '--json']);
    const found = findings(run);
    const slip = found.find((finding) => finding.value === '县发该局');
    expect(slip).toMatchObject({ kind: 'unknown-unit', suggestion: '县发展改革局' });
    expect(found.find((finding) => finding.sheet === SHEETS.taskList && finding.value === '王名华')).toMatchObject({ kind: 'leader-unknown', suggestion: '王明华' });
    const listNames = new Set(['县发展改革局', '县发改局', '各乡镇人民政府', '县财政局', '县市场监管局', '县商务局', '王明华', '李强', '']);
    expect(found.filter((finding) => !listNames.has(finding.suggestion))).toEqual([]);
    expect(found.some((finding) => (finding as Finding & { message: string }).message === validateMessages.leaderNearDuplicate('王名华', '王明华', 3))).toBe(true);
  });

  test('validate honours the user’s edits to 单位名录: an added alias and an added unit', async () => {
    const edited = join(dir.path, 'edited.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    const directory = workbook.getWorksheet(SHEETS.directory)!;
    let header = 0;
    directory.eachRow((row, number) => {
      if (row.getCell(1).value === HEADERS.directory[0]) header = number;
    });
    // 县发该局 becomes a recorded alias of 县发展改革局; 县城管局 is added as a unit of the county.
    directory.eachRow((row, number) => {
      if (number > header && row.getCell(1).value === '县发展改革局') row.getCell(2).value = '县发改局、县发该局';
    });
    directory.addRow(['县城管局', '', '单位', '', '']);
    const tasks = workbook.getWorksheet(SHEETS.taskList)!;
    tasks.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.value === '县商务局') cell.value = '县城管局';
      });
    });
    await workbook.xlsx.writeFile(edited);
    const found = findings(runCli(['validate', edited, '--json']));
    expect(found.find((finding) => finding.value === '县发该局')).toMatchObject({ kind: 'alias-unit', suggestion: '县发展改革局' });
    expect(found.filter((finding) => finding.value === '县城管局' && finding.sheet === SHEETS.taskList)).toEqual([]);
  });

  test('init --units takes the office’s directory (单位名称, 别称, 说明) and validation suggests from it', async () => {
    const units = join(dir.path, '单位名录.csv');
    writeFileSync(units, '单位名称,别称,说明\n县发展和改革局,县发改局、县发展改革局,\n县财政局,,\n县市场监督管理局,县市场监管局,\n县商务局,,\n');
    const officeMaster = join(dir.path, 'office.xlsx');
    const run = runCli(['init', '--list', list, '--out', officeMaster, '--units', units, '--date', '2024-03-01']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(unitMessages.directoryFromFile(units, 4));
    const rows = await directoryRows(officeMaster);
    expect(rows.some((row) => row[0] === '县发展和改革局' && row[1] === '县发改局、县发展改革局')).toBe(true);
    const found = findings(runCli(['validate', officeMaster, '--json']));
    expect(found.find((finding) => finding.value === '县发改局')).toMatchObject({ kind: 'alias-unit', suggestion: '县发展和改革局' });
    const office = new Set(['县发展和改革局', '县财政局', '县市场监督管理局', '县商务局', '王明华', '李强', '', '1', '2', '3', '4', '5']);
    expect(found.filter((finding) => !office.has(finding.suggestion)).map((finding) => finding.suggestion)).toEqual([]);
  });

  test('init --units with a file without a 单位名称 header is refused with a message naming the file', () => {
    const units = join(dir.path, 'bad.csv');
    writeFileSync(units, '名字,备注\n县财政局,\n');
    const run = runCli(['init', '--list', list, '--out', join(dir.path, 'x.xlsx'), '--units', units]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad.csv');
  });
});
