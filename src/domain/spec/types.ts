/**
 * A declarative description of a workbook. Builders in the domain decide *what* a workbook holds;
 * the ExcelJS renderer (src/xlsx) and the Office.js renderer (src/excel) only know *how* to write it.
 */

/** A formula without the leading "=", with an optional cached result. */
export interface FormulaValue {
  formula: string;
  result?: string | number | boolean;
}

/** A calendar date cell (ISO YYYY-MM-DD), written as a real date with a date number format. */
export interface DateValue {
  date: string;
}

/**
 * A cell value. Strings are always written as text — a string starting with = + - @ never becomes a
 * formula; formulas must be FormulaValue.
 */
export type SpecValue = string | number | boolean | null | FormulaValue | DateValue;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** RGB hex without '#', e.g. "C00000". */
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  border?: boolean;
  numFmt?: string;
  /** False marks an input cell that stays editable when the sheet is protected. */
  locked?: boolean;
}

/** A cell with its style name (a key of WorkbookSpec.styles). */
export interface StyledCell {
  value: SpecValue;
  style?: string;
}

export type SpecCell = SpecValue | StyledCell;

export interface RowSpec {
  cells: SpecCell[];
  height?: number;
  /** Style applied to every cell of the row that has none of its own. */
  style?: string;
}

export interface ColumnSpec {
  width: number;
  /** Style applied to the whole column (e.g. unlocked input columns). */
  style?: string;
  hidden?: boolean;
}

/** An Excel table (ListObject) over a range whose first row is the header row. */
export interface TableSpec {
  name: string;
  /** "A3:H163": header row included. */
  ref: string;
  style?: string;
  /** Show the autofilter buttons on the header row. */
  filter?: boolean;
}

export interface DataValidationSpec {
  /** "E4:E200" */
  range: string;
  type: 'list' | 'date' | 'whole';
  /** For lists: literal values (joined with ,) — use `source` when the list is long. */
  values?: string[];
  /** For lists: a range or defined name, e.g. "单位名录!$A$2:$A$200" (no leading "="). */
  source?: string;
  /** For dates/whole numbers: bounds as formulas or literals. */
  min?: string;
  max?: string;
  allowBlank?: boolean;
  prompt?: { title: string; message: string };
  error?: { title: string; message: string };
}

export type ConditionalRule =
  | { type: 'expression'; formula: string; style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'> }
  | { type: 'dataBar'; color: string };

export interface ConditionalFormatSpec {
  range: string;
  rules: ConditionalRule[];
}

export interface ProtectionSpec {
  /** Empty means protected without a password (the office can unprotect from the ribbon). */
  password?: string;
  allowFilter?: boolean;
  allowSort?: boolean;
  allowFormatColumns?: boolean;
}

export interface PrintSpec {
  orientation: 'landscape' | 'portrait';
  /** Fit to this many pages wide (0 = as many as needed). */
  fitToWidth?: number;
  /** Fit to this many pages tall (0 = as many as needed). */
  fitToHeight?: number;
  /** Rows repeated at the top of every page, e.g. "1:3". */
  titleRows?: string;
  /** Header/footer in Excel's &-code syntax, e.g. "&C&\"宋体,Bold\"标题" and "&C第 &P 页，共 &N 页". */
  header?: string;
  footer?: string;
  /** 9 = A4. */
  paperSize?: number;
  /** Rows that start a new printed page (1-based), e.g. where a chart begins. */
  pageBreaksBefore?: number[];
  printArea?: string;
}

/** A pivot as data: rendered as a PivotTable by Office.js, as a COUNTIFS table by the file writer. */
export interface PivotSpec {
  name: string;
  /** Source table name or range. */
  source: string;
  /** Destination top-left cell on this sheet. */
  anchor: string;
  rows: string[];
  columns: string[];
  values: { field: string; summarizeBy: 'count' | 'sum' }[];
  filters: string[];
}

/**
 * A chart over cells of its own sheet: it follows their values (formulas included), it does not
 * copy them. Every range is an address on the sheet, e.g. "A4:A88".
 */
export interface ChartSpec {
  /**
   * stackedColumn: one column per category, one coloured part per series;
   * line: one line per series across the categories (e.g. periods), each point labelled with its value.
   */
  kind: 'stackedColumn' | 'line';
  title: string;
  /** The category labels (one column). */
  categories: string;
  series: ChartSeriesSpec[];
  /** The cells the chart covers: top-left to bottom-right, e.g. "A92:L115". */
  place: string;
}

export interface ChartSeriesSpec {
  /** The cell holding the series' name (its column header), e.g. "D3". */
  nameCell: string;
  /** The name as the header says it (cached for viewers, and for Office.js which takes text). */
  name: string;
  /** The values, one per category, e.g. "D4:D88". */
  values: string;
  /** RGB hex without '#'. */
  color: string;
}

export interface SheetSpec {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Worksheet tab colour, RGB hex. */
  tabColor?: string;
  columns: ColumnSpec[];
  /** rows[0] is row 1. */
  rows: RowSpec[];
  merges?: string[];
  /** Frozen rows above and columns left of the scrolling area. */
  freeze?: { rows: number; columns: number };
  tables?: TableSpec[];
  validations?: DataValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  protection?: ProtectionSpec;
  print?: PrintSpec;
  pivots?: PivotSpec[];
  charts?: ChartSpec[];
}

export interface DefinedNameSpec {
  name: string;
  /** "单位名录!$A$2:$A$120" (no leading "="). */
  ref: string;
}

export interface WorkbookSpec {
  properties: {
    title: string;
    creator: string;
    /** ISO date-time; fixed by the caller so that rendering is deterministic. */
    created: string;
    modified: string;
  };
  styles: Record<string, CellStyle>;
  sheets: SheetSpec[];
  definedNames?: DefinedNameSpec[];
}

export function isStyledCell(cell: SpecCell): cell is StyledCell {
  return typeof cell === 'object' && cell !== null && 'value' in cell;
}

export function isFormula(value: SpecValue): value is FormulaValue {
  return typeof value === 'object' && value !== null && 'formula' in value;
}

export function isDate(value: SpecValue): value is DateValue {
  return typeof value === 'object' && value !== null && 'date' in value;
}
