import { buildMasterSpec, buildSummarySpec, gridOfSpec } from '../../../src/domain/master/index.js';
import { masterMessages } from '../../../src/domain/messages/index.js';
import { cellParts, type SheetSpec } from '../../../src/domain/spec/index.js';
import { summarize } from '../../../src/domain/summarize/index.js';
import { SHEETS } from '../../../src/domain/vocabulary.js';
import { aDirectory, aList, anEntry } from './builders.js';

const GENERATED = '2023-08-15T00:00:00Z';
const list = aList()
  .task(1, { units: ['市商务局'], due: '2023-05-15' })
  .task(2, { units: ['市发展改革委'], due: '2023-07-05' })
  .build();
const directory = aDirectory(['市商务局', '市发展改革委'], []);
const q1 = [anEntry('市商务局', 1, '序时推进', '2023Q1'), anEntry('市发展改革委', 2, '序时推进', '2023Q1')];
const q2 = [anEntry('市商务局', 1, '序时推进', '2023Q2'), anEntry('市发展改革委', 2, '序时推进', '2023Q2')];

const say = masterMessages.trend;
/** The trend table under a sheet: [期次, 红灯, 黄灯] rows, values as the spec holds them. */
function trend(sheet: SheetSpec): { at: number; rows: unknown[][] } {
  const at = sheet.rows.findIndex((row) => cellParts(row.cells[0]).value === say.title);
  const rows: unknown[][] = [];
  for (let r = at + 2; r < sheet.rows.length && cellParts(sheet.rows[r].cells[0]).value !== say.note; r += 1) {
    rows.push(sheet.rows[r].cells.slice(0, 3).map((cell) => cellParts(cell).value));
  }
  return { at, rows };
}

describe('红灯/黄灯 over the periods on the summary sheets', () => {
  it('gives the master’s 按单位汇总 a row per period, as formulas on its last day with the counts cached, and a line chart over them', () => {
    const spec = buildMasterSpec({ list, directory, progress: [...q1, ...q2], generatedAt: GENERATED });
    const byUnit = spec.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
    const { at, rows } = trend(byUnit);
    expect(at).toBeGreaterThan(3);
    expect(rows.map((row) => row[0])).toEqual(['2023年第一季度', '2023年第二季度']);
    // Q1 on 3-31: nothing lit. Q2 on 6-30: task 1 past due (red), task 2 due within the week (yellow).
    expect(rows.map((row) => row.slice(1).map((cell) => (cell as { result: number }).result))).toEqual([[0, 0], [1, 1]]);
    expect((rows[0][1] as { formula: string }).formula).toContain('MIN(DATE(2023,3,31),TODAY())');
    expect((rows[1][2] as { formula: string }).formula).toContain('"2023Q2"');
    // The grid a reader sees holds the same counts.
    const grid = gridOfSpec(spec).sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
    expect(grid.rows[at + 3].slice(0, 3)).toEqual(['2023年第二季度', 1, 1]);

    const line = byUnit.charts!.find((chart) => chart.kind === 'line')!;
    expect(line.title).toBe(say.chartTitle);
    expect(line.categories).toBe(`A${at + 3}:A${at + 4}`);
    expect(line.series.map((series) => [series.name, series.nameCell, series.values])).toEqual([
      ['红灯', `B${at + 2}`, `B${at + 3}:B${at + 4}`],
      ['黄灯', `C${at + 2}`, `C${at + 3}:C${at + 4}`],
    ]);
    // On a page of its own with its table, after the status chart.
    const statusBottom = Number(/\d+$/.exec(byUnit.charts![0].place)![0]);
    expect(at + 1).toBeGreaterThan(statusBottom);
    expect(byUnit.print!.pageBreaksBefore).toContain(at + 1);
    expect(Number(/\d+/.exec(line.place)![0])).toBeGreaterThan(at + 4);
    expect(byUnit.print!.printArea).toMatch(new RegExp(`${/\d+$/.exec(line.place)![0]}$`));
  });

  it('prints the same counts as values on the summary’s 按单位 page', () => {
    const summary = summarize({ list, directory, progress: [...q1, ...q2], today: '2023-08-15' });
    const printed = buildSummarySpec(summary, list, { period: '2023Q2', today: '2023-08-15', generatedAt: GENERATED });
    expect(trend(printed.sheets[0]).rows).toEqual([['2023年第一季度', 0, 0], ['2023年第二季度', 1, 1]]);
    expect(printed.sheets[0].charts!.map((chart) => chart.kind)).toEqual(['stackedColumn', 'line']);
  });

  it('gives a master with one period the table alone: a line through one point says nothing more', () => {
    const spec = buildMasterSpec({ list, directory, progress: q1, generatedAt: GENERATED });
    const byUnit = spec.sheets.find((sheet) => sheet.name === SHEETS.byUnit)!;
    expect(trend(byUnit).rows.map((row) => row[0])).toEqual(['2023年第一季度']);
    expect(byUnit.charts!.map((chart) => chart.kind)).toEqual(['stackedColumn']);
  });
});
