/**
 * One worksheet part → rows of cell values, in one pass of the XML scanner over <sheetData>. The
 * grid it builds is bounded before it is built: every cell must lie within Excel's XFD1048576, the
 * values, the span of the rows and the cells merged ranges fill are counted against the read's
 * limits, and a part cut short is damaged, not a sheet that happens to end early.
 */
import { cellAddress, columnIndex, columnLetter, parseAddress, type CellValue } from '../domain/grid.js';
import { xlsxMessages } from '../domain/messages/index.js';
import { serialToText, type DateKind } from '../domain/spec/index.js';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, LimitExceeded, ReadBudget, WORKBOOK_LIMITS } from './limits.js';
import { forEachAttribute, readStringItem, XmlScanner } from './xml.js';

export interface SheetContext {
  strings: readonly string[];
  /** By cell format index (the s attribute): whether the format shows a date or time. */
  dateKinds: readonly (DateKind | undefined)[];
  date1904: boolean;
}

/** A number as Excel shows it: at most 15 significant digits (0.30000000000000004 → 0.3). */
function excelNumber(text: string): CellValue {
  const value = Number(text);
  if (!Number.isFinite(value)) return text.trim() === '' ? null : text;
  return text.length > 15 ? Number(value.toPrecision(15)) : value;
}

/** A cell's value from its type, format, <v> text and inline string (both already unescaped). */
function cellValue(type: string | undefined, styleIndex: number, value: string | undefined, inline: string | undefined, context: SheetContext): CellValue {
  if (type === 'inlineStr') return inline ? inline : null;
  if (value === undefined) return null;
  switch (type) {
    case 's': {
      const text = context.strings[Number(value)];
      return text === undefined || text === '' ? null : text;
    }
    case 'str':
    case 'e':
      return value === '' ? null : value;
    case 'b':
      return value.trim() === '1' || value.trim() === 'true';
    case 'd': {
      // ISO 8601 date-time in the cell itself (rare; strict OOXML writers).
      const text = value.trim().replace(/Z$/, '');
      return /T00:00(:00(\.0+)?)?$/.test(text) ? text.slice(0, 10) : text.replace('T', ' ');
    }
    default: {
      const number = excelNumber(value);
      const kind = context.dateKinds[styleIndex];
      return kind && typeof number === 'number' && number >= 0 ? serialToText(number, kind, context.date1904) : number;
    }
  }
}

/** The <v> text and inline string of the cell whose start tag the scanner stands on, up to its end tag. */
function cellContent(scanner: XmlScanner): { value?: string; inline?: string } {
  const depth = scanner.depth;
  const content: { value?: string; inline?: string } = {};
  while (scanner.next()) {
    if (scanner.closes(depth)) break;
    if (scanner.kind === 'close' || scanner.kind === 'cdata') continue;
    // Only the cell's own children: <v>, <is>; <f> and extensions are skipped whole.
    if (scanner.local === 'v') {
      // <v/> holds nothing; <v></v> is an empty value, as before.
      if (scanner.kind === 'open') content.value = scanner.elementText();
    } else if (scanner.local === 'is') {
      content.inline = readStringItem(scanner);
    } else {
      scanner.skipElement();
    }
  }
  return content;
}

/** Letters then digits ("B3"), each part optional; NaN where a part is missing. */
function splitReference(ref: string): { letters: string; row: number } {
  let at = 0;
  for (; at < ref.length; at += 1) {
    const code = ref.charCodeAt(at) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
  }
  let row = at < ref.length ? 0 : NaN;
  for (let i = at; i < ref.length; i += 1) {
    const digit = ref.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9 || i - at >= 15) {
      row = NaN;
      break;
    }
    row = row * 10 + digit;
  }
  return { letters: ref.slice(0, at), row };
}

/** A reference as the user may see it in a message, however long the file made it. */
function shown(ref: string): string {
  return ref.length > 24 ? `${ref.slice(0, 24)}…` : ref;
}

interface Range {
  ref: string;
  start: { row0: number; col0: number };
  end: { row0: number; col0: number };
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const LONG_A1 = /^[A-Za-z]+\d+$/;

/** A merged range within Excel's sheet, or the reason it is not one. */
function mergeRange(raw: string, sheet: string): Range {
  const ref = raw.replace(/\$/g, '').toUpperCase();
  const [from, to = from, extra] = ref.split(':');
  const valid = extra === undefined && A1.test(from) && A1.test(to);
  if (!valid) {
    // Letters and digits, just too many of them: past Excel's last column or row.
    const beyond = extra === undefined && LONG_A1.test(from) && LONG_A1.test(to);
    throw new LimitExceeded(beyond ? xlsxMessages.mergeBeyondExcel(sheet, shown(raw)) : xlsxMessages.mergeInvalid(sheet, shown(raw)));
  }
  const start = parseAddress(from);
  const end = parseAddress(to);
  const inside = (address: { row0: number; col0: number }) => address.row0 >= 0 && address.row0 < EXCEL_MAX_ROWS && address.col0 < EXCEL_MAX_COLUMNS;
  if (!inside(start) || !inside(end)) throw new LimitExceeded(xlsxMessages.mergeBeyondExcel(sheet, shown(raw)));
  return { ref, start, end };
}

/** Fills every cell of each merged range with its top-left value, within the sheet's used area. */
function fillMerges(rows: CellValue[][], merges: readonly Range[], width: number): void {
  for (const { start, end } of merges) {
    const value = rows[start.row0]?.[start.col0] ?? null;
    if (value === null) continue;
    const lastRow = Math.min(end.row0, rows.length - 1);
    const lastCol = Math.min(end.col0, width - 1);
    for (let r = start.row0; r <= lastRow; r += 1) {
      const row = rows[r];
      while (row.length < start.col0) row.push(null);
      for (let c = start.col0; c <= lastCol; c += 1) row[c] = value;
    }
  }
}

/** Rows without holes, each trimmed of trailing blanks; trailing blank rows dropped. */
function compact(sparse: CellValue[][], height: number): CellValue[][] {
  const rows: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r += 1) {
    const source = sparse[r];
    const end = source ? source.length : 0;
    const row: CellValue[] = new Array(end);
    for (let c = 0; c < end; c += 1) row[c] = source[c] ?? null;
    rows[r] = row;
  }
  return rows;
}

