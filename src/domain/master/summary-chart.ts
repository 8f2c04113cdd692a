/**
 * The chart under a summary table (按单位汇总, 按领导汇总 and the printed 按单位 / 按领导): the
 * table's rows as stacked columns of their statuses, drawn from the table's own cells, so it follows
 * the period selector and any edit. It prints on a page of its own after the table, the width of
 * the table, so the meeting gets the numbers first and the picture next.
 */
import { columnLetter } from '../grid.js';
import type { ChartSpec, SheetSpec } from '../spec/types.js';
import { STATUS_CHART_SERIES } from '../summarize/chart.js';
import { FIRST_DATA_ROW, HEADER_ROW } from './layout.js';

/**
 * Rows of the default height (15 pt) the chart covers: about a landscape A4 page once the sheet is
 * scaled to one page wide; the unit names under the columns need the lower third.
 */
export const CHART_ROWS = 38;
/** Blank rows between the last row of the table's sheet and the chart. */
const GAP_ROWS = 1;

export interface ChartedTable {
  title: string;
  /** The header row's texts: the series are the columns named by the statuses. */
  headers: readonly string[];
  /** Data rows under the header row (the totals row is not charted). */
  rowCount: number;
}

/** The stacked status chart of a table on `sheet`, placed below what the sheet holds. */
export function statusChart(sheet: Pick<SheetSpec, 'rows'>, table: ChartedTable): ChartSpec | null {
  if (table.rowCount === 0) return null;
  const last = FIRST_DATA_ROW + table.rowCount - 1;
  const series = STATUS_CHART_SERIES.flatMap(({ key, color }) => {
    const col0 = table.headers.indexOf(key);
    if (col0 < 0) return [];
    const letter = columnLetter(col0);
    return [{ nameCell: `${letter}${HEADER_ROW}`, name: key, values: `${letter}${FIRST_DATA_ROW}:${letter}${last}`, color }];
  });
  const top = sheet.rows.length + GAP_ROWS + 1;
  const right = columnLetter(table.headers.length - 1);
  return {
    kind: 'stackedColumn',
    title: table.title,
    categories: `A${FIRST_DATA_ROW}:A${last}`,
    series,
    place: `A${top}:${right}${top + CHART_ROWS - 1}`,
  };
}

/** `sheet` with `chart` added: printed on a page of its own, the print area grown to hold it. */
export function withChart(sheet: SheetSpec, chart: ChartSpec | null): SheetSpec {
  if (!chart || !sheet.print) return chart ? { ...sheet, charts: [...(sheet.charts ?? []), chart] } : sheet;
  const [from, to] = chart.place.split(':');
  const top = Number(/\d+$/.exec(from)![0]);
  const bottom = Number(/\d+$/.exec(to)![0]);
  const area = sheet.print.printArea?.replace(/\d+$/, String(bottom));
  return {
    ...sheet,
    charts: [...(sheet.charts ?? []), chart],
    print: { ...sheet.print, ...(area ? { printArea: area } : {}), pageBreaksBefore: [...(sheet.print.pageBreaksBefore ?? []), top] },
  };
}
