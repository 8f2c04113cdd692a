import { buildMasterSpec, buildSummarySpec, gridOfSpec } from '../../../src/domain/master/index.js';
import { masterMessages } from '../../../src/domain/messages/index.js';
import { cellParts, type SheetSpec } from '../../../src/domain/spec/index.js';
import { STATUS_CHART_SERIES, summarize } from '../../../src/domain/summarize/index.js';
import { parseAddress } from '../../../src/domain/grid.js';
import { SHEETS } from '../../../src/domain/vocabulary.js';
import { aDirectory, aList, anEntry } from './builders.js';

const GENERATED = '2023-08-15T00:00:00Z';
const list = aList()
  .task(1, { leaders: ['张三', '李四'], units: ['市商务局', '+市发展改革委'], due: '2023-06-30' })
  .task(2, { leaders: ['李四'], units: ['市发展改革委'] })
  .task(3, { leaders: ['王五'], units: ['市财政局', '+市商务局'], due: null })
  .build();
const directory = aDirectory(['市商务局', '市发展改革委', '市财政局'], []);
const progress = [anEntry('市商务局', 1, '已完成', '2023Q2'), anEntry('市发展改革委', 2, '滞后', '2023Q2')];

/** The texts of a one-column or one-row range of a sheet, as the spec holds them. */
function texts(sheet: SheetSpec, range: string): unknown[] {
  const [from, to = from] = range.split(':').map(parseAddress);
  const out: unknown[] = [];
  for (let r = from.row0; r <= to.row0; r += 1) for (let c = from.col0; c <= to.col0; c += 1) out.push(cellParts(sheet.rows[r]?.cells[c]).value);
  return out;
}

/** Each chart names the cells its series read: the header cell of each status column and the rows of the table. */
function expectChartOverTable(sheet: SheetSpec, names: string[], title: string): void {
  expect(sheet.charts).toHaveLength(1);
  const [chart] = sheet.charts!;
  expect(chart.title).toBe(title);
  expect(texts(sheet, chart.categories)).toEqual(names);
  expect(chart.series.map((series) => series.name)).toEqual(STATUS_CHART_SERIES.map((series) => series.key));
  for (const series of chart.series) {
    expect(texts(sheet, series.nameCell)).toEqual([series.name]);
    const column = series.values.replace(/\d+/g, '');
    expect(series.nameCell.replace(/\d+/g, '')).toBe(column.split(':')[0]);
    expect(texts(sheet, series.values)).toHaveLength(names.length);
  }
  // Below everything the table's part of the sheet holds (the lights over the periods follow it, on
  // a page of their own), printed on a page of its own inside the print area.
  const top = Number(/\d+/.exec(chart.place)![0]);
  const bottom = Number(/\d+$/.exec(chart.place)![0]);
  const trendAt = sheet.rows.findIndex((row) => cellParts(row.cells[0]).value === masterMessages.trend.title);
  const own = trendAt < 0 ? sheet.rows : sheet.rows.slice(0, trendAt);
  while (own.length > 0 && own.at(-1)!.cells.length === 0) own.pop();
  expect(top).toBeGreaterThan(own.length);
  if (trendAt >= 0) expect(trendAt + 1).toBeGreaterThan(bottom);
  expect(sheet.print?.pageBreaksBefore).toEqual(trendAt < 0 ? [top] : [top, trendAt + 1]);
  const printedTo = Number(/\d+$/.exec(sheet.print!.printArea!)![0]);
  if (trendAt < 0) expect(printedTo).toBe(bottom);
  else expect(printedTo).toBeGreaterThan(trendAt + 1);
}

describe('the summary charts', () => {
  it('chart the master’s 按单位汇总 and 按领导汇总 from their own status columns, so they follow the period selector', () => {
    const spec = buildMasterSpec({ list, directory, progress, generatedAt: GENERATED });
    const grid = gridOfSpec(spec);
    const byUnit = spec.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
    const byLeader = spec.sheets.find((sheet) => sheet.name === SHEETS.byLeader)!;
    const unitNames = grid.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!.rows.slice(3, 6).map((row) => row[0]);
    expectChartOverTable(byUnit, unitNames as string[], masterMessages.byUnitChartTitle);
    expectChartOverTable(byLeader, ['张三', '李四', '王五'], masterMessages.byLeaderChartTitle);
    // The values are the formulas of the table, not copies.
    const series = byUnit.charts![0].series[0];
    const first = texts(byUnit, series.values)[0];
    expect(first).toEqual(expect.objectContaining({ formula: expect.stringContaining('SUMPRODUCT') }));
  });

  it('chart the printed 按单位 / 按领导 pages, and leave out a table with no rows', () => {
    const summary = summarize({ list, directory, progress, period: '2023Q2', today: '2023-08-15' });
    const printed = buildSummarySpec(summary, list, { period: '2023Q2', today: '2023-08-15', generatedAt: GENERATED });
    const [byUnit, byLeader] = printed.sheets;
    expectChartOverTable(byUnit, summary.byUnit.map((row) => row.unit), masterMessages.byUnitChartTitle);
    expectChartOverTable(byLeader, summary.byLeader.map((row) => row.leader), masterMessages.byLeaderChartTitle);
    const empty = buildSummarySpec({ ...summary, byUnit: [] }, list, { period: '2023Q2', today: '2023-08-15', generatedAt: GENERATED });
    expect(empty.sheets[0].charts).toBeUndefined();
  });
});
