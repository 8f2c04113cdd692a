/** The list's year as the workbook itself states it, for `duban validate` without --year. */
import { cellText, type WorkbookGrid } from '../grid.js';
import { SHEETS } from '../vocabulary.js';
import { LAYOUTS, locateColumns } from './layout.js';

const YEAR_IN_JSON = /"year"\s*:\s*(\d{4})/;
const YEAR_IN_TEXT = /(\d{4})(?:年|-\d{1,2}-|\.\d{1,2}\.|\/\d{1,2}\/)/;

/**
 * The years YEAR_IN_TEXT finds where no digit precedes them (12023年 holds no year), found without
 * a lookbehind, which Safari before 16.4 and Edge 18 cannot parse: a match right after a digit is
 * dropped and the search goes on from the next character, as the lookbehind would.
 */
export function yearsInText(text: string): number[] {
  const years: number[] = [];
  const pattern = new RegExp(YEAR_IN_TEXT.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text[match.index - 1];
    if (before !== undefined && before >= '0' && before <= '9') {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    years.push(Number(match[1]));
  }
  return years;
}

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
    for (const year of yearsInText(text)) {
      if (year >= 2000 && year <= 2100) tally.set(year, (tally.get(year) ?? 0) + 1);
    }
  }
  const ranked = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0];
}
