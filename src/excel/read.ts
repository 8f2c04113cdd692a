/// <reference types="office-js" />
/**
 * Reads the open workbook into the plain WorkbookGrid the domain parses, in two syncs: the sheet
 * list first, then every sheet's used range (values and number formats, so dates become ISO dates)
 * and, where ExcelApi 1.13 exists, its merged areas.
 */
import { DubanError } from '../domain/errors.js';
import { fillMerges, parseAddress, type CellValue, type SheetGrid, type WorkbookGrid } from '../domain/grid.js';
import { excelMessages } from '../domain/messages/index.js';
import { officeRequirementCheck, supports, type RequirementCheck } from './requirements.js';
import { gridValue } from './values.js';

export interface ReadOptions {
  isSetSupported?: RequirementCheck;
  /** Read only these sheets (by name); all sheets when absent. */
  sheets?: readonly string[];
}

const STATES: Record<string, SheetGrid['state']> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** "Sheet1!B3:D9" or "'My sheet'!B3" → top-left { row0, col0 } of the range. */
export function topLeft(address: string): { row0: number; col0: number } {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return parseAddress(local.split(':')[0]);
}

/** "Sheet1!B3:D9" → "B3:D9". */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

/** Office.js values laid out from A1: rows[r][c] is the cell at row r+1, column c+1. */
export function gridRows(address: string, values: unknown[][], formats: unknown[][] | undefined): CellValue[][] {
  const origin = topLeft(address);
  const rows: CellValue[][] = Array.from({ length: origin.row0 }, () => []);
  values.forEach((row, r) => {
    const cells: CellValue[] = Array.from({ length: origin.col0 }, () => null);
    row.forEach((value, c) => cells.push(gridValue(value, formats?.[r]?.[c])));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const check = options.isSetSupported ?? officeRequirementCheck();
  const withMerges = supports(check, 'mergedAreas');
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await context.sync();
    const wanted = worksheets.items.filter((sheet) => !options.sheets || options.sheets.includes(sheet.name));
    const used = wanted.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load('address,values,numberFormat');
      const merged = withMerges ? range.getMergedAreasOrNullObject() : undefined;
      merged?.load('areas/items/address');
      return { sheet, range, merged };
    });
    await context.sync();
    return {
      sheets: used.map(({ sheet, range, merged }): SheetGrid => {
        const merges = merged && !merged.isNullObject ? merged.areas.items.map((area) => localAddress(area.address)) : [];
        const rows = range.isNullObject ? [] : gridRows(range.address, range.values, range.numberFormat);
        fillMerges(rows, merges);
        return { name: sheet.name, state: STATES[sheet.visibility] ?? 'visible', rows, merges };
      }),
    };
  } catch (error) {
    if (error instanceof DubanError) throw error;
    throw new DubanError(excelMessages.readFailed((error as Error).message ?? String(error)));
  }
}
