/**
 * Writing a master is all or nothing: a failure injected at every sync of a write (at its first,
 * middle and last command, the commands before it applied, as Excel does) leaves the workbook as it
 * was, cell for cell — or, once an old sheet is deleted in the last request, finishes the write.
 */
import { DubanError } from '../../src/domain/errors.js';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import { excelMessages } from '../../src/domain/messages/index.js';
import type { WorkbookSpec } from '../../src/domain/spec/index.js';
import { SHEETS, STATUSES } from '../../src/domain/vocabulary.js';
import { renderSpecToWorkbook, type RenderOptions } from '../../src/excel/index.js';
import type { BuiltinListId } from '../../src/app/index.js';
import { builtinDirectory, builtinList } from '../../src/taskpane/builtin.js';
import { FakeExcel } from './fake-excel.js';

const KEY_WORK: BuiltinListId = 'tianjin-2023-key-work';
const BUSINESS: BuiltinListId = 'tianjin-2023-business-environment';
const allSupported = () => true;

function master(listId: BuiltinListId): WorkbookSpec {
  return buildMasterSpec({ list: builtinList(listId), directory: builtinDirectory(), progress: [], generatedAt: '2023-04-03T09:00:00' });
}

/** What 汇总回收表 writes: the master with consolidated progress rows and an extra sheet (报送情况's place). */
function consolidated(listId: BuiltinListId): WorkbookSpec {
  const list = builtinList(listId);
  const progress = list.tasks.slice(0, 40).map((task) => ({
    period: '2023Q1',
    unit: task.units[0].name,
    seq: task.seq,
    status: STATUSES[1],
    text: '=已按计划推进，完成阶段目标。',
    sourceFile: `${task.units[0].name}-2023Q1.xlsx`,
  }));
  const extraSheets = [{ name: SHEETS.returnStatus, columns: [{ width: 20 }], rows: [{ cells: ['单位'] }, { cells: [list.tasks[0].units[0].name] }] }];
  return buildMasterSpec({ list, directory: builtinDirectory(), progress, generatedAt: '2023-04-10T09:00:00', extraSheets });
}

/** A workbook with the user's own sheet (a formula pointing into the master) and, when asked, a master already in it. */
async function workbook(withMaster: boolean): Promise<FakeExcel> {
  const excel = new FakeExcel([{ name: '汇报', rows: [['本周重点', withMaster ? `=${SHEETS.taskList}!C5` : '=B2*2'], ['备注', 42]] }], { record: false });
  if (withMaster) await renderSpecToWorkbook(excel.context(), master(BUSINESS), { isSetSupported: allSupported });
  excel.syncs = 0;
  excel.requests.length = 0;
  return excel;
}

const positions = ['first', 'middle', 'last'] as const;

/** Fails each sync at its first, middle and last command; the last sync (the deletes) at every command. */
async function injectEverywhere(withMaster: boolean, options: RenderOptions, everyCommandOfLast = false, spec = master(KEY_WORK)) {
  const clean = await workbook(withMaster);
  const before = clean.snapshot();
  await renderSpecToWorkbook(clean.context(), spec, options);
  const after = clean.snapshot();
  const requests = clean.requests.map((request) => request.commands);
  const outcomes: string[] = [];
  for (const [index, commands] of requests.entries()) {
    const last = index === requests.length - 1;
    const at: (number | 'first' | 'middle' | 'last')[] = last && everyCommandOfLast ? Array.from({ length: commands }, (_, i) => i) : [...positions];
    for (const position of at) {
      const excel = await workbook(withMaster);
      const command = position === 'first' ? 0 : position === 'middle' ? Math.floor(commands / 2) : position;
      excel.failAt(index + 1, command);
      let result: 'rolled back' | 'finished';
      try {
        await renderSpecToWorkbook(excel.context(), spec, options);
        result = 'finished';
      } catch (error) {
        expect(error).toBeInstanceOf(DubanError);
        expect((error as Error).message).toContain('模拟的 Excel 故障');
        expect((error as Error).message).toContain('工作簿未作任何更改');
        result = 'rolled back';
      }
      expect(excel.snapshot()).toEqual(result === 'rolled back' ? before : after);
      expect(excel.enableEvents).toBe(true);
      outcomes.push(`${index + 1}/${position}: ${result}`);
    }
  }
  return { outcomes, syncs: requests.length };
}

