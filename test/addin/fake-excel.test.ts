/**
 * The strict fake refuses what Excel refuses, so adapter tests on it fail where real Excel would;
 * and the adapter passes Excel's rules it checks (protected summaries still let a PivotTable
 * refresh; live validation of whole columns and large pastes).
 */
import { SHEETS } from '../../src/domain/vocabulary.js';
import { attachLiveValidation, renderSpecToWorkbook, type CellChange } from '../../src/excel/index.js';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import { builtinDirectory, builtinList } from '../../src/taskpane/builtin.js';
import { FakeExcel } from './fake-excel.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';

const allSupported = () => true;

/** The error code a batch fails with. */
async function failure(excel: FakeExcel, queue: (context: Excel.RequestContext) => void): Promise<string | undefined> {
  const context = excel.context();
  try {
    queue(context);
    await context.sync();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('the strict fake refuses what Excel refuses', () => {
  test('a property read before load and sync, and a member Excel does not have, throw at once', async () => {
    const excel = new FakeExcel([{ name: '表', rows: [['a']] }]);
    const context = excel.context();
    const range = context.workbook.worksheets.getItem('表').getRange('A1');
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([['a']]);
    expect(() => (range as unknown as { valus: unknown }).valus).toThrow(/not a member/);
    expect(() => ((range.format as unknown as { colour: string }).colour = 'red')).toThrow(/cannot be set/);
  });

  test('an array that does not match the range, and a write to a locked cell of a protected sheet, fail the batch', async () => {
    const excel = new FakeExcel([{ name: '表' }, { name: '其他' }]);
    expect(await failure(excel, (c) => (c.workbook.worksheets.getItem('表').getRange('A1:B2').values = [[1, 2]]))).toBe('InvalidArgument');
    expect(await failure(excel, (c) => c.workbook.worksheets.getItem('表').protection.protect({ allowFormatColumns: true }))).toBeUndefined();
    expect(await failure(excel, (c) => (c.workbook.worksheets.getItem('表').getRange('A1').values = [[1]]))).toBe('AccessDenied');
    expect(await failure(excel, (c) => (c.workbook.worksheets.getItem('表').getRange('A:A').format.columnWidth = 30))).toBeUndefined();
    expect(await failure(excel, (c) => c.workbook.worksheets.getItem('表').getRange('A1:B1').merge(false))).toBe('AccessDenied');
  });

  test('a VeryHidden sheet or the last visible sheet cannot be deleted', async () => {
    const excel = new FakeExcel([{ name: '可见' }, { name: '隐藏', visibility: 'VeryHidden' }]);
    expect(await failure(excel, (c) => c.workbook.worksheets.getItem('隐藏').delete())).toBe('InvalidOperation');
    expect(await failure(excel, (c) => c.workbook.worksheets.getItem('可见').delete())).toBe('InvalidOperation');
    expect(await failure(excel, (c) => (c.workbook.worksheets.getItem('可见').visibility = 'Hidden'))).toBe('InvalidOperation');
    expect(await failure(excel, (c) => {
      c.workbook.worksheets.getItem('隐藏').visibility = 'Hidden';
      c.workbook.worksheets.getItem('隐藏').delete();
    })).toBeUndefined();
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['可见']);
  });

  test.each(['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', '年度[汇总]', 'a:b', '问题?', '甲/乙', '甲\\乙', '星*', "'引号'", 'history'])(
    'the sheet name %s is refused',
    async (name) => {
      const excel = new FakeExcel();
      expect(await failure(excel, (c) => c.workbook.worksheets.add(name))).toBe('InvalidArgument');
    },
  );

  test('sheet, table and defined names are unique whatever their case', async () => {
    const excel = new FakeExcel([{ name: 'Data', rows: [['h'], [1]] }]);
    expect(await failure(excel, (c) => c.workbook.worksheets.add('DATA'))).toBe('ItemAlreadyExists');
    expect(await failure(excel, (c) => (c.workbook.worksheets.getItem('Data').tables.add('A1:A2', true).name = 'Units'))).toBeUndefined();
    expect(await failure(excel, (c) => c.workbook.names.add('UNITS', '=Data!$A$1'))).toBe('ItemAlreadyExists');
  });

  test('a table cannot cover merged cells; a PivotTable needs an existing source and fields of its header row', async () => {
    const excel = new FakeExcel([{ name: '表', rows: [['单位', '状态'], ['甲', '已完成']] }]);
    await failure(excel, (c) => c.workbook.worksheets.getItem('表').getRange('A4:B4').merge(false));
    expect(await failure(excel, (c) => c.workbook.worksheets.getItem('表').tables.add('A3:B5', true))).toBe('InvalidOperation');
    expect(await failure(excel, (c) => (c.workbook.worksheets.getItem('表').tables.add('A1:B2', true).name = 'T'))).toBeUndefined();
    const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem('表');
    expect(await failure(excel, (c) => sheet(c).pivotTables.add('P1', c.workbook.tables.getItem('没有'), sheet(c).getRange('E1')))).toBe('ItemNotFound');
    expect(await failure(excel, (c) => {
      const pivot = sheet(c).pivotTables.add('P2', c.workbook.tables.getItem('T'), sheet(c).getRange('E1'));
      pivot.rowHierarchies.add(pivot.hierarchies.getItem('领导'));
    })).toBe('ItemNotFound');
  });

  test('a chart needs a chart type and a range; a protected sheet refuses it; it goes with its sheet', async () => {
    const excel = new FakeExcel([{ name: '表', rows: [['单位', '已完成'], ['甲', 1]] }, { name: '其他' }]);
    const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem('表');
    expect(await failure(excel, (c) => sheet(c).charts.add('Columns' as Excel.ChartType, sheet(c).getRange('B2'), 'Columns'))).toBe('InvalidArgument');
    expect(await failure(excel, (c) => sheet(c).charts.add('ColumnStacked', 'B2' as unknown as Excel.Range, 'Columns'))).toBe('InvalidArgument');
    expect(await failure(excel, (c) => sheet(c).charts.add('ColumnStacked', sheet(c).getRange('B2'), 'Columns').series.getItemAt(1).name = '滞后')).toBe('ItemNotFound');
    expect(excel.sheet('表').charts).toHaveLength(1);
    await failure(excel, (c) => sheet(c).protection.protect({ allowFormatColumns: true }));
    expect(await failure(excel, (c) => sheet(c).charts.add('ColumnStacked', sheet(c).getRange('B2'), 'Columns'))).toBe('AccessDenied');
    expect(await failure(excel, (c) => (sheet(c).charts.getItemAt(0).title.text = '标题'))).toBe('AccessDenied');
    expect(excel.sheet('表').charts).toHaveLength(1);
    await failure(excel, (c) => sheet(c).delete());
    expect(excel.sheets.flatMap((s) => s.charts)).toEqual([]);
  });

  test('a request over 5 MB is refused whole', async () => {
    const excel = new FakeExcel([{ name: '表' }]);
    const text = '长'.repeat(30_000);
    const code = await failure(excel, (c) => (c.workbook.worksheets.getItem('表').getRange('A1:A60').values = Array.from({ length: 60 }, () => [text])));
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.sheet('表').cells.size).toBe(0);
  });
});