export interface ParseSheetOptions {
  /** The read's limits and what it has spent (a fresh budget with the workbook limits by default). */
  budget?: ReadBudget;
  /** The sheet's name, for messages. */
  sheet?: string;
}

/**
 * Rows of values and merged ranges of one worksheet part. Throws XmlDamaged when the part is not
 * well-formed (cut short included) and LimitExceeded when it is larger than the read may be.
 */
export function parseSheetXml(xml: string, context: SheetContext, options: ParseSheetOptions = {}): { rows: CellValue[][]; merges: string[] } {
  const budget = options.budget ?? new ReadBudget(WORKBOOK_LIMITS);
  const sheet = options.sheet ?? '';
  const scanner = new XmlScanner(xml, budget);
  const sparse: CellValue[][] = [];
  const usedRows: number[] = [];
  const mergeRefs: string[] = [];
  let inData = false;
  let row0 = -1;
  let col0 = -1;
  while (scanner.next()) {
    const { kind, local } = scanner;
    if (kind === 'cdata') continue;
    if (local === 'sheetData') {
      inData = kind === 'open';
      continue;
    }
    if (kind === 'close') continue;
    if (!inData) {
      if (local === 'mergeCell') {
        const ref = scanner.attribute('ref');
        if (ref) mergeRefs.push(ref);
      }
      continue;
    }
    if (local === 'row') {
      const r = Number(scanner.attribute('r'));
      row0 = Number.isInteger(r) && r > 0 ? r - 1 : row0 + 1;
      col0 = -1;
      continue;
    }
    if (local !== 'c') continue;

    let ref: string | undefined;
    let style: string | undefined;
    let type: string | undefined;
    forEachAttribute(xml, scanner.attrsFrom, scanner.attrsTo, (name, value) => {
      if (name === 'r') ref = value;
      else if (name === 's') style = value;
      else if (name === 't') type = value;
    });
    if (ref) {
      const { letters, row } = splitReference(ref);
      col0 = letters ? (letters.length <= 3 ? columnIndex(letters) : EXCEL_MAX_COLUMNS) : col0 + 1;
      if (!Number.isNaN(row)) row0 = row - 1;
    } else {
      col0 += 1;
    }
    if (row0 < 0) row0 = 0;
    if (kind === 'empty') continue;
    const { value: raw, inline } = cellContent(scanner);
    const value = cellValue(type, style ? Number(style) : 0, raw, inline, context);
    if (value === null) continue;
    if (row0 >= EXCEL_MAX_ROWS || col0 >= EXCEL_MAX_COLUMNS) {
      throw new LimitExceeded(xlsxMessages.cellBeyondExcel(sheet, shown(ref ?? cellAddress(Math.min(row0, 99_999_999), Math.min(col0, 99_999)))));
    }
    if (!budget.spendCell()) throw new LimitExceeded(xlsxMessages.tooManyCells(sheet, budget.limits.cells));
    let row = sparse[row0];
    if (!row) {
      row = sparse[row0] = [];
      usedRows.push(row0);
    }
    row[col0] = value;
  }

  // What the grid will span, counted before it is built (from the rows that hold values: the
  // sparse array may be a million rows long).
  let height = 0;
  let width = 0;
  let span = 0;
  for (const r of usedRows) {
    const row = sparse[r];
    height = Math.max(height, r + 1);
    width = Math.max(width, row.length);
    span += row.length;
  }
  span += height;
  const merges = mergeRefs.map((ref) => mergeRange(ref, sheet));
  for (const merge of merges) {
    if (sparse[merge.start.row0]?.[merge.start.col0] === undefined) continue;
    const rowsFilled = Math.max(0, Math.min(merge.end.row0, height - 1) - merge.start.row0 + 1);
    const colsFilled = Math.max(0, Math.min(merge.end.col0, width - 1) - merge.start.col0 + 1);
    const area = rowsFilled * colsFilled;
    if (area > budget.limits.mergeCells) throw new LimitExceeded(xlsxMessages.mergeTooLarge(sheet, merge.ref, area, budget.limits.mergeCells));
    span += area;
  }
  if (!budget.spendGrid(span)) {
    throw new LimitExceeded(xlsxMessages.gridTooLarge(sheet, `A1:${columnLetter(Math.max(0, width - 1))}${height}`, span, budget.limits.gridCells));
  }
  const rows = compact(sparse, height);
  fillMerges(rows, merges, width);
  return { rows, merges: merges.map((merge) => merge.ref) };
}
