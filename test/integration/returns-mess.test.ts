/**
 * `duban consolidate` on folders as they really come back: every kind of mess in one folder, a clean
 * folder, running twice, and a count that proves no row is lost. Runs the built CLI (npm run build:cli).
 */
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMaster } from '../../src/domain/master/index.js';
import { fileKindMessages, returnFileMessages, returnRowMessages } from '../../src/domain/messages/index.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution, type ConsolidationReport } from '../../src/domain/returns/index.js';
import { HEADERS, SHEETS } from '../../src/domain/vocabulary.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { aReturn } from '../helpers/returns.js';
import { fakeDocx, fakeOle2, writeCsv, writeMaster } from '../helpers/returns-files.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

const list = aTestList();
// 各区人民政府 as one addressee (an office may list it so): the folder then has a unit that never reports.
const directory = { units: aTestDirectory().units.map((u) => (u.name === '各区人民政府' ? { ...u, kind: 'unit' as const } : u)) };
const plan = planDistribution({ list, directory, period: parsePeriod('2023Q1')! });
const INJECTION = '=HYPERLINK("http://example.com/x","点击查看")';

let tmp: { path: string; cleanup: () => void };
let master: string;
let mixed: string;
let clean: string;
/** Non-empty data rows written into every readable input of the mixed folder. */
let rowsWritten = 0;

async function put(dir: string, name: string, bytes: Buffer | Promise<Buffer>): Promise<void> {
  writeFileSync(join(dir, name), await bytes);
}

beforeAll(async () => {
  tmp = temporaryDirectory('duban-returns-');
  master = join(tmp.path, 'master.xlsx');
  await writeMaster(master, list, directory);
  mixed = join(tmp.path, 'mixed');
  clean = join(tmp.path, 'clean');
  mkdirSync(join(mixed, '第二批'), { recursive: true });
  mkdirSync(clean);

  const messy = aReturn(plan).forUnit('市商务局')
    .withRow(1, { status: ' 完成 ', text: '外贸进出口增长。', problems: '无' })
    .withRow(2, { status: '看情况', text: '正在对接项目。' })
    .renamedSheet('Sheet1').reorderedColumns([0, 4, 5, 1, 2, 3, 7, 6]).spacedHeaders().blankRows().mergedCells()
    .modifiedAt('2023-04-06T09:00:00Z');
  const earlier = aReturn(plan).forUnit('市商务局').withStatus('未启动').named('市商务局-2023Q1（旧）.xlsx').modifiedAt('2023-04-02T09:00:00Z');
  const pasted = aReturn(plan).forUnit('市发展改革委').withStatus('按序时推进').tamperedText(3, '实施重大项目建设行动。')
    .pastedIntoNewWorkbook().named('发改委报送.xlsx');
  const injected = aReturn(plan).forUnit('市政务服务办').withRow(5, { status: '序时推进', text: INJECTION, problems: '+1 待协调', nextSteps: '@所有人 -继续推进' });
  const otherList = aReturn(plan).forUnit('市商务局').withStatus('已完成').fromList('another-list').named('另一清单-市商务局.xlsx');
  const otherPeriod = aReturn(plan).forUnit('市商务局').withStatus('已完成').forPeriod('2022Q4', '2022年第四季度').named('市商务局-2022Q4.xlsx');
  const unknownUnit = aReturn(plan).forUnit('市商务局').withStatus('已完成').claimingUnit('市火星探测局').named('市火星探测局-2023Q1.xlsx');
  for (const builder of [messy, earlier, pasted, injected, otherList, otherPeriod, unknownUnit]) {
    await put(builder === earlier ? join(mixed, '第二批') : mixed, builder.fileName, builder.toXlsx());
    rowsWritten += builder.dataRowCount();
  }
  // 市网信办 saved its return as CSV: read, because the headers are right.
  writeCsv(join(mixed, '市网信办-2023Q1.csv'), [[...HEADERS.returnForm], [4, list.tasks[3].content, '长期坚持', '牵头', '进度滞后', '人员不足'], [5, list.tasks[4].content, '', '配合', '序时推进', '配合推进']]);
  rowsWritten += 2;
  writeCsv(join(mixed, '联系人.csv'), [['姓名', '电话'], ['张三', '12345']]);
  await put(mixed, '旧格式.xls', Buffer.from(fakeOle2('Workbook')));
  await put(mixed, '加密.xlsx', Buffer.from(fakeOle2('EncryptionInfo')));
  await put(mixed, '说明.docx', fakeDocx());
  await put(mixed, '损坏.xlsx', (await messy.toXlsx()).subarray(0, 200));

  for (const planned of plan.returns) {
    await put(clean, planned.fileName, aReturn(plan).forUnit(planned.unit).withStatus('已完成').toXlsx());
  }
});

