/**
 * How a renderer reads a sheet's cells, the same for ExcelJS and Office.js: a cell's value and own
 * style, the style it is drawn with, and which cells of a row are drawn at all.
 */
import { isStyledCell, type CellStyle, type RowSpec, type SheetSpec, type SpecCell, type SpecValue, type WorkbookSpec } from './types.js';

/** A cell's value and its own style name; a missing cell is an empty one. */
export function cellParts(cell: SpecCell | undefined): { value: SpecValue; style?: string } {
  if (cell === undefined) return { value: null };
  return isStyledCell(cell) ? cell : { value: cell };
}

/** The style a cell is drawn with: its own, else its row's, else its column's. */
export function effectiveStyleName(sheet: SheetSpec, row: RowSpec, col0: number): string | undefined {
  return cellParts(row.cells[col0]).style ?? row.style ?? sheet.columns[col0]?.style;
}

/** How many cells of a row are drawn: its own cells, and with a row style every column of the sheet too. */
export function drawnWidth(sheet: SheetSpec, row: RowSpec): number {
  return row.style ? Math.max(row.cells.length, sheet.columns.length) : row.cells.length;
}

/** A style by name; a name the spec does not define is a bug in the spec builder. */
export function namedStyle(spec: WorkbookSpec, sheet: SheetSpec, name: string): CellStyle {
  const style = spec.styles[name];
  if (!style) throw new Error(`sheet ${sheet.name} uses an undefined style ${name}`);
  return style;
}
