import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DubanError } from '../../src/domain/errors.js';
import { briefMessages } from '../../src/domain/messages/index.js';
import { readMaster } from '../../src/domain/master/index.js';
import { CancelledError } from '../../src/domain/operation.js';
import { HEADERS, SHEETS, STATUSES } from '../../src/domain/vocabulary.js';
import {
  consolidateReturnFiles,
  generateReturns,
  loadList,
  masterInfo,
  openMasterFile,
  startLiveValidation,
  summarizeMaster,
  draftBrief,
  validateMaster,
  type InputFile,
  type LiveResult,
} from '../../src/taskpane/operations.js';
import { ExcelWorkspace, StandaloneWorkspace } from '../../src/taskpane/workspace.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { FakeExcel } from './fake-excel.js';

const now = new Date('2023-04-03T09:00:00+08:00');
const KEY_WORK = 'tianjin-2023-key-work';
const BUSINESS = 'tianjin-2023-business-environment';

async function loadedStandalone(listId: string): Promise<{ workspace: StandaloneWorkspace; bytes: Uint8Array }> {
  const workspace = new StandaloneWorkspace();
  const outcome = await loadList(workspace, listId, { now });
  return { workspace, bytes: outcome.download!.bytes };
}

/** Edits a workbook's bytes with ExcelJS and gives the new bytes. */
async function edited(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('task pane operations in standalone mode', () => {
  test('loading the key-work list gives a master workbook file with all 160 tasks', async () => {
    const workspace = new StandaloneWorkspace();
    expect(await masterInfo(workspace)).toBeNull();
    const outcome = await loadList(workspace, KEY_WORK, { now });
    expect(outcome.list.tasks).toHaveLength(160);
    expect(outcome.units).toBeGreaterThan(50);
    expect(outcome.download?.fileName).toBe('督办总表-天津市人民政府关于切实做好2023年市政府重点工作的通知.xlsx');
    const fromFile = readMaster(await readWorkbook(outcome.download!.bytes));
    expect(fromFile.list.tasks).toHaveLength(160);
    const info = await masterInfo(workspace);
    expect(info?.tasks).toBe(160);
    expect(info?.periods.map((p) => p.code)).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4']);
  });

  test('validation names a non-canonical unit typed into 任务清单 with its cell and the canonical name', async () => {
    const { bytes } = await loadedStandalone(KEY_WORK);
    const leadColumn = HEADERS.taskList.indexOf('牵头单位') + 1;
    let cell = '';
    const changed = await edited(bytes, (wb) => {
      const sheet = wb.getWorksheet(SHEETS.taskList)!;
      const target = sheet.getRow(8).getCell(leadColumn);
      target.value = '市发改委';
      cell = target.address;
    });
    const workspace = new StandaloneWorkspace();
    expect((await openMasterFile(workspace, '督办总表.xlsx', changed)).tasks).toBe(160);
    const report = await validateMaster(workspace);
    const finding = report.findings.find((f) => f.sheet === SHEETS.taskList && f.cell === cell);
    expect(finding).toMatchObject({ value: '市发改委', suggestion: '市发展改革委' });
    expect(finding?.message).toContain('市发展改革委');
  });

  test('opening a workbook that is not a master is refused and keeps the master already open', async () => {
    const { workspace } = await loadedStandalone(KEY_WORK);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = '随便一张表';
    const bytes = new Uint8Array(await other.xlsx.writeBuffer());
    await expect(openMasterFile(workspace, '别的表.xlsx', bytes)).rejects.toBeInstanceOf(DubanError);
    expect((await masterInfo(workspace))?.tasks).toBe(160);
  });

  test('generating returns gives one workbook per planned unit in a zip, and can be cancelled', async () => {
    const { workspace } = await loadedStandalone(BUSINESS);
    const seen: number[] = [];
    const outcome = await generateReturns(workspace, '2023Q1', { now }, { onProgress: ({ done }) => seen.push(done) });
    const zip = await JSZip.loadAsync(outcome.download.bytes);
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(outcome.count);
    expect(names.every((name) => name.endsWith('-2023Q1.xlsx'))).toBe(true);
    expect(seen.at(-1)).toBe(outcome.count);
    expect(outcome.download.fileName).toBe('各单位填报表-2023年第一季度.zip');

    const controller = new AbortController();
    const run = generateReturns(workspace, '2023Q1', { now }, {
      signal: controller.signal,
      onProgress: ({ done }) => done === 2 && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  test('consolidating filled returns reports who is missing and which files were rejected, and summaries count them', async () => {
    const { workspace } = await loadedStandalone(BUSINESS);
    const returns = await generateReturns(workspace, '2023Q1', { now });
    const zip = await JSZip.loadAsync(returns.download.bytes);
    const [first, second] = Object.keys(zip.files);
    const fill = async (name: string, status: string): Promise<InputFile> => {
      const bytes = await edited(await zip.files[name].async('uint8array'), (wb) => {
        const sheet = wb.getWorksheet(SHEETS.returnForm)!;
        const statusColumn = HEADERS.returnForm.indexOf('进展状态') + 1;
        const textColumn = HEADERS.returnForm.indexOf('进展情况') + 1;
        sheet.eachRow((row) => {
          if (typeof row.getCell(1).value === 'number') {
            row.getCell(statusColumn).value = status;
            row.getCell(textColumn).value = '=已按计划推进';
          }
        });
      });
      return { name, bytes, lastModified: now.getTime() };
    };
    const inputs = [await fill(first, STATUSES[0]), await fill(second, STATUSES[1]), { name: '说明.docx', bytes: new TextEncoder().encode('not a workbook') }];
    const outcome = await consolidateReturnFiles(workspace, inputs, '2023Q1', { now });
    expect(outcome.report.unitsReturned).toHaveLength(2);
    expect(outcome.report.filesRejected.map((f) => f.file)).toEqual(['说明.docx']);
    expect(outcome.report.unitsMissing).toHaveLength(outcome.expected - 2);
    expect(outcome.report.rowsAccepted).toBeGreaterThan(0);
    expect(outcome.download?.fileName).toMatch(/^督办总表-.*2023年优化营商环境责任清单.*-2023年第一季度汇总\.xlsx$/);

    const merged = await readWorkbook(outcome.download!.bytes);
    expect(merged.sheets.map((s) => s.name)).toContain(SHEETS.returnStatus);
    const progress = readMaster(merged).progress;
    expect(progress).toHaveLength(outcome.report.rowsAccepted);
    expect(progress.every((entry) => entry.text === '=已按计划推进')).toBe(true);

    const summary = await summarizeMaster(workspace, { now });
    expect(summary.period).toBe('2023Q1');
    const done = summary.byUnit.reduce((sum, unit) => sum + unit[STATUSES[0]] + unit[STATUSES[1]], 0);
    expect(done).toBe(outcome.report.rowsAccepted);

    // 三色预警 late in the year: every unit's 红灯/黄灯 count is its share of the alerts listed, and the
    // units that reported 已完成 never light.
    const late = await summarizeMaster(workspace, { now: new Date('2023-12-27T09:00:00+08:00'), period: '2023Q1' });
    expect(late.today).toBe('2023-12-27');
    for (const unit of late.byUnit) {
      expect([unit.unit, unit.红灯 + unit.黄灯]).toEqual([unit.unit, late.alerts.filter((alert) => alert.unit === unit.unit).length]);
    }
    expect(late.alerts.filter((alert) => alert.level === '黄灯').length).toBeGreaterThan(0);
    expect(late.alerts.some((alert) => alert.status === STATUSES[0])).toBe(false);
    expect(late.alerts.some((alert) => alert.status === STATUSES[1])).toBe(true);

    // 生成通报: text and a Word document from the same master.
    const brief = await draftBrief(workspace, '2023Q1', { now });
    const title = (await masterInfo(workspace))!.title;
    expect(brief.text.split('\n')[0]).toBe(briefMessages.title(title, '2023年第一季度'));
    expect(brief.text).toContain(briefMessages.headings.red);
    expect(brief.download!.fileName).toBe(briefMessages.fileName('2023年第一季度'));
    const docx = await JSZip.loadAsync(brief.download!.bytes);
    const body = await docx.file('word/document.xml')!.async('string');
    expect(body).toContain(briefMessages.headings.overall);
    expect(body).toContain('<w:tbl>');
  });
});

describe('task pane operations in Excel', () => {
  test('load renders the master into the workbook and reads it back through Office.js', async () => {
    const excel = new FakeExcel();
    const workspace = new ExcelWorkspace(excel.run, () => true);
    const outcome = await loadList(workspace, KEY_WORK, { now });
    expect(outcome.download).toBeUndefined();
    expect(outcome.skipped).toEqual([]);
    expect(excel.syncs).toBe(5);
    expect(excel.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([SHEETS.taskList, SHEETS.breakdown, SHEETS.byUnit]));
    expect((await masterInfo(workspace))?.tasks).toBe(160);
    expect((await summarizeMaster(workspace, { now })).byLeader).toHaveLength(8);
  });

  test('live validation reports an edited lead-unit cell with the canonical name', async () => {
    const excel = new FakeExcel();
    const workspace = new ExcelWorkspace(excel.run, () => true, 0);
    await loadList(workspace, KEY_WORK, { now });
    const results: LiveResult[] = [];
    const errors: unknown[] = [];
    const stop = await startLiveValidation(workspace, (result) => results.push(result), (error) => errors.push(error));
    const leadColumn = String.fromCharCode(65 + HEADERS.taskList.indexOf('牵头单位'));
    await excel.edit(SHEETS.taskList, `${leadColumn}10`, [['市发改委']]);
    await excel.edit(SHEETS.taskList, 'A2', [['随便写']]);
    expect(errors).toEqual([]);
    expect(results[0].findings).toEqual([expect.objectContaining({ cell: `${leadColumn}10`, kind: 'alias-unit', suggestion: '市发展改革委' })]);
    expect(results[1].findings).toEqual([]);
    await stop();
  });

  test('live validation does not report the pane\'s own writes: events are off while it writes (ExcelApi 1.8)', async () => {
    const excel = new FakeExcel();
    const workspace = new ExcelWorkspace(excel.run, () => true, 60_000);
    await loadList(workspace, KEY_WORK, { now });
    const changes: unknown[] = [];
    const stop = await workspace.watch([SHEETS.taskList], (change) => void changes.push(change), (error) => changes.push(error));
    const writing = loadList(workspace, KEY_WORK, { now, replaceExisting: true });
    await excel.edit(SHEETS.taskList, 'F10', [['市发改委']]);
    await writing;
    await excel.settle();
    expect(excel.enableEvents).toBe(true);
    expect(changes).toEqual([]);
    // The user's edit right after the write is the user's: it is checked, no timer hides it.
    await excel.edit(SHEETS.taskList, 'F11', [['市发改委']]);
    expect(changes).toEqual([expect.objectContaining({ kind: 'cells', address: 'F11', values: [['市发改委']] })]);
    await stop();
  });

  test('on ExcelApi 1.7 (no enableEvents) the pane\'s own writes are ignored during a write and shortly after', async () => {
    const excel = new FakeExcel();
    const only17 = (_set: string, version: string) => Number(version) <= 1.7;
    const workspace = new ExcelWorkspace(excel.run, only17, 60_000);
    await loadList(workspace, KEY_WORK, { now });
    const changes: unknown[] = [];
    const stop = await workspace.watch([SHEETS.taskList], (change) => void changes.push(change), (error) => changes.push(error));
    const writing = loadList(workspace, KEY_WORK, { now, replaceExisting: true });
    await excel.edit(SHEETS.taskList, 'F10', [['市发改委']]);
    await writing;
    await excel.settle();
    await excel.edit(SHEETS.taskList, 'F11', [['市发改委']]);
    expect(changes).toEqual([]);
    await stop();
  });
});
