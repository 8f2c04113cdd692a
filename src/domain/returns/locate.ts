/**
 * Finding the progress table in whatever came back: the sheet may be renamed, the content pasted
 * into a new workbook, the columns reordered, header cells typed with spaces or line breaks, blank
 * rows or merged cells added.
 */
import { cellText, type CellValue, type SheetGrid, type WorkbookGrid } from '../grid.js';
import { SHEETS } from '../vocabulary.js';
import { HEADER_WORDS, TITLE_LABELS, type ReturnColumn } from './layout.js';
import { squeeze } from './text.js';

export interface LocatedTable {
  sheet: SheetGrid;
  /** 0-based index of the header row. */
  headerRow0: number;
  /** Column → 0-based column index (the first column carrying that header). */
  columns: Partial<Record<ReturnColumn, number>>;
}

/** How far down a sheet the header row is looked for. */
const HEADER_SCAN_ROWS = 40;

/** Longer cells are never a header (the longest header word with a note stays well below this). */
const MAX_HEADER_LENGTH = 40;

/** A header cell's word: no spaces or line breaks, no colon, asterisk or bracketed note. */
export function headerWord(value: CellValue | undefined): string {
  if (typeof value !== 'string' || value.length > MAX_HEADER_LENGTH) return '';
  return squeeze(value)
    .replace(/[*:]/g, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/【[^】]*】$/, '');
}

/** The columns a row names, when it reads as the header row of a return (序号 and a status or text column). */
export function headerColumns(row: readonly CellValue[] | undefined): LocatedTable['columns'] | null {
  if (!row) return null;
  const columns: LocatedTable['columns'] = {};
  let previous: CellValue | undefined;
  let word = '';
  row.forEach((value, index) => {
    // Merged cells repeat one value across the row: normalize it once.
    if (index === 0 || value !== previous) word = headerWord(value);
    previous = value;
    const column = HEADER_WORDS.get(word);
    if (column && columns[column] === undefined) columns[column] = index;
  });
  if (columns.seq === undefined || (columns.status === undefined && columns.text === undefined)) return null;
  return columns;
}

function score(columns: LocatedTable['columns']): number {
  return Object.keys(columns).length;
}

/**
 * The sheet and header row of the progress table: the best-scoring header among all sheets but the
 * metadata sheet, preferring a sheet named 进展填报, then visible sheets, then the first.
 */
export function locateTable(workbook: WorkbookGrid): LocatedTable | null {
  let best: (LocatedTable & { rank: number }) | null = null;
  workbook.sheets.forEach((sheet, order) => {
    if (sheet.name === SHEETS.returnMeta) return;
    const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
    for (let row0 = 0; row0 < limit; row0 += 1) {
      const columns = headerColumns(sheet.rows[row0]);
      if (!columns) continue;
      const rank =
        score(columns) * 1000 + (sheet.name === SHEETS.returnForm ? 500 : 0) + (sheet.state === 'visible' ? 100 : 0) - order;
      if (!best || rank > best.rank) best = { sheet, headerRow0: row0, columns, rank };
      break;
    }
  });
  if (!best) return null;
  const { sheet, headerRow0, columns } = best;
  return { sheet, headerRow0, columns };
}

/**
 * The value written after a title label (填报单位：市商务局) above the header row: in the same cell
 * after the colon, or in the next non-empty cell to its right.
 */
export function titleValue(table: LocatedTable, label: string): string | null {
  const target = squeeze(label);
  for (let row0 = 0; row0 < table.headerRow0; row0 += 1) {
    const row = table.sheet.rows[row0] ?? [];
    for (let col0 = 0; col0 < row.length; col0 += 1) {
      const text = squeeze(cellText(row[col0]));
      if (!text.startsWith(target)) continue;
      const rest = text.slice(target.length).replace(/^[:]/, '');
      if (rest) return rest;
      const next = row.slice(col0 + 1).map((value) => squeeze(cellText(value))).find((value) => value && !value.startsWith(target));
      if (next) return next;
    }
  }
  return null;
}

export function titleUnit(table: LocatedTable): string | null {
  return titleValue(table, TITLE_LABELS.unit);
}

export function titlePeriod(table: LocatedTable): string | null {
  return titleValue(table, TITLE_LABELS.period);
}
