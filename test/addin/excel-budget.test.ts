/**
 * Every request the adapter sends stays under the 4 MB budget, for writes and reads alike, measured
 * by the strict fake the way Office.js serializes requests (its own estimate, independent of the
 * adapter's): a 20,000-task list loads, validates and summarizes; reads touch only the sheets an
 * operation needs.
 */
import { buildMasterSpec } from '../../src/domain/master/index.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { BUDGET_BYTES, readWorkbookGrid, renderSpecToWorkbook } from '../../src/excel/index.js';
import { heightRuns } from '../../src/excel/cells.js';
import { masterInfo, summarizeMaster, validateMaster } from '../../src/taskpane/operations.js';
import { ExcelWorkspace } from '../../src/taskpane/workspace.js';
import { syntheticList } from '../helpers/synthetic-list.js';
import { FakeExcel } from './fake-excel.js';

const now = new Date('2023-04-03T09:00:00+08:00');
const allSupported = () => true;

function largest(excel: FakeExcel, from = 0) {
  const requests = excel.requests.slice(from);
  return { request: Math.max(...requests.map((r) => r.request)), response: Math.max(...requests.map((r) => r.response)), syncs: requests.length };
}

describe('every request stays under the byte budget', () => {
  test('a 20,000-task list loads, validates and summarizes with every request and response under 4 MB', async () => {
    const { list, directory } = syntheticList(20_000);
    const spec = buildMasterSpec({ list, directory, progress: [], generatedAt: '2023-04-03T09:00:00' });
    const excel = new FakeExcel([{ name: 'Sheet1' }], { record: false });
    const workspace = new ExcelWorkspace(excel.run, allSupported, 0);
    await workspace.writeMaster(spec, { replaceExisting: false, fileName: 'x.xlsx' });
    const write = largest(excel);
    expect(write.syncs).toBeGreaterThan(5);
    expect(write.request).toBeLessThan(BUDGET_BYTES);
    // The same master read back: 50,000 责任分解 rows and the metadata's long JSON cells.
    const before = excel.requests.length;
    const report = await validateMaster(workspace);
    expect(report.sheetsChecked.length).toBeGreaterThan(0);
    expect((await masterInfo(workspace))?.tasks).toBe(20_000);
    const summary = await summarizeMaster(workspace, { now });
    expect(summary.byUnit.length).toBeGreaterThan(50);
    const read = largest(excel, before);
    expect(read.response).toBeLessThan(BUDGET_BYTES);
    expect(read.request).toBeLessThan(BUDGET_BYTES);
    // Bigger than one response may carry, so it really was split.
    const total = excel.requests.slice(before).reduce((sum, r) => sum + r.response, 0);
    expect(total).toBeGreaterThan(3 * BUDGET_BYTES);
  }, 600_000);

  test('a read asks only for the sheets it names, and none of a large unrelated sheet', async () => {
    const { list, directory } = syntheticList(300);
    const excel = new FakeExcel([{ name: '别的数据', rows: Array.from({ length: 20_000 }, (_, r) => [`第${r}行`, '很长的说明文字'.repeat(20)]) }], { record: false });
    await renderSpecToWorkbook(excel.context(), buildMasterSpec({ list, directory, progress: [], generatedAt: '2023-04-03T09:00:00' }), { isSetSupported: allSupported });
    const before = excel.requests.length;
    const grid = await readWorkbookGrid(excel.context(), { isSetSupported: allSupported, sheets: [SHEETS.masterMeta, SHEETS.progress] });
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual([SHEETS.progress, SHEETS.masterMeta]);
    const bytes = excel.requests.slice(before).reduce((sum, r) => sum + r.response, 0);
    // The unrelated sheet alone is over 10 MB.
    expect(bytes).toBeLessThan(2_000_000);
  });

  test('a read whose rows are larger than first measured is asked again in halves when Excel refuses the response', async () => {
    // Short rows first, then rows of 30,000 characters: the growth from the short rows overshoots.
    const rows = [...Array.from({ length: 40 }, (_, r) => [`短${r}`]), ...Array.from({ length: 200 }, (_, r) => [`${r}`.padEnd(30_000, '长')])];
    const excel = new FakeExcel([{ name: '表', rows }], { record: false, payloadLimit: 5_000_000 });
    const grid = await readWorkbookGrid(excel.context(), { isSetSupported: allSupported, budgetBytes: 20_000_000 });
    expect(grid.sheets[0].rows).toHaveLength(240);
    expect(grid.sheets[0].rows[239][0]).toBe(`199`.padEnd(30_000, '长'));
    expect(excel.requests.some((r) => r.response > 5_000_000)).toBe(true);
  });

  test('consecutive rows of equal height are set as one range', () => {
    const rows = [28, undefined, 24, 24, 24, 40, 24, 24].map((height) => ({ cells: ['x'], height }));
    expect(heightRuns({ name: '表', columns: [], rows })).toEqual([
      [0, 0, 28],
      [2, 4, 24],
      [5, 5, 40],
      [6, 7, 24],
    ]);
  });
});
