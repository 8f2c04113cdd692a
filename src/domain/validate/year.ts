/** The list's year as the workbook itself states it, for `duban validate` without --year. */
import { cellText, type WorkbookGrid } from '../grid.js';
import { SHEETS } from '../vocabulary.js';
import { LAYOUTS, locateColumns } from './layout.js';

const YEAR_IN_JSON = /"year"\s*:\s*(\d{4})/;
const YEAR_IN_TEXT = /(?<!\d)(\d{4})(?:年|-\d{1,2}-|\.\d{1,2}\.|\/\d{1,2}\/)/g;

/**
 * 1. the `year` of the TaskList kept in the master workbook's hidden sheet, when present;
 * 2. else the year written most often in 任务清单's title rows and 完成时限 cells
 *    (2023年…, 2023-06-30); the earliest year wins a tie;
 * 3. else undefined: the caller asks for it.
 */
export function inferListYear(grid: WorkbookGrid): number | undefined {
  const meta = grid.sheets.find((sheet) => sheet.name === SHEETS.masterMeta);
  for (const row of meta?.rows ?? []) {
    for (const value of row) {
      const match = YEAR_IN_JSON.exec(cellText(value));
      if (match) return Number(match[1]);
    }
  }
  const layout = LAYOUTS.find((candidate) => candidate.sheet === SHEETS.taskList);
  const sheet = grid.sheets.find((candidate) => candidate.name.trim() === SHEETS.taskList);
  if (!layout || !sheet) return undefined;
  const columns = locateColumns(sheet, layout);
  if (!columns) return undefined;
  const texts = sheet.rows.slice(0, columns.headerRow0).flat().map(cellText);
  const deadlineColumn = columns.byRole.get('deadline');
  if (deadlineColumn !== undefined) texts.push(...sheet.rows.slice(columns.headerRow0 + 1).map((row) => cellText(row[deadlineColumn])));
  const tally = new Map<number, number>();
  for (const text of texts) {
    for (const match of text.matchAll(YEAR_IN_TEXT)) {
      const year = Number(match[1]);
      if (year >= 2000 && year <= 2100) tally.set(year, (tally.get(year) ?? 0) + 1);
    }
  }
  const ranked = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0];
}
