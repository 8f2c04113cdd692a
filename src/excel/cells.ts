/// <reference types="office-js" />
/**
 * The cells of a sheet as Office.js commands: column widths and styles, row heights (runs of equal
 * rows as one range), number formats, values and formulas in blocks of whole rows sized by their
 * JSON, style rectangles and frozen panes — each queued with its estimated bytes (src/excel/budget.ts).
 */
import { DubanError } from '../domain/errors.js';
import { columnLetter } from '../domain/grid.js';
import { excelMessages } from '../domain/messages/index.js';
import { throwIfCancelled } from '../domain/operation.js';
import { cellParts, DEFAULT_DATE_FORMAT, effectiveStyleName, isDate, namedStyle, type SheetSpec, type WorkbookSpec } from '../domain/spec/index.js';
import { COMMAND_BYTES, Cost, jsonBytes, OBJECT_BYTES, type RequestBatch } from './budget.js';
import { applyStyle, rectAddress, styleRects } from './styles.js';
import { formulaEntry } from './values.js';

/** Where commands go: the request batch, a group of small commands with room kept, the cancel signal. */
export interface Sink {
  batch: RequestBatch;
  unit(queue: (cost: Cost) => void): Promise<void>;
  signal?: AbortSignal;
}

/** ExcelJS column widths are in characters of the default font; Office.js wants points. */
export function widthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The number of columns of the block A1:… that holds every spec cell of the sheet (0 when empty). */
function blockWidth(sheet: SheetSpec): number {
  return sheet.rows.reduce((width, row) => Math.max(width, row.cells.length), 0);
}

/** The number format and formula entry of each cell of row `r`, `width` cells wide. */
function rowEntries(spec: WorkbookSpec, sheet: SheetSpec, r: number, width: number) {
  const row = sheet.rows[r];
  const formats: (string | null)[] = [];
  const formulas: (string | number | boolean | null)[] = [];
  for (let c = 0; c < width; c += 1) {
    const { value } = cellParts(row.cells[c]);
    const styleName = effectiveStyleName(sheet, row, c);
    const numFmt = styleName ? namedStyle(spec, sheet, styleName).numFmt : undefined;
    formats.push(numFmt ?? (value !== null && isDate(value) ? DEFAULT_DATE_FORMAT : null));
    formulas.push(formulaEntry(value));
  }
  return { formats, formulas };
}

/** Runs of consecutive rows with the same explicit height: [first row0, last row0, height]. */
export function heightRuns(sheet: SheetSpec): [number, number, number][] {
  const runs: [number, number, number][] = [];
  sheet.rows.forEach((row, r) => {
    if (row.height === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1 && last[2] === row.height) last[1] = r;
    else runs.push([r, r, row.height]);
  });
  return runs;
}


export async function writeLayout(sink: Sink, spec: WorkbookSpec, sheet: SheetSpec, target: Excel.Worksheet): Promise<void> {
  for (const [c, column] of sheet.columns.entries()) {
    await sink.unit((cost) => {
      const address = `${columnLetter(c)}:${columnLetter(c)}`;
      const range = cost.object(target.getRange(address), address);
      cost.object(range.format).columnWidth = cost.set(widthToPoints(column.width));
      if (column.hidden) range.columnHidden = cost.set(true);
      if (column.style) applyStyle(range, namedStyle(spec, sheet, column.style), undefined, { rows: 2, columns: 1 }, cost);
    });
  }
  for (const [from, to, height] of heightRuns(sheet)) {
    await sink.unit((cost) => {
      const address = `${from + 1}:${to + 1}`;
      cost.object(cost.object(target.getRange(address), address).format).rowHeight = cost.set(height);
    });
  }
}

/**
 * Number formats, values and formulas in blocks of whole rows, each block a fraction of the
 * budget, packed into requests by their measured JSON size.
 */
export async function writeValues(sink: Sink, spec: WorkbookSpec, sheet: SheetSpec, target: Excel.Worksheet): Promise<void> {
  const width = blockWidth(sheet);
  if (width === 0) return;
  const blockBytes = Math.max(64 * 1024, Math.floor(sink.batch.limit / 8));
  const last = columnLetter(width - 1);
  let from = 0;
  while (from < sheet.rows.length) {
    const formats: (string | null)[][] = [];
    const formulas: (string | number | boolean | null)[][] = [];
    let bytes = 0;
    let anyFormat = false;
    let to = from;
    while (to < sheet.rows.length) {
      const entries = rowEntries(spec, sheet, to, width);
      const rowBytes = jsonBytes(entries.formulas) + jsonBytes(entries.formats) + 2;
      if (formulas.length > 0 && bytes + rowBytes > blockBytes) break;
      if (rowBytes + 2 * COMMAND_BYTES + OBJECT_BYTES > sink.batch.limit) throw new DubanError(excelMessages.rowTooLarge(sheet.name, to + 1));
      formats.push(entries.formats);
      formulas.push(entries.formulas);
      anyFormat ||= entries.formats.some((format) => format !== null);
      bytes += rowBytes;
      to += 1;
    }
    const address = `A${from + 1}:${last}${to}`;
    // Office.js sends a 2-D array of more than 1,500 cells in blocks of rows, each addressed
    // as getRow(i).getBoundingRect(getRow(j)): three more objects and a command per block.
    const blocks = Math.ceil(((to - from) * width) / 1500) * (anyFormat ? 2 : 1);
    // A twentieth more for the request's ids and "L" lists, which grow with the request (measured
    // through Microsoft's client library, test/addin/office-js-client.test.ts).
    const cost = Math.ceil(bytes * 1.05) + OBJECT_BYTES + 2 * COMMAND_BYTES + address.length + blocks * (3 * OBJECT_BYTES + COMMAND_BYTES);
    await sink.batch.room(cost);
    const range = target.getRange(address);
    if (anyFormat) range.numberFormat = formats;
    range.formulas = formulas;
    sink.batch.add(cost);
    throwIfCancelled(sink.signal);
    from = to;
  }
}

export async function writeStyles(sink: Sink, spec: WorkbookSpec, sheet: SheetSpec, target: Excel.Worksheet): Promise<void> {
  for (const rect of styleRects(sheet)) {
    await sink.unit((cost) => {
      const base = rect.base ? namedStyle(spec, sheet, rect.base) : undefined;
      const shape = { rows: rect.r1 - rect.r0 + 1, columns: rect.c1 - rect.c0 + 1 };
      const address = rectAddress(rect);
      applyStyle(cost.object(target.getRange(address), address), namedStyle(spec, sheet, rect.style), base, shape, cost);
    });
  }
}

export function freezePanes(freeze: { rows: number; columns: number }, target: Excel.Worksheet, cost: Cost): void {
  const panes = cost.object(target.freezePanes);
  if (freeze.rows > 0 && freeze.columns > 0) {
    const address = `A1:${columnLetter(freeze.columns - 1)}${freeze.rows}`;
    panes.freezeAt(cost.object(target.getRange(address), address));
    cost.call(null);
  } else if (freeze.rows > 0) {
    panes.freezeRows(freeze.rows);
    cost.call(freeze.rows);
  } else if (freeze.columns > 0) {
    panes.freezeColumns(freeze.columns);
    cost.call(freeze.columns);
  }
}
