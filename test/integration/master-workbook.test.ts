/**
 * The master workbook as a file: what ExcelJS and the raw XML show (validations, protection, print
 * setup, defined names), reading it back, and deterministic bytes — on the built-in lists.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadTaskList, loadUnitDirectory } from '../../src/cli/builtin.js';
import { BREAKDOWN_HEADERS, NAMES, PROGRESS_HEADERS, buildMasterSpec, readMaster } from '../../src/domain/master/index.js';
import type { ProgressEntry } from '../../src/domain/model/index.js';
import { summarize } from '../../src/domain/summarize/index.js';
import { HEADERS, SHEETS, STATUSES } from '../../src/domain/vocabulary.js';
import { readWorkbook, renderWorkbook } from '../../src/xlsx/index.js';
import { createResponsibilityResolver } from '../../src/domain/units/index.js';

const GENERATED = '2023-08-15T00:00:00Z';
const keyWork = loadTaskList('tianjin-2023-key-work');
const directory = loadUnitDirectory();

/** One row for two of every three task × unit pairs, statuses in turn, over two quarters. */
function someProgress(list = keyWork): ProgressEntry[] {
  const entries: ProgressEntry[] = [];
  let i = 0;
  for (const task of list.tasks) {
    for (const unit of task.units) {
      i += 1;
      if (i % 3 === 0) continue;
      entries.push({ period: i % 5 === 0 ? '2023Q1' : '2023Q2', unit: unit.name, seq: task.seq, status: STATUSES[i % 4], text: `第${i}条进展`, sourceFile: `${unit.name}.xlsx` });
    }
  }
  return entries;
}

let bytes: Buffer;
let workbook: ExcelJS.Workbook;
let zip: JSZip;
const progress = someProgress();

beforeAll(async () => {
  bytes = await renderWorkbook(buildMasterSpec({ list: keyWork, directory, progress, generatedAt: GENERATED, period: '2023Q2' }));
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  zip = await JSZip.loadAsync(bytes);
});

async function sheetXml(name: string): Promise<string> {
  const index = workbook.worksheets.findIndex((ws) => ws.name === name);
  return zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
}

/** Each <dataValidation> of a sheet as "sqref => formula1", entities decoded. */
async function validationsOf(name: string): Promise<string[]> {
  const xml = await sheetXml(name);
  return [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"><formula1>([^<]*)<\/formula1>/g)].map(
    (m) => `${m[1]} => ${m[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&')}`,
  );
}

/** The <sheetProtection> element of a sheet ('' when absent). */
async function protectionOf(name: string): Promise<string> {
  return /<sheetProtection [^>]*\/>/.exec(await sheetXml(name))?.[0] ?? '';
}

