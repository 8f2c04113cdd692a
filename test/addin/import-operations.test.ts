/**
 * The pane's two ways of loading another office's list — a pasted notice and a sheet with its own
 * headers — load it as a built-in list is loaded, and say what they read and what they could not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DubanError } from '../../src/domain/errors.js';
import { readMaster } from '../../src/domain/master/index.js';
import { appMessages, fileKindMessages, fixHints, gridImportMessages, noticeMessages, taskpaneMessages } from '../../src/domain/messages/index.js';
import { messageOf } from '../../src/taskpane/components/useOperation.js';
import { CancelledError } from '../../src/domain/operation.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { SheetsExistError } from '../../src/excel/index.js';
import { loadForeignListFile, loadNoticeText, masterInfo, type InputFile } from '../../src/taskpane/operations.js';
import { ExcelWorkspace, StandaloneWorkspace } from '../../src/taskpane/workspace.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { projectRoot } from '../helpers/cli.js';
import { FakeExcel } from './fake-excel.js';

const now = new Date('2023-04-03T09:00:00+08:00');

/** The attachment heading of the 2023 key-work notice and its table down to task `last`. */
function keyWorkNotice(last: number): string {
  const lines = readFileSync(join(projectRoot, 'seeds', 'sources', '000_966d7ba61376989e.txt'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line === '2023年市政府重点工作责任分解表');
  const end = lines.findIndex((line) => line === `\t${last + 1}`);
  return lines.slice(start, end).join('\n');
}

const OTHER_HEADERS = ['序号', '主要任务', '完成时间', '牵头领导', '主责单位', '协办单位'];

/** An .xlsx with a title row and the given header and rows on its first sheet (a hidden sheet before it). */
async function foreignWorkbook(name: string, title: string, rows: (string | number | null)[][]): Promise<InputFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明', { state: 'hidden' }).getCell('A1').value = '不是清单';
  const sheet = workbook.addWorksheet('滨海新区');
  sheet.addRow([title]);
  sheet.addRow(OTHER_HEADERS);
  rows.forEach((row) => sheet.addRow(row));
  return { name, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

const ROWS = [
  [1, '新建改造口袋公园20个。', '2024年6月底前', '张三', '区城市管理委', '区财政局、区规划资源局'],
  [2, '推进老旧小区改造。', '2024年底前完成', '李四', '区住房建设委', null],
  ['二', '这一行的序号不是数字。', '2024年底前', '李四', '区住房建设委', null],
];

describe('loading a pasted notice', () => {
  test('gives the same master workbook a built-in list gets, with the notice title and its tasks', async () => {
    const workspace = new StandaloneWorkspace();
    const outcome = await loadNoticeText(workspace, keyWorkNotice(5), { now });
    expect(outcome.list.tasks.map((task) => task.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(outcome.list.title).toBe('2023年市政府重点工作责任分解表');
    expect(outcome.list.tasks[0].deadline.milestones.length).toBeGreaterThan(0);
    expect(outcome.imported!.problems).toEqual([]);
    expect(outcome.imported!.mappings).toEqual([]);
    expect(outcome.download?.fileName).toBe(taskpaneMessages.load.masterFileName('2023年市政府重点工作责任分解表'));
    const master = readMaster(await readWorkbook(outcome.download!.bytes));
    expect(master.list.tasks).toHaveLength(5);
    expect(master.list.tasks[2].units.map((unit) => unit.name)).toContain('市人社局');
    expect((await masterInfo(workspace))?.tasks).toBe(5);
  });

  test('loads the rows it can read and names the line of each row it cannot', async () => {
    const text = keyWorkNotice(5).replace('\t4\n', '\t4\n\t\n\t\n\t\n\t\n\t\n\t多余的一栏\n');
    const outcome = await loadNoticeText(new StandaloneWorkspace(), text, { now });
    expect(outcome.list.tasks.map((task) => task.seq)).toEqual([1, 2, 3, 5]);
    expect(outcome.imported!.problems).toHaveLength(1);
    const line = text.split('\n').indexOf('\t4') + 1;
    expect(outcome.imported!.problems[0]).toMatchObject({ line });
  });

  test('refuses an empty text, and text without a table, with a Chinese message', async () => {
    await expect(loadNoticeText(new StandaloneWorkspace(), '  \n', { now })).rejects.toThrow(appMessages.noticeEmpty);
    await expect(loadNoticeText(new StandaloneWorkspace(), '关于做好有关工作的通知', { now })).rejects.toThrow(noticeMessages.noTable);
  });

  test('asks for the year in the pane\'s words when the text states none, and loads once it is given', async () => {
    const text = keyWorkNotice(2).replace('2023年市政府重点工作责任分解表', '市政府重点工作责任分解表');
    const noYear = await loadNoticeText(new StandaloneWorkspace(), text, { now }).catch((error: unknown) => error);
    // The problem is the domain's, the fix the pane's own: no --year in the pane.
    expect(noYear).toMatchObject({ code: 'listYearUnknown' });
    expect(messageOf(noYear)).toContain(fixHints.pane.listYearUnknown);
    expect(messageOf(noYear)).not.toContain('--year');
    await expect(loadNoticeText(new StandaloneWorkspace(), text, { now, year: '二〇二三' })).rejects.toThrow(appMessages.badYear('二〇二三'));
    expect((await loadNoticeText(new StandaloneWorkspace(), text, { now, year: ' 2023 ' })).list.year).toBe(2023);
  });
});

describe('loading another office\'s sheet with its own headers', () => {
  test('maps each header to a field, loads the readable rows and names the cell of the unreadable one', async () => {
    const workspace = new StandaloneWorkspace();
    const input = await foreignWorkbook('binhai-2024.xlsx', '滨海新区2024年重点工作任务分解表', ROWS);
    const outcome = await loadForeignListFile(workspace, input, { now });
    expect(outcome.imported!.sheet).toBe('滨海新区');
    expect(outcome.imported!.mappings.map(({ header, field }) => `${header}→${field}`)).toEqual([
      '序号→seq',
      '主要任务→content',
      '完成时间→deadline',
      '牵头领导→leaders',
      '主责单位→leadUnits',
      '协办单位→supportUnits',
    ]);
    expect(outcome.imported!.problems).toEqual([{ at: 'row', row: 5, cell: 'A5', message: gridImportMessages.badSeq('二') }]);
    expect(outcome.list).toMatchObject({ id: 'binhai-2024', year: 2024, title: '滨海新区2024年重点工作任务分解表' });
    const [first] = outcome.list.tasks;
    expect(first.units).toEqual([
      expect.objectContaining({ name: '区城市管理委', role: 'lead' }),
      expect.objectContaining({ name: '区财政局', role: 'support' }),
      expect.objectContaining({ name: '区规划资源局', role: 'support' }),
    ]);
    expect(first.deadline.milestones.at(-1)?.due).toBe('2024-06-30');
    const master = readMaster(await readWorkbook(outcome.download!.bytes));
    expect(master.list.tasks.map((task) => task.content)).toEqual(['新建改造口袋公园20个。', '推进老旧小区改造。']);
  });

  test('reads a .csv the same way', async () => {
    const csv = ['滨海新区2024年重点工作', OTHER_HEADERS.join(','), ...ROWS.slice(0, 2).map((row) => row.map((cell) => `"${cell ?? ''}"`).join(','))].join('\r\n');
    const outcome = await loadForeignListFile(new StandaloneWorkspace(), { name: '滨海.csv', bytes: new TextEncoder().encode(csv) }, { now });
    expect(outcome.imported!.sheet).toBeUndefined();
    // 滨海.csv says less than the title: the id comes from the title, never a bare year.
    expect(outcome.list.id).toBe('binhaixinqu-2024-zdgz');
    expect(outcome.list.tasks).toHaveLength(2);
    expect(outcome.imported!.mappings).toHaveLength(6);
  });

  test('an unreadable file gives the message of its kind and keeps the master already loaded', async () => {
    const workspace = new StandaloneWorkspace();
    await loadNoticeText(workspace, keyWorkNotice(2), { now });
    const ole2 = new Uint8Array(512);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(loadForeignListFile(workspace, { name: '清单.xls', bytes: ole2 }, { now })).rejects.toThrow(DubanError);
    // Plain text is read as a notice (whatever its name says): one without a list is told so.
    const error = await loadForeignListFile(workspace, { name: '清单.docx', bytes: new TextEncoder().encode('纯文本') }, { now }).catch((caught) => caught);
    expect(error).toBeInstanceOf(DubanError);
    expect((error as DubanError).problem).toBe(noticeMessages.noTable);
    void fileKindMessages;
    expect((await masterInfo(workspace))?.tasks).toBe(2);
  });

  test('stops before writing when cancelled', async () => {
    const workspace = new StandaloneWorkspace();
    const controller = new AbortController();
    controller.abort();
    const input = await foreignWorkbook('a.xlsx', '2024年任务', ROWS);
    await expect(loadForeignListFile(workspace, input, { now }, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(await masterInfo(workspace)).toBeNull();
  });

  test('in Excel it writes the master sheets, and asks before replacing them', async () => {
    const excel = new FakeExcel();
    const workspace = new ExcelWorkspace(excel.run, () => true, 0);
    const input = await foreignWorkbook('binhai.xlsx', '滨海新区2024年重点工作', ROWS);
    const outcome = await loadForeignListFile(workspace, input, { now });
    expect(outcome.download).toBeUndefined();
    expect(excel.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([SHEETS.taskList, SHEETS.breakdown]));
    expect((await masterInfo(workspace))?.tasks).toBe(2);
    await expect(loadNoticeText(workspace, keyWorkNotice(3), { now })).rejects.toBeInstanceOf(SheetsExistError);
    await loadNoticeText(workspace, keyWorkNotice(3), { now, replaceExisting: true });
    expect((await masterInfo(workspace))?.tasks).toBe(3);
  });
});