describe('a write that fails leaves the workbook as it was', () => {
  test('loading into a workbook with the user\'s own sheet: a failure at any sync undoes everything', async () => {
    const { outcomes, syncs } = await injectEverywhere(false, { isSetSupported: allSupported, budgetBytes: 250_000 });
    // Several syncs of cells, so a failure between two of them is tried too.
    expect(syncs).toBeGreaterThan(6);
    expect(outcomes.every((outcome) => outcome.endsWith('rolled back'))).toBe(true);
  });

  test('replacing a master (VeryHidden metadata, protected sheets, tables, names): undone up to the last request, finished after an old sheet is deleted', async () => {
    const { outcomes, syncs } = await injectEverywhere(true, { isSetSupported: allSupported, replaceExisting: true, budgetBytes: 250_000 });
    expect(syncs).toBeGreaterThan(6);
    // Every request before the last one is undone whatever command fails.
    expect(outcomes.slice(0, -3).every((outcome) => outcome.endsWith('rolled back'))).toBe(true);
    // In the last one, a failure before the deletes is undone, one after the first delete completes the write.
    expect(outcomes[outcomes.length - 3]).toBe(`${syncs}/first: rolled back`);
    expect(outcomes[outcomes.length - 1]).toBe(`${syncs}/last: finished`);
  });

  test('writing consolidated returns over the master (progress rows, an extra sheet): undone up to the last request', async () => {
    const { outcomes, syncs } = await injectEverywhere(true, { isSetSupported: allSupported, replaceExisting: true }, false, consolidated(BUSINESS));
    expect(outcomes.slice(0, -3).every((outcome) => outcome.endsWith('rolled back'))).toBe(true);
    expect(outcomes[outcomes.length - 3]).toBe(`${syncs}/first: rolled back`);
    expect(outcomes[outcomes.length - 1]).toBe(`${syncs}/last: finished`);
  });

  test('on ExcelApi 1.7 (no events switch, no PivotTables) the same holds', async () => {
    const only17 = (_set: string, version: string) => Number(version) <= 1.7;
    // Here the last request is failed at each of its commands in turn.
    const { outcomes, syncs } = await injectEverywhere(true, { isSetSupported: only17, replaceExisting: true }, true);
    const last = outcomes.filter((outcome) => outcome.startsWith(`${syncs}/`));
    expect(outcomes.filter((outcome) => !outcome.startsWith(`${syncs}/`)).every((outcome) => outcome.endsWith('rolled back'))).toBe(true);
    expect(last[0]).toBe(`${syncs}/0: rolled back`);
    expect(last.at(-1)).toBe(`${syncs}/${last.length - 1}: finished`);
    // Once finished, every later command finishes too: there is one point of no return.
    const firstFinished = last.findIndex((outcome) => outcome.endsWith('finished'));
    expect(last.slice(firstFinished).every((outcome) => outcome.endsWith('finished'))).toBe(true);
  });

  test('replacing a master whose metadata sheet is VeryHidden succeeds and leaves no stray sheets, and the user\'s formula still points at 任务清单 when a write fails', async () => {
    const excel = await workbook(true);
    expect(excel.sheet(SHEETS.masterMeta).visibility).toBe('VeryHidden');
    await renderSpecToWorkbook(excel.context(), master(KEY_WORK), { isSetSupported: allSupported, replaceExisting: true });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['汇报', ...master(KEY_WORK).sheets.map((sheet) => sheet.name)]);
    expect(excel.sheet(SHEETS.masterMeta).visibility).toBe('VeryHidden');

    const again = await workbook(true);
    again.failAt(5, 'middle');
    await expect(renderSpecToWorkbook(again.context(), master(KEY_WORK), { isSetSupported: allSupported, replaceExisting: true })).rejects.toThrow('工作簿未作任何更改');
    expect(again.cell('汇报', 'B1')?.formula).toBe(`=${SHEETS.taskList}!C5`);
  });

  test('when undoing fails too, the message says where the old sheets are, and nothing of them is lost', async () => {
    const excel = await workbook(true);
    const before = excel.sheet(SHEETS.taskList).cells.size;
    // The cells request fails (probe, tables, cells), then the undo's second request.
    excel.failAt(3, 'middle');
    excel.failAt(5, 0, '撤销时的故障');
    const failure = renderSpecToWorkbook(excel.context(), master(KEY_WORK), { isSetSupported: allSupported, replaceExisting: true });
    await expect(failure).rejects.toThrow('撤销已写入的内容时又出错：撤销时的故障');
    await expect(failure).rejects.toThrow(`「~原1-${SHEETS.taskList}」`);
    expect(excel.sheet(`~原1-${SHEETS.taskList}`).cells.size).toBe(before);
  });

  test('a table name another sheet already uses is reported before anything changes', async () => {
    const excel = await workbook(false);
    const spec = master(KEY_WORK);
    const tableName = spec.sheets.flatMap((sheet) => sheet.tables ?? [])[0].name;
    const other: WorkbookSpec = { ...spec, sheets: [{ name: '别的表', columns: [{ width: 8 }], rows: [{ cells: ['甲'] }, { cells: ['1'] }], tables: [{ name: tableName, ref: 'A1:A2' }] }], definedNames: [] };
    await renderSpecToWorkbook(excel.context(), other, { isSetSupported: allSupported });
    const before = excel.snapshot();
    await expect(renderSpecToWorkbook(excel.context(), spec, { isSetSupported: allSupported })).rejects.toThrow(new DubanError(excelMessages.tableNameTaken(tableName)));
    expect(excel.snapshot()).toEqual(before);
  });
});