describe('the master workbook file of the key-work list', () => {
  it('has every sheet of DESIGN.md with its headers, and the metadata sheet very hidden', () => {
    const headerRow = (name: string) => (workbook.getWorksheet(name)!.getRow(3).values as unknown[]).slice(1);
    expect(headerRow(SHEETS.taskList)).toEqual([...HEADERS.taskList]);
    expect(headerRow(SHEETS.breakdown)).toEqual(BREAKDOWN_HEADERS);
    expect(headerRow(SHEETS.directory)).toEqual([...HEADERS.directory]);
    expect(headerRow(SHEETS.progress)).toEqual(PROGRESS_HEADERS);
    expect(headerRow(SHEETS.byUnit)).toEqual([...HEADERS.summaryByUnit]);
    expect(headerRow(SHEETS.byLeader)).toEqual([...HEADERS.summaryByLeader]);
    expect(headerRow(SHEETS.findings)).toEqual([...HEADERS.findings]);
    expect(workbook.getWorksheet(SHEETS.masterMeta)!.state).toBe('veryHidden');
  });

  it('writes as many 责任分解 rows as the list has units over its tasks', () => {
    const expected = keyWork.tasks.reduce((sum, task) => sum + task.units.length, 0);
    expect(workbook.getWorksheet(SHEETS.breakdown)!.actualRowCount - 3).toBe(expected);
    expect(expected).toBe(628);
  });

  it('carries the status and unit dropdowns, the period selector and the defined names they use', async () => {
    expect(await validationsOf(SHEETS.breakdown)).toEqual(['G4:G631 => "已完成,序时推进,滞后,未启动"']);
    expect(await validationsOf(SHEETS.taskList)).toEqual([`F4:F163 => ${NAMES.units}`]);
    expect(await validationsOf(SHEETS.byUnit)).toEqual([`B2 => ${NAMES.periods}`]);
    expect(await validationsOf(SHEETS.progress)).toEqual([
      `A4:A${3 + progress.length} => ${NAMES.periods}`,
      `B4:B${3 + progress.length} => ${NAMES.units}`,
      `D4:D${3 + progress.length} => "已完成,序时推进,滞后,未启动"`,
    ]);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain(`<definedName name="${NAMES.period}">'按单位汇总'!$B$2</definedName>`);
    expect(workbookXml).toContain(`<definedName name="${NAMES.units}">'单位名录'!$A$4:$A$${3 + directory.units.length}</definedName>`);
  });

  it('protects the generated sheets, leaving the input cells unlocked', async () => {
    for (const name of [SHEETS.breakdown, SHEETS.byUnit, SHEETS.byLeader, SHEETS.masterMeta]) {
      expect(await protectionOf(name)).toContain('sheet="1"');
    }
    expect(await protectionOf(SHEETS.taskList)).toBe('');
    expect(workbook.getWorksheet(SHEETS.byUnit)!.getCell('B2').protection).toMatchObject({ locked: false });
    expect(workbook.getWorksheet(SHEETS.breakdown)!.getCell('G4').protection).toMatchObject({ locked: false });
    expect(workbook.getWorksheet(SHEETS.breakdown)!.getCell('B4').protection?.locked).not.toBe(false);
  });

  it('prints landscape, one page wide, header row repeated, page numbers in the footer, the title printed once', async () => {
    const ws = workbook.getWorksheet(SHEETS.taskList)!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    // The title is the sheet's first row; a page header would print it twice.
    expect(ws.headerFooter.oddHeader).toBeUndefined();
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'任务清单'!$3:$3</definedName>`);
    const lights = await sheetXml(SHEETS.breakdown);
    expect(lights).toContain('<formula>AND($J4&lt;=1,$G4&lt;&gt;&quot;已完成&quot;,OR(AND(ISNUMBER($I4),$I4&lt;TODAY()),AND((DubanAlertLagging=&quot;是&quot;),$G4=&quot;滞后&quot;)))</formula>');
    expect(lights).toContain('$I4&lt;=TODAY()+DubanAlertDays');
  });

  it('shows Excel tables on 任务清单, 责任分解, 单位名录 and 进展汇总, and a data bar on the unit summary', async () => {
    const tables = await Promise.all(Object.keys(zip.files).filter((name) => name.startsWith('xl/tables/')).map((name) => zip.file(name)!.async('string')));
    const names = tables.map((xml) => /displayName="([^"]+)"/.exec(xml)?.[1]).sort();
    expect(names).toEqual(['DubanBreakdown', 'DubanDirectory', 'DubanFindings', 'DubanProgress', 'DubanTasks']);
    expect((await sheetXml(SHEETS.byUnit)).includes('<dataBar')).toBe(true);
  });

  it('reads back into the same list, directory and progress', async () => {
    const back = readMaster(await readWorkbook(bytes, { file: 'master.xlsx' }), 'master.xlsx');
    expect(back.list).toEqual(keyWork);
    expect(back.directory).toEqual(directory);
    // Progress is kept under the directory's canonical names (市网信办 → 市委网信办).
    const resolver = createResponsibilityResolver(directory);
    expect(back.progress).toEqual(progress.map((entry) => ({ ...entry, unit: resolver.canonical(entry.unit) })));
  });

  it('renders the same bytes twice', async () => {
    const again = await renderWorkbook(buildMasterSpec({ list: keyWork, directory, progress, generatedAt: GENERATED, period: '2023Q2' }));
    expect(Buffer.compare(again, bytes)).toBe(0);
  });

  it('summarizes by the 8 leaders of the list, a task with two leaders counting for both', () => {
    const summary = summarize({ list: keyWork, directory, progress: [], today: '2023-08-15' });
    expect(summary.byLeader).toHaveLength(8);
    for (const row of summary.byLeader) {
      expect(row.tasks).toBe(keyWork.tasks.filter((task) => task.leaders.includes(row.leader)).length);
    }
    expect(keyWork.tasks.some((task) => task.leaders.length > 1)).toBe(true);
    expect(summary.byLeader.reduce((sum, row) => sum + row.tasks, 0)).toBe(keyWork.tasks.reduce((sum, task) => sum + task.leaders.length, 0));
    expect(Object.fromEntries(summary.byLeader.map((row) => [row.leader, row.tasks]))).toMatchObject({ 刘桂平: 50, 杨兵: 45, 朱鹏: 38 });
  });
});
