/**
 * Where things are in the master workbook, shared by the sheet builders, the formulas and the
 * reader: every sheet has a title row, an information row, then its header row.
 */
import { columnLetter } from '../grid.js';
import type { CellStyle, PrintSpec, RowSpec, SheetSpec, SpecCell, SpecValue } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';

export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

/** Excel table names (ASCII: every Excel and WPS version accepts them). */
export const TABLES = {
  tasks: 'DubanTasks',
  breakdown: 'DubanBreakdown',
  directory: 'DubanDirectory',
  progress: 'DubanProgress',
  findings: 'DubanFindings',
} as const;

/** Defined names the formulas and validations use. */
export const NAMES = {
  /** The period selector cell of 按单位汇总. */
  period: 'DubanPeriod',
  /** The period codes offered by the selector (on the metadata sheet). */
  periods: 'DubanPeriods',
  /** The canonical unit names of 单位名录. */
  units: 'DubanUnits',
} as const;

/** The selector cell, on 按单位汇总 (and its absolute form for the defined name). */
export const PERIOD_CELL = 'B2';
export const PERIOD_CELL_ABSOLUTE = '$B$2';

export const MASTER_STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle', wrap: true },
  info: { fontSize: 10, vAlign: 'middle', wrap: true },
  header: { bold: true, fill: 'DDEBF7', border: true, wrap: true, hAlign: 'center', vAlign: 'middle' },
  text: { border: true, wrap: true, vAlign: 'top' },
  center: { border: true, wrap: true, hAlign: 'center', vAlign: 'top' },
  date: { border: true, hAlign: 'center', vAlign: 'top', numFmt: 'yyyy-mm-dd' },
  /** Text that must stay text when a user types into it (period codes such as 2023-05). */
  code: { border: true, hAlign: 'center', vAlign: 'top', numFmt: '@' },
  input: { border: true, wrap: true, vAlign: 'top', locked: false },
  inputCenter: { border: true, wrap: true, hAlign: 'center', vAlign: 'top', locked: false },
  /** An input the office still owes (a group's 报送单位 nobody filled). */
  pendingInput: { border: true, wrap: true, vAlign: 'top', locked: false, fill: 'FFF2CC' },
  selector: { bold: true, border: true, fill: 'FFF2CC', hAlign: 'center', vAlign: 'middle', numFmt: '@', locked: false },
  label: { bold: true, hAlign: 'right', vAlign: 'middle' },
  /** The heading of a small table below another (各期次红灯、黄灯). */
  subtitle: { bold: true, fontSize: 12, vAlign: 'middle' },
  count: { border: true, hAlign: 'center', vAlign: 'middle' },
  name: { border: true, wrap: true, vAlign: 'middle' },
  total: { bold: true, border: true, fill: 'F2F2F2', hAlign: 'center', vAlign: 'middle' },
  note: { italic: true, fontSize: 9, fontColor: '595959', wrap: true, vAlign: 'top' },
};

/** '任务清单' quoted for a formula. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A formula string literal: "市发展改革委" with inner quotes doubled. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The last data row of a table with `count` rows (an empty table keeps one blank row). */
export function lastDataRow(count: number): number {
  return FIRST_DATA_ROW + Math.max(count, 1) - 1;
}

/** '责任分解'!$B$4:$B$120 — one column of a sheet's data rows. */
export function columnRange(sheet: string, col0: number, count: number): string {
  const letter = columnLetter(col0);
  return `${sheetRef(sheet)}!$${letter}$${FIRST_DATA_ROW}:$${letter}$${lastDataRow(count)}`;
}

export function styled(value: SpecValue, style: string): SpecCell {
  return { value, style };
}

/**
 * A4 landscape, one page wide, header row repeated, page numbers in the footer. The title is the
 * sheet's first row, printed once on the first page; a page header would print it a second time.
 */
export function printSetup(lastColumn0: number, lastRow: number): PrintSpec {
  return {
    orientation: 'landscape',
    paperSize: 9,
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    footer: `&C${say.footer}`,
    printArea: `A1:${columnLetter(lastColumn0)}${Math.max(lastRow, HEADER_ROW)}`,
  };
}

/** A table sheet's own parts; the frame around them is tableSheet's. */
export interface TableSheetParts {
  name: string;
  tabColor?: string;
  title: string;
  info: string;
  infoHeight: number;
  headers: readonly string[];
  headerHeight?: number;
  widths: readonly number[];
  /** The data rows, from FIRST_DATA_ROW on. */
  rows: RowSpec[];
  table: { name: string; style: string };
  /** Columns frozen at the left; the rows down to the header are always frozen. */
  freezeColumns?: number;
}

/**
 * A sheet of the master that holds one table (任务清单, 责任分解, 单位名录, 进展汇总, 校验结果):
 * title and information rows merged across, the header row, one Excel table with filters over the
 * header and data rows, frozen headers, printed with the title. Validations and the like are added
 * by the caller.
 */
export function tableSheet(parts: TableSheetParts): SheetSpec {
  const lastColumn0 = parts.headers.length - 1;
  const lastColumn = columnLetter(lastColumn0);
  const last = lastDataRow(parts.rows.length);
  return {
    name: parts.name,
    ...(parts.tabColor === undefined ? {} : { tabColor: parts.tabColor }),
    columns: parts.widths.map((width) => ({ width })),
    rows: [
      { cells: [styled(parts.title, 'title')], height: 36 },
      { cells: [styled(parts.info, 'info')], height: parts.infoHeight },
      { cells: parts.headers.map((header) => styled(header, 'header')), height: parts.headerHeight ?? 24 },
      ...parts.rows,
    ],
    merges: [`A1:${lastColumn}1`, `A2:${lastColumn}2`],
    freeze: { rows: HEADER_ROW, columns: parts.freezeColumns ?? 0 },
    tables: [{ name: parts.table.name, ref: `A${HEADER_ROW}:${lastColumn}${last}`, style: parts.table.style, filter: true }],
    print: printSetup(lastColumn0, last),
  };
}
