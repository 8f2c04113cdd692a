/**
 * 红灯/黄灯 over the periods, under the 按单位 summary (the master's 按单位汇总 and the printed
 * 按单位, where the lights' columns are): a small table of the periods, then a line chart over it,
 * together on a page of their own after the status chart. One period gets the table alone: a line
 * through one point says nothing the table does not. No period, nothing.
 */
import { masterMessages as say } from '../messages/master.js';
import type { ChartSpec, SheetSpec, SpecValue } from '../spec/types.js';
import { LIGHT_CHART_SERIES } from '../summarize/index.js';
import { columnLetter } from '../grid.js';
import { styled } from './layout.js';

/** Rows of the default height the chart covers: half a landscape page, room for the labels. */
const TREND_CHART_ROWS = 20;

export interface TrendRow {
  label: string;
  /** A count, or in the master a formula with its count cached. */
  红灯: SpecValue;
  黄灯: SpecValue;
}

/** The last row (1-based) anything on the sheet reaches, its charts included. */
function bottomOf(sheet: SheetSpec): number {
  const chartBottoms = (sheet.charts ?? []).map((chart) => Number(/\d+$/.exec(chart.place)![0]));
  return Math.max(sheet.rows.length, ...chartBottoms);
}

/** `sheet` with the table of `rows` and its chart below what it holds, printed from a new page. */
export function withLightsTrend(sheet: SheetSpec, rows: readonly TrendRow[]): SheetSpec {
  if (rows.length === 0) return sheet;
  const titleRow = bottomOf(sheet) + 2;
  const headerRow = titleRow + 1;
  const first = headerRow + 1;
  const last = first + rows.length - 1;
  const noteRow = last + 1;
  const padding = Array.from({ length: titleRow - 1 - sheet.rows.length }, () => ({ cells: [] }));
  const table = [
    { cells: [styled(say.trend.title, 'subtitle')], height: 24 },
    { cells: say.trend.headers.map((header) => styled(header, 'header')), height: 24 },
    ...rows.map((row) => ({ cells: [styled(row.label, 'name'), styled(row.红灯, 'count'), styled(row.黄灯, 'count')], height: 20 })),
    { cells: [styled(say.trend.note, 'note')], height: 48 },
  ];
  const lastColumn = sheet.print?.printArea ? /:([A-Z]+)\d+$/.exec(sheet.print.printArea)![1] : 'C';
  const chartTop = noteRow + 2;
  const chart: ChartSpec | null =
    rows.length < 2
      ? null
      : {
          kind: 'line',
          title: say.trend.chartTitle,
          categories: `A${first}:A${last}`,
          series: LIGHT_CHART_SERIES.map(({ key, color }, i) => {
            const column = columnLetter(1 + i);
            return { nameCell: `${column}${headerRow}`, name: key, values: `${column}${first}:${column}${last}`, color };
          }),
          place: `A${chartTop}:${lastColumn}${chartTop + TREND_CHART_ROWS - 1}`,
        };
  const bottom = chart ? chartTop + TREND_CHART_ROWS - 1 : noteRow;
  return {
    ...sheet,
    rows: [...sheet.rows, ...padding, ...table],
    // The note is as wide as the table above the chart, so it wraps under it rather than running off.
    merges: [...(sheet.merges ?? []), `A${noteRow}:${lastColumn}${noteRow}`],
    ...(chart ? { charts: [...(sheet.charts ?? []), chart] } : {}),
    ...(sheet.print
      ? {
          print: {
            ...sheet.print,
            ...(sheet.print.printArea ? { printArea: sheet.print.printArea.replace(/\d+$/, String(bottom)) } : {}),
            pageBreaksBefore: [...(sheet.print.pageBreaksBefore ?? []), titleRow],
          },
        }
      : {}),
  };
}