afterAll(() => tmp.cleanup());

function consolidate(masterPath: string, out: string, ...inputs: string[]): { status: number; report: ConsolidationReport; stderr: string } {
  const run = runCli(['consolidate', masterPath, ...inputs, '--period', '2023Q1', '--out', out, '--json']);
  return { status: run.status, report: JSON.parse(run.stdout) as ConsolidationReport, stderr: run.stderr };
}

describe('consolidate on a folder with every kind of mess', () => {
  let result: ReturnType<typeof consolidate>;
  beforeAll(() => {
    result = consolidate(master, join(tmp.path, 'merged.xlsx'), mixed);
  });

  test('exits 1 and names every problem file with its reason', () => {
    expect(result.status).toBe(1);
    expect(result.report.filesRejected).toEqual(
      expect.arrayContaining([
        { file: '旧格式.xls', reason: fileKindMessages.xls },
        { file: '加密.xlsx', reason: fileKindMessages.encrypted },
        { file: '说明.docx', reason: fileKindMessages.docx },
        { file: '损坏.xlsx', reason: fileKindMessages.corrupt },
        { file: '联系人.csv', reason: returnFileMessages.csvNoHeader },
        { file: '另一清单-市商务局.xlsx', reason: returnFileMessages.otherList('another-list', list.title) },
        { file: '市商务局-2022Q4.xlsx', reason: returnFileMessages.otherPeriod('2022年第四季度', '2023年第一季度') },
        { file: '市火星探测局-2023Q1.xlsx', reason: returnFileMessages.unitNotInList('市火星探测局') },
      ]),
    );
    expect(result.report.filesRejected).toHaveLength(8);
    expect(result.report.filesRead).toBe(13);
  });

  test('keeps the later of two returns from one unit and lists the other', () => {
    expect(result.report.duplicates).toEqual([{ unit: '市商务局', kept: '市商务局-2023Q1.xlsx', dropped: ['市商务局-2023Q1（旧）.xlsx'] }]);
  });

  test('reports the altered task text, the bad status and the missing unit', () => {
    expect(result.report.tampered).toEqual([{ file: '发改委报送.xlsx', seq: 3 }]);
    expect(result.report.rowsRejected).toEqual([{ file: '市商务局-2023Q1.xlsx', row: 8, reason: returnRowMessages.badStatus('看情况') }]);
    expect(result.report.unitsMissing).toEqual(['各区人民政府']);
    expect(result.report.unitsReturned).toEqual(['市商务局', '市发展改革委', '市委网信办', '市政务服务办']);
  });

  test('reads renamed, reordered, spaced, merged, pasted and CSV returns with their synonyms', async () => {
    const { progress } = readMaster(await readWorkbook(join(tmp.path, 'merged.xlsx')));
    const got = progress.map((e) => `${e.unit}/${e.seq}/${e.status}`);
    expect(got).toEqual(['市商务局/1/已完成', '市发展改革委/1/序时推进', '市发展改革委/3/序时推进', '市委网信办/4/滞后', '市委网信办/5/序时推进', '市政务服务办/5/序时推进']);
    expect(progress.find((e) => e.unit === '市发展改革委' && e.seq === 3)?.sourceFile).toBe('发改委报送.xlsx');
  });

  test("责任分解 shows each unit's latest status", async () => {
    const grid = await readWorkbook(join(tmp.path, 'merged.xlsx'));
    const sheet = grid.sheets.find((s) => s.name === SHEETS.breakdown)!;
    const header = sheet.rows.findIndex((row) => row[0] === '序号');
    const col = (name: string) => sheet.rows[header].indexOf(name);
    const statusOf = (unit: string, seq: number) => sheet.rows.find((row) => row[col('序号')] === seq && row[col('单位')] === unit)?.[col('进展状态')];
    expect(statusOf('市商务局', 1)).toBe('已完成');
    expect(statusOf('市委网信办', 4)).toBe('滞后');
    expect(statusOf('市商务局', 2) ?? '').toBe('');
  });

  test('nothing is lost: every data row written is accepted, rejected, or counted in a dropped duplicate or rejected file', () => {
    const r = result.report;
    expect(r.rowsAccepted + r.rowsRejected.length + r.rowsInDroppedDuplicates + r.rowsInRejectedFiles).toBe(rowsWritten);
  });

  test('text starting with = + - @ from a return is written as text, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(tmp.path, 'merged.xlsx'));
    const sheet = workbook.getWorksheet(SHEETS.progress)!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /^[=+@-]/.test(cell.value)) cells.push(cell);
    }));
    expect(cells.map((cell) => cell.value)).toEqual(expect.arrayContaining([INJECTION, '+1 待协调', '@所有人 -继续推进']));
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
    const xml = readFileSync(join(tmp.path, 'merged.xlsx')).toString('latin1');
    expect(xml).not.toContain('HYPERLINK("http://example.com');
  });

  test('the 报送情况 sheet lists who is missing first, then who returned, and a reminder for the missing unit', async () => {
    const grid = await readWorkbook(join(tmp.path, 'merged.xlsx'));
    const sheet = grid.sheets.find((s) => s.name === SHEETS.returnStatus)!;
    const header = sheet.rows.findIndex((row) => row[0] === '单位' && row[1] === '报送情况');
    const statuses = sheet.rows.slice(header + 1).map((row) => row[1]).filter((value) => value === '未报送' || value === '已报送');
    expect(statuses.indexOf('已报送')).toBe(result.report.unitsMissing.length);
    expect(statuses.lastIndexOf('未报送')).toBe(result.report.unitsMissing.length - 1);
    const missing = sheet.rows.find((row) => row[0] === '各区人民政府')!;
    expect(missing[1]).toBe('未报送');
    expect(String(missing[8])).toMatch(/^各区人民政府：\n\u3000\u3000根据《关于分解落实2023年〈政府工作报告〉重点工作的通知》要求/);
    expect(sheet.rows.find((row) => row[0] === '市商务局')?.[1]).toBe('已报送');
  });

  test('running again on the same files, with the merged workbook as master, changes no progress', async () => {
    const first = readMaster(await readWorkbook(join(tmp.path, 'merged.xlsx'))).progress;
    const again = consolidate(master, join(tmp.path, 'merged-again.xlsx'), mixed);
    const chained = consolidate(join(tmp.path, 'merged.xlsx'), join(tmp.path, 'merged-twice.xlsx'), mixed);
    expect(again.report).toEqual(result.report);
    expect(chained.report).toEqual(result.report);
    expect(readMaster(await readWorkbook(join(tmp.path, 'merged-again.xlsx'))).progress).toEqual(first);
    expect(readMaster(await readWorkbook(join(tmp.path, 'merged-twice.xlsx'))).progress).toEqual(first);
  });
});

describe('consolidate on a clean folder', () => {
  test('exits 0 with a clean report, and writes the report file when --json names one', () => {
    const reportPath = join(tmp.path, 'clean-report.json');
    const run = runCli(['consolidate', master, clean, '--period', '2023Q1', '--out', join(tmp.path, 'clean.xlsx'), '--json', reportPath]);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as ConsolidationReport;
    expect(report).toMatchObject({ filesRead: 5, filesRejected: [], unitsMissing: [], rowsAccepted: 8, rowsRejected: [], duplicates: [], tampered: [] });
  });

  test('bad usage and an unreadable master exit 2 with a Chinese message', () => {
    expect(runCli(['consolidate', master, clean, '--period', '2023Q9']).status).toBe(2);
    expect(runCli(['consolidate', master]).status).toBe(2);
    const unreadable = runCli(['consolidate', join(mixed, '旧格式.xls'), clean, '--period', '2023Q1', '--json']);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain(fileKindMessages.xls);
  });
});
