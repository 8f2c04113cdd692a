/**
 * The grid a reader would get from a rendered spec (cached formula results, ISO dates, merged
 * cells filled), without rendering: lets `init` validate the sheets it is about to write.
 */
import { parseAddress, type CellValue, type SheetGrid, type WorkbookGrid } from '../grid.js';
import { isDate, isFormula, isStyledCell, type SheetSpec, type SpecCell, type WorkbookSpec } from '../spec/types.js';

function plain(cell: SpecCell | undefined): CellValue {
  if (cell === undefined) return null;
  const value = isStyledCell(cell) ? cell.value : cell;
  if (value === null || typeof value !== 'object') return value;
  if (isFormula(value)) return value.result ?? null;
  if (isDate(value)) return value.date;
  return null;
}

export function gridOfSheet(sheet: SheetSpec): SheetGrid {
  const rows: CellValue[][] = sheet.rows.map((row) => row.cells.map(plain));
  for (const merge of sheet.merges ?? []) {
    const [from, to] = merge.split(':');
    const start = parseAddress(from);
    const end = parseAddress(to ?? from);
    const value = rows[start.row0]?.[start.col0] ?? null;
    for (let r = start.row0; r <= end.row0; r += 1) {
      rows[r] ??= [];
      for (let c = start.col0; c <= end.col0; c += 1) rows[r][c] = value;
    }
  }
  for (const row of rows) for (let c = 0; c < row.length; c += 1) if (row[c] === undefined) row[c] = null;
  return { name: sheet.name, state: sheet.state ?? 'visible', rows, merges: [...(sheet.merges ?? [])] };
}

export function gridOfSpec(spec: WorkbookSpec): WorkbookGrid {
  return { sheets: spec.sheets.map(gridOfSheet), created: spec.properties.created, modified: spec.properties.modified };
}
