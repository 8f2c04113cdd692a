import fc from 'fast-check';
import { DubanError } from '../../src/domain/errors.js';
import { excelMessages } from '../../src/domain/messages/index.js';
import { CancelledError } from '../../src/domain/operation.js';
import type { SheetSpec, SpecCell, WorkbookSpec } from '../../src/domain/spec/index.js';
import { attachLiveValidation, readWorkbookGrid, renderSpecToWorkbook, type CellChange } from '../../src/excel/index.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { anExcelJsWorkbook } from '../xlsx/builders.js';
import { FakeExcel } from './fake-excel.js';

const allSupported = () => true;
const only17 = (_set: string, version: string) => Number(version) <= 1.7;

/** A spec in the master workbook's shape: a task sheet with `rows` tasks, a hidden directory, a pivot sheet. */
function aMasterSpec(rows: number, contents: (i: number) => string = (i) => `第${i + 1}项重点工作`): WorkbookSpec {
  const header = ['序号', '重点工作', '完成时限', '牵头单位', '进展状态'];
  const tasks: SheetSpec = {
    name: '任务清单',
    tabColor: 'C00000',
    columns: [{ width: 6 }, { width: 60, style: 'wrap' }, { width: 14 }, { width: 20 }, { width: 12, style: 'input' }],
    rows: [
      { cells: [{ value: '天津市2023年重点工作任务分解表', style: 'title' }], height: 28 },
      { cells: header.map((value): SpecCell => ({ value, style: 'header' })) },
      ...Array.from({ length: rows }, (_, i) => ({
        cells: [i + 1, contents(i), { date: '2023-12-31' }, '市发展改革委', '序时推进'] as SpecCell[],
        style: 'body',
      })),
    ],
    merges: ['A1:E1'],
    freeze: { rows: 2, columns: 0 },
    tables: [{ name: 'Tasks', ref: `A2:E${rows + 2}` }],
    validations: [{ range: `E3:E${rows + 2}`, type: 'list', values: ['已完成', '序时推进', '滞后', '未启动'] }],
    conditionalFormats: [{ range: `C3:C${rows + 2}`, rules: [{ type: 'expression', formula: 'C3<TODAY()', style: { fill: 'FFC7CE' } }] }],
    protection: { allowFilter: true },
    print: { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: '1:2', footer: '&C第 &P 页，共 &N 页', paperSize: 9 },
  };
  const directory: SheetSpec = {
    name: '单位名录',
    state: 'hidden',
    columns: [{ width: 20 }],
    rows: [{ cells: ['单位名称'] }, { cells: ['市发展改革委'] }],
  };
  const summary: SheetSpec = {
    name: '按单位汇总',
    columns: [{ width: 20 }, { width: 10 }],
    rows: [{ cells: ['单位', '任务数'] }, { cells: ['市发展改革委', { formula: `COUNTIF(Tasks[牵头单位],A2)`, result: rows }] }],
    pivots: [{ name: 'ByUnit', source: 'Tasks', anchor: 'D1', rows: ['牵头单位'], columns: ['进展状态'], values: [{ field: '序号', summarizeBy: 'count' }], filters: [] }],
  };
  return {
    properties: { title: '督办', creator: '督办助手', created: '2023-03-01T00:00:00Z', modified: '2023-03-01T00:00:00Z' },
    styles: {
      title: { bold: true, fontSize: 16, hAlign: 'center' },
      header: { bold: true, fill: 'D9E1F2', border: true },
      body: { border: true, wrap: true },
      wrap: { wrap: true },
      input: { locked: false },
    },
    sheets: [tasks, directory, summary],
    definedNames: [{ name: 'Units', ref: '单位名录!$A$2:$A$2' }],
  };
}

