/**
 * The grid a reader would get from a rendered spec (cached formula results, ISO dates, merged
 * cells filled), without rendering: lets `init` validate the sheets it is about to write.
 */
import { fillMerges, type CellValue, type SheetGrid, type WorkbookGrid } from '../grid.js';
import { isDate, isFormula, isStyledCell, type SheetSpec, type SpecCell, type WorkbookSpec } from '../spec/types.js';

/** The value a reader gets from a spec cell: a formula's cached result, a date as ISO text, the rest as is. */
export function specCellValue(cell: SpecCell | undefined): CellValue {
  if (cell === undefined) return null;
  const value = isStyledCell(cell) ? cell.value : cell;
  if (value === null || typeof value !== 'object') return value;
  if (isFormula(value)) return value.result ?? null;
  if (isDate(value)) return value.date;
  return null;
}

export function gridOfSheet(sheet: SheetSpec): SheetGrid {
  const rows: CellValue[][] = sheet.rows.map((row) => row.cells.map(specCellValue));
  fillMerges(rows, sheet.merges ?? []);
  return { name: sheet.name, state: sheet.state ?? 'visible', rows, merges: [...(sheet.merges ?? [])] };
}

export function gridOfSpec(spec: WorkbookSpec): WorkbookGrid {
  return { sheets: spec.sheets.map(gridOfSheet), created: spec.properties.created, modified: spec.properties.modified };
}
