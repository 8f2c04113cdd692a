/**
 * Row heights for wrapped text. Excel does not grow a row for wrapped text in a file it opens, and
 * LibreOffice and WPS differ, so a list printed for a meeting would show one line of each task.
 * Every row gets at least the height its wrapped text needs, estimated from the text and the width
 * it wraps in (a merged cell wraps across all its columns); a height the builder set is a minimum.
 */
import { parseAddress } from '../grid.js';
import { cellParts, effectiveStyleName } from './cells.js';
import { isFormula, type CellStyle, type SheetSpec, type SpecValue, type WorkbookSpec } from './types.js';

const DEFAULT_FONT_SIZE = 11;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Points of line height per point of font size, plus the cell's top and bottom padding. */
const LINE_FACTOR = 1.35;
const PADDING = 4;

/** Width of text in Excel column-width units: East Asian wide characters take two, others one. */
export function textWidthUnits(text: string): number {
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000;
    units += wide ? 2 : 1;
  }
  return units;
}

/** How many lines a wrapped text takes in a column `width` units wide at `fontSize` points. */
export function wrappedLineCount(text: string, width: number, fontSize = DEFAULT_FONT_SIZE): number {
  // Column widths are measured at 11 pt; larger type fits proportionally fewer characters.
  const usable = Math.max(1, (width - 1) * (DEFAULT_FONT_SIZE / fontSize));
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(textWidthUnits(line) / usable)), 0);
}

/** The text a cell shows, for measuring; numbers, dates and booleans never wrap to a second line. */
function shownText(value: SpecValue): string {
  if (typeof value === 'string') return value;
  if (isFormula(value) && typeof value.result === 'string') return value.result;
  return '';
}

const DEFAULT_COLUMN_WIDTH = 8.43;

/** The height a row needs for its wrapped cells, or undefined when one line is enough. */
function neededHeight(sheet: SheetSpec, rowIndex: number, styles: Record<string, CellStyle>, merged: ReadonlyMap<string, number>): number | undefined {
  const row = sheet.rows[rowIndex];
  let height = 0;
  let lines = 1;
  row.cells.forEach((cell, col) => {
    const span = merged.get(`${rowIndex}:${col}`);
    if (span === 0) return;
    const text = shownText(cellParts(cell).value);
    const styleName = effectiveStyleName(sheet, row, col);
    const style: CellStyle = (styleName ? styles[styleName] : undefined) ?? {};
    if (!style.wrap || text === '') return;
    const fontSize = style.fontSize ?? DEFAULT_FONT_SIZE;
    const width = span ?? sheet.columns[col]?.width ?? DEFAULT_COLUMN_WIDTH;
    const count = wrappedLineCount(text, width, fontSize);
    lines = Math.max(lines, count);
    height = Math.max(height, count * fontSize * LINE_FACTOR + PADDING);
  });
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, Math.ceil(height)) : undefined;
}

/**
 * Cells of one-row merges: the top-left cell wraps in the merged columns' total width, the others
 * hold nothing (0). Cells of taller merges are not measured (0): their text has rows to spare.
 */
function mergedCells(sheet: SheetSpec): Map<string, number> {
  const cells = new Map<string, number>();
  for (const ref of sheet.merges ?? []) {
    const [from, to] = ref.split(':').map(parseAddress);
    for (let r = from.row0; r <= to.row0; r += 1) {
      for (let c = from.col0; c <= to.col0; c += 1) cells.set(`${r}:${c}`, 0);
    }
    if (from.row0 === to.row0) {
      let width = 0;
      for (let c = from.col0; c <= to.col0; c += 1) width += sheet.columns[c]?.width ?? DEFAULT_COLUMN_WIDTH;
      cells.set(`${from.row0}:${from.col0}`, width);
    }
  }
  return cells;
}

/** The workbook with a height on every row whose wrapped text needs more than one line. */
export function withRowHeights(spec: WorkbookSpec): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => {
      const merged = mergedCells(sheet);
      return {
        ...sheet,
        rows: sheet.rows.map((row, index) => {
          const height = neededHeight(sheet, index, spec.styles, merged);
          if (height === undefined || (row.height !== undefined && row.height >= height)) return row;
          return { ...row, height };
        }),
      };
    }),
  };
}