describe('renderSpecToWorkbook', () => {
  test('renders a three-sheet spec in the same five syncs for 10 rows and for 3,000 rows', async () => {
    for (const rows of [10, 3000]) {
      const excel = new FakeExcel();
      const result = await renderSpecToWorkbook(excel.context(), aMasterSpec(rows), { isSetSupported: allSupported });
      expect(excel.syncs).toBe(5);
      expect(result.syncs).toBe(5);
      expect(result.skipped).toEqual([]);
      expect(excel.cell('任务清单', `B${rows + 2}`)?.value).toBe(`第${rows}项重点工作`);
    }
  });

  test('styles equal rows as one block: the number of format commands does not grow with the rows', async () => {
    const counts = [];
    for (const rows of [10, 3000]) {
      const excel = new FakeExcel();
      await renderSpecToWorkbook(excel.context(), aMasterSpec(rows), { isSetSupported: allSupported });
      counts.push(excel.find(/format\.font\.name$/).length);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThan(20);
  });

  test('keeps text that starts with = + - @ as text and writes formulas as formulas', async () => {
    const dangerous = ['=HYPERLINK("http://x","点我")', '+86 022-1234', '-已完成', '@市发改委', '2023-05', "'引号"];
    const excel = new FakeExcel();
    await renderSpecToWorkbook(excel.context(), aMasterSpec(dangerous.length, (i) => dangerous[i]), { isSetSupported: allSupported });
    dangerous.forEach((text, i) => {
      const cell = excel.cell('任务清单', `B${i + 3}`);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(text);
    });
    expect(excel.cell('按单位汇总', 'B2')?.formula).toBe('=COUNTIF(Tasks[牵头单位],A2)');
    expect(excel.cell('任务清单', 'C3')).toMatchObject({ value: 45291, numberFormat: 'yyyy-mm-dd' });
  });

  test('writes merges, frozen rows, tables, dropdowns, conditional formats, print setup, protection and names', async () => {
    const excel = new FakeExcel();
    await renderSpecToWorkbook(excel.context(), aMasterSpec(5), { isSetSupported: allSupported });
    expect(excel.sheet('任务清单').merges).toEqual(['A1:E1']);
    expect(excel.find(/任务清单\] freezePanes\.freezeRows$/)[0].args).toEqual([2]);
    expect(excel.find(/tables\.add$/)[0].args).toEqual(['A2:E7', true]);
    expect(excel.sheet('任务清单').tables.map((table) => table.name)).toEqual(['Tasks']);
    expect(excel.find(/E3:E7 dataValidation\.rule$/)[0].value).toEqual({ list: { inCellDropDown: true, source: '已完成,序时推进,滞后,未启动' } });
    expect(excel.find(/C3:C7 conditionalFormats\.add\(\)\.custom\.rule\.formula$/)[0].value).toBe('=C3<TODAY()');
    expect(excel.find(/pageLayout\.orientation$/)[0].value).toBe('Landscape');
    expect(excel.find(/pageLayout\.paperSize$/)[0].value).toBe('A4');
    expect(excel.find(/pageLayout\.setPrintTitleRows$/)[0].args).toEqual(['$1:$2']);
    expect(excel.find(/defaultForAllPages\.centerFooter$/)[0].value).toBe('第 &P 页，共 &N 页');
    expect(excel.find(/任务清单\] protection\.protect$/)[0].args).toEqual([{ allowAutoFilter: true, allowSort: false, allowFormatColumns: false }]);
    expect(excel.find(/E:E format\.protection\.locked$/)[0].value).toBe(false);
    expect(excel.find(/A:A format\.columnWidth$/)[0].value).toBeCloseTo(35.25);
    expect(excel.names.get('Units')?.formula).toBe('=单位名录!$A$2:$A$2');
    expect(excel.sheet('单位名录').visibility).toBe('Hidden');
    // Protection comes after every write to the sheet.
    const protectAt = excel.calls.findIndex((call) => /任务清单\] protection\.protect$/.test(call.path));
    expect(excel.calls.slice(protectAt + 1).some((call) => call.path.startsWith('任务清单!'))).toBe(false);
  });

  test('rows of long wrapped text get the height their lines need, as in files the CLI writes', async () => {
    const excel = new FakeExcel();
    const long = '推动各区结合产业定位，各有侧重，加强与央企、央院精准对接，谋划央企与地方共建产业园区，积极承接优质制造业、科技创新资源、现代服务业企业和项目，引进一批总部企业和项目。';
    await renderSpecToWorkbook(excel.context(), aMasterSpec(2, (i) => (i === 0 ? long : '短')), { isSetSupported: allSupported });
    const heights = excel.find(/任务清单!\d+:\d+ format\.rowHeight$/).map((call) => [call.path.split(' ')[0], call.value]);
    expect(heights).toEqual([['任务清单!1:1', 28], ['任务清单!3:3', expect.any(Number)]]);
    expect(heights[1][1]).toBeGreaterThanOrEqual(3 * 11 * 1.35);
  });

  test('builds the pivot from the table where ExcelApi 1.8 exists', async () => {
    const excel = new FakeExcel();
    await renderSpecToWorkbook(excel.context(), aMasterSpec(5), { isSetSupported: allSupported });
    const add = excel.find(/pivotTables\.add$/)[0];
    expect(add.args?.[0]).toBe('ByUnit');
    expect(excel.sheet('按单位汇总').pivots).toEqual([
      expect.objectContaining({ name: 'ByUnit', source: 'Tasks', rows: ['牵头单位'], columns: ['进展状态'], data: [{ field: '序号', summarizeBy: 'Count' }], filters: [] }),
    ]);
    expect(excel.find(/rowHierarchies\.add$/)).toHaveLength(1);
    expect(excel.find(/hierarchies\.getItem$/).map((call) => call.args?.[0])).toEqual(['牵头单位', '进展状态', '序号']);
    expect(excel.find(/dataHierarchies\.add\(\)\.summarizeBy$/)[0].value).toBe('Count');
  });

  test('on ExcelApi 1.7 leaves out dropdowns, print setup and pivots and says so for each sheet', async () => {
    const excel = new FakeExcel();
    const result = await renderSpecToWorkbook(excel.context(), aMasterSpec(5), { isSetSupported: only17 });
    expect(result.skipped.map((s) => [s.sheet, s.feature])).toEqual([
      ['任务清单', 'dataValidation'],
      ['任务清单', 'printSetup'],
      ['按单位汇总', 'pivotTables'],
    ]);
    expect(result.skipped[2].message).toBe(excelMessages.unsupported(excelMessages.features.pivotTables, '按单位汇总', '1.8'));
    expect(excel.find(/pivotTables|dataValidation|pageLayout/)).toEqual([]);
    expect(excel.syncs).toBe(4);
  });

  test('refuses to overwrite sheets the workbook already has, unless told to replace them', async () => {
    const excel = new FakeExcel([{ name: '任务清单', rows: [['旧内容']] }, { name: '其他', rows: [['保留']] }]);
    await expect(renderSpecToWorkbook(excel.context(), aMasterSpec(3), { isSetSupported: allSupported })).rejects.toThrow(
      new DubanError(excelMessages.sheetsExist(['任务清单'])),
    );
    expect(excel.cell('任务清单', 'A1')?.value).toBe('旧内容');

    await renderSpecToWorkbook(excel.context(), aMasterSpec(3), { isSetSupported: allSupported, replaceExisting: true });
    expect(excel.sheets.map((s) => s.name)).toEqual(['其他', '任务清单', '单位名录', '按单位汇总']);
    expect(excel.cell('任务清单', 'A1')?.value).toBe('天津市2023年重点工作任务分解表');
    expect(excel.cell('其他', 'A1')?.value).toBe('保留');
  });

  test('splits very large sheets into several cell batches', async () => {
    const excel = new FakeExcel();
    const result = await renderSpecToWorkbook(excel.context(), aMasterSpec(100), { isSetSupported: allSupported, budgetBytes: 40_000 });
    expect(result.syncs).toBeGreaterThan(5);
    expect(result.largestRequest).toBeLessThanOrEqual(40_000);
    expect(excel.cell('任务清单', 'B102')?.value).toBe('第100项重点工作');
  });

  test('names the phase that failed in a Chinese message', async () => {
    const spec = aMasterSpec(3);
    spec.definedNames = [
      { name: 'Units', ref: '单位名录!$A$2' },
      { name: 'Units', ref: '单位名录!$A$2' },
    ];
    const excel = new FakeExcel();
    await expect(renderSpecToWorkbook(excel.context(), spec, { isSetSupported: allSupported })).rejects.toThrow(excelMessages.phases.features);
  });

  test('reports progress per phase and, when cancelled, stops and leaves the workbook as it was', async () => {
    const seen: number[] = [];
    const controller = new AbortController();
    const excel = new FakeExcel([{ name: 'Sheet1', rows: [['原有内容']] }]);
    const before = excel.snapshot();
    const run = renderSpecToWorkbook(excel.context(), aMasterSpec(3), {
      isSetSupported: allSupported,
      signal: controller.signal,
      onProgress: ({ done }) => {
        seen.push(done);
        if (done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toEqual([0, 1, 2]);
    expect(excel.snapshot()).toEqual(before);
  });
});

describe('readWorkbookGrid', () => {
  test('reads back what was rendered in a few syncs: text, numbers, ISO dates, filled merges, hidden state', async () => {
    const excel = new FakeExcel();
    await renderSpecToWorkbook(excel.context(), aMasterSpec(4, (i) => ['=1+1', '普通文字', '-减号', '007'][i]), { isSetSupported: allSupported });
    excel.syncs = 0;
    const grid = await readWorkbookGrid(excel.context(), { isSetSupported: allSupported });
    expect(excel.syncs).toBeLessThanOrEqual(4);
    const tasks = grid.sheets.find((s) => s.name === '任务清单');
    expect(tasks?.rows[0]).toEqual(Array(5).fill('天津市2023年重点工作任务分解表'));
    expect(tasks?.merges).toEqual(['A1:E1']);
    expect(tasks?.rows[2]).toEqual([1, '=1+1', '2023-12-31', '市发展改革委', '序时推进']);
    expect(tasks?.rows.slice(3).map((row) => row[1])).toEqual(['普通文字', '-减号', '007']);
    expect(grid.sheets.find((s) => s.name === '单位名录')?.state).toBe('hidden');
  });

  test('lays out a used range that starts below and right of A1 from A1, and an empty sheet as no rows', async () => {
    const excel = new FakeExcel([{ name: '空表' }, { name: '偏移', rows: [[], [null, null, 'C2', 5]] }]);
    const grid = await readWorkbookGrid(excel.context(), { isSetSupported: only17 });
    expect(grid.sheets[0]).toEqual({ name: '空表', state: 'visible', rows: [], merges: [] });
    expect(grid.sheets[1].rows).toEqual([[], [null, null, 'C2', 5]]);
  });

  test('reads numbers under date, date-time, time and look-alike formats as the ExcelJS reader reads the same cells', async () => {
    const cells: [number, string][] = [
      [45291, 'yyyy-mm-dd'],
      [45026.6041666667, 'yyyy-mm-dd hh:mm'],
      [45291, 'yyyy"年"m"月"d"日"'],
      [0.5, 'h:mm'],
      [45291, '#,##0'],
      [7, '0"天"'],
      [5, 'General'],
    ];
    const file = await anExcelJsWorkbook((wb) => {
      const ws = wb.addWorksheet('表');
      cells.forEach(([value, format], c) => {
        ws.getCell(1, c + 1).value = value;
        ws.getCell(1, c + 1).numFmt = format;
      });
    });
    const excel = new FakeExcel([{ name: '表' }]);
    cells.forEach(([value, numberFormat], c) => excel.sheet('表').cells.set(`0,${c}`, { value, numberFormat }));
    const office = await readWorkbookGrid(excel.context(), { isSetSupported: allSupported });
    const expected = ['2023-12-31', '2023-04-10 14:30:00', '2023-12-31', '12:00:00', 45291, 7, 5];
    expect(office.sheets[0].rows).toEqual([expected]);
    expect((await readWorkbook(file)).sheets[0].rows).toEqual([expected]);
  });
});

describe('attachLiveValidation', () => {
  test.each([
    ['the workbook-wide event (ExcelApi 1.9)', allSupported],
    ['one event per sheet (ExcelApi 1.7)', only17],
  ])('passes each edited cell of the watched sheets to the handler, using %s, until detached', async (_, isSetSupported) => {
    const excel = new FakeExcel([{ name: '任务清单' }, { name: '其他' }]);
    const changes: CellChange[] = [];
    const detach = await attachLiveValidation(excel.context(), (change) => void changes.push(change), {
      sheets: ['任务清单'],
      run: excel.run,
      isSetSupported,
      maxCells: 4,
    });
    await excel.edit('任务清单', 'F5', [['市发改委']]);
    await excel.edit('其他', 'A1', [['无关']]);
    await excel.edit('任务清单', 'A1:C3', [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]);
    expect(changes).toEqual([
      { kind: 'cells', sheet: '任务清单', address: 'F5', row0: 4, col0: 5, values: [['市发改委']] },
      { kind: 'tooLarge', sheet: '任务清单', address: 'A1:C3', cells: 9, message: excelMessages.liveTooLarge('A1:C3', 9) },
    ]);
    await detach();
    await excel.edit('任务清单', 'F6', [['市商务局']]);
    expect(changes).toHaveLength(2);
  });

  test('hands errors of reading a change to onError instead of losing them', async () => {
    const excel = new FakeExcel([{ name: '任务清单' }]);
    const errors: unknown[] = [];
    await attachLiveValidation(
      excel.context(),
      () => {
        throw new Error('处理失败');
      },
      { run: excel.run, isSetSupported: allSupported, onError: (error) => errors.push(error) },
    );
    await excel.edit('任务清单', 'B2', [['x']]);
    expect(errors).toEqual([new Error('处理失败')]);
  });
});

describe('text written into the workbook', () => {
  // Invariant: any string a spec holds is read back from the workbook as exactly that string.
  test('round-trips every string, whatever it starts with', async () => {
    const text = fc.oneof(
      fc.string({ minLength: 1 }),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', "'", '0', '2023-', '#'), fc.string()).map(([a, b]) => a + b),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 8 }), async (texts) => {
        const values = texts.filter((t) => t.trim() !== '');
        fc.pre(values.length > 0);
        const excel = new FakeExcel();
        await renderSpecToWorkbook(excel.context(), aMasterSpec(values.length, (i) => values[i]), { isSetSupported: allSupported });
        const grid = await readWorkbookGrid(excel.context(), { isSetSupported: allSupported, sheets: ['任务清单'] });
        expect(grid.sheets[0].rows.slice(2).map((row) => row[1])).toEqual(values);
      }),
      { numRuns: 60 },
    );
  });
});