describe('the adapter keeps Excel\'s rules', () => {
  test('the protected summary sheets allow PivotTables, so their PivotTable can be refreshed', async () => {
    const excel = new FakeExcel();
    await renderSpecToWorkbook(excel.context(), buildMasterSpec({ list: builtinList('tianjin-2023-key-work'), directory: builtinDirectory(), progress: [], generatedAt: '2023-04-03T09:00:00' }), { isSetSupported: allSupported });
    const summary = excel.sheet(SHEETS.byUnit);
    expect(summary.protection?.options).toMatchObject({ allowPivotTables: true });
    const pivot = summary.pivots[0];
    expect(await failure(excel, (c) => c.workbook.worksheets.getItem(SHEETS.byUnit).pivotTables.getItem(pivot.name).refresh())).toBeUndefined();
    expect(pivot.refreshes).toBe(1);
    // A sheet protected without it refuses the refresh, as Excel does.
    await failure(excel, (c) => c.workbook.worksheets.getItem(SHEETS.byUnit).protection.unprotect());
    await failure(excel, (c) => c.workbook.worksheets.getItem(SHEETS.byUnit).protection.protect({ allowFormatColumns: true }));
    expect(await failure(excel, (c) => c.workbook.worksheets.getItem(SHEETS.byUnit).pivotTables.getItem(pivot.name).refresh())).toBe('AccessDenied');
  });

  test('the summary sheets carry their status chart over their own cells, added before the sheet is protected', async () => {
    const excel = new FakeExcel();
    const spec = buildMasterSpec({ list: builtinList('tianjin-2023-key-work'), directory: builtinDirectory(), progress: [], generatedAt: '2023-04-03T09:00:00' });
    await renderSpecToWorkbook(excel.context(), spec, { isSetSupported: allSupported });
    for (const name of [SHEETS.byUnit, SHEETS.byLeader]) {
      const [chart, ...others] = excel.sheet(name).charts;
      const wanted = spec.sheets.find((sheet) => sheet.name === name)!.charts![0];
      expect(others).toEqual([]);
      expect(chart).toMatchObject({ type: 'ColumnStacked', title: wanted.title, legend: 'Top', position: wanted.place });
      expect(chart.series).toEqual(
        wanted.series.map((series) => ({ name: series.name, values: `${name}!${series.values}`, xValues: `${name}!${wanted.categories}`, color: `#${series.color}` })),
      );
      const breaks = excel.sheet(name).pageLayout.horizontalPageBreaks as number[];
      expect(breaks[0]).toBe(Number(/\d+/.exec(wanted.place)![0]));
      expect(breaks).toEqual(spec.sheets.find((sheet) => sheet.name === name)!.print!.pageBreaksBefore);
      expect(excel.sheet(name).protection).not.toBeNull();
    }
  });

  test('按单位汇总 of a master with two periods also carries the lights over the periods as a line chart, each line in its colour', async () => {
    const excel = new FakeExcel();
    const list = aList().task(1, { units: ['市商务局'], due: '2023-05-15' }).task(2, { units: ['市发展改革委'], due: '2023-07-05' }).build();
    const progress = [anEntry('市商务局', 1, '序时推进', '2023Q1'), anEntry('市商务局', 1, '序时推进', '2023Q2'), anEntry('市发展改革委', 2, '滞后', '2023Q2')];
    const spec = buildMasterSpec({ list, directory: aDirectory(['市商务局', '市发展改革委']), progress, generatedAt: '2023-08-15T09:00:00' });
    await renderSpecToWorkbook(excel.context(), spec, { isSetSupported: allSupported });
    const wanted = spec.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!.charts!.find((chart) => chart.kind === 'line')!;
    const charts = excel.sheet(SHEETS.byUnit).charts;
    expect(charts.map((chart) => chart.type)).toEqual(['ColumnStacked', 'LineMarkers']);
    expect(charts[1]).toMatchObject({ title: wanted.title, position: wanted.place });
    expect(charts[1].series).toEqual(
      wanted.series.map((series) => ({ name: series.name, values: `${SHEETS.byUnit}!${series.values}`, xValues: `${SHEETS.byUnit}!${wanted.categories}`, color: `#${series.color}`, lineColor: `#${series.color}` })),
    );
    expect(charts[0].series.every((series) => series.lineColor === undefined)).toBe(true);
  });

  test('live validation reads a whole-column or whole-row edit by its part inside the used range, and reports a large paste as too large', async () => {
    const excel = new FakeExcel([{ name: '任务清单', rows: Array.from({ length: 30 }, (_, r) => [r + 1, `任务${r + 1}`, '市发改委']) }]);
    const changes: CellChange[] = [];
    const errors: unknown[] = [];
    await attachLiveValidation(excel.context(), (change) => void changes.push(change), { run: excel.run, isSetSupported: allSupported, maxCells: 50, onError: (e) => errors.push(e) });
    await excel.edit('任务清单', 'C:C', []);
    await excel.edit('任务清单', '3:3', []);
    await excel.edit('任务清单', 'A1:C30', Array.from({ length: 30 }, () => ['x', 'y', 'z']));
    expect(errors).toEqual([]);
    expect(changes[0]).toMatchObject({ kind: 'cells', address: 'C1:C30', row0: 0, col0: 2 });
    expect((changes[0] as { values: unknown[][] }).values).toHaveLength(30);
    expect(changes[1]).toMatchObject({ kind: 'cells', address: 'A3:C3', row0: 2, col0: 0, values: [[3, '任务3', '市发改委']] });
    expect(changes[2]).toMatchObject({ kind: 'tooLarge', address: 'A1:C30', cells: 90 });
  });
});
