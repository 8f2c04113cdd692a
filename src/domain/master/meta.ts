/**
 * The master's veryHidden metadata sheet: the TaskList and the unit directory as JSON (in chunks
 * that fit a cell), so the master reads back exactly, and the period choices of the selector.
 */
import { DubanError, type Location } from '../errors.js';
import { cellText, type SheetGrid, type WorkbookGrid } from '../grid.js';
import { masterMessages as say } from '../messages/master.js';
import { parseJsonText, parseTaskList, parseUnitDirectory } from '../model/load.js';
import type { TaskList, UnitDirectory } from '../model/schemas.js';
import type { SheetSpec, SpecCell } from '../spec/types.js';
import type { PeriodChoice } from '../summarize/index.js';
import { SHEETS } from '../vocabulary.js';
import { sheetRef } from './layout.js';

export const MASTER_META = { marker: 'duban-master', version: '1', listId: 'listId', generatedAt: 'generatedAt', list: 'list', directory: 'directory' } as const;

/** Excel holds at most 32,767 characters in a cell. */
export const CHUNK_SIZE = 30_000;

/** Splits text into chunks of at most `size` UTF-16 units, never inside a surrogate pair. */
export function chunkText(text: string, size = CHUNK_SIZE): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    chunks.push(text.slice(at, end));
    at = end;
  }
  return chunks.length > 0 ? chunks : [''];
}

/** Where the period codes and labels sit (for the selector's list and its label lookup). */
export function periodRanges(count: number): { codes: string; labels: string } | undefined {
  if (count === 0) return undefined;
  const sheet = sheetRef(SHEETS.masterMeta);
  return { codes: `${sheet}!$D$2:$D$${count + 1}`, labels: `${sheet}!$E$2:$E$${count + 1}` };
}

/**
 * `helper`: the per-task columns 按领导汇总's formulas count over (from column G on, header row
 * first), kept here so they neither print nor get in the office's way.
 */
export function buildMetaSheet(list: TaskList, directory: UnitDirectory, generatedAt: string, periods: readonly PeriodChoice[], helper: readonly SpecCell[][] = []): SheetSpec {
  const pairs: [string, string][] = [
    [MASTER_META.marker, MASTER_META.version],
    [MASTER_META.listId, list.id],
    [MASTER_META.generatedAt, generatedAt],
    ...chunkText(JSON.stringify(list)).map((chunk): [string, string] => [MASTER_META.list, chunk]),
    ...chunkText(JSON.stringify(directory)).map((chunk): [string, string] => [MASTER_META.directory, chunk]),
  ];
  const height = Math.max(pairs.length, periods.length + 1, helper.length);
  const rows = Array.from({ length: height }, (_, r) => {
    const cells: SpecCell[] = pairs[r] ? [...pairs[r]] : [null, null];
    if (r === 0) cells.push(null, 'period', 'label');
    else if (periods[r - 1]) cells.push(null, periods[r - 1].code, periods[r - 1].label);
    if (helper[r]) {
      while (cells.length < 6) cells.push(null);
      cells.push(...helper[r]);
    }
    return { cells };
  });
  return {
    name: SHEETS.masterMeta,
    state: 'veryHidden',
    columns: [{ width: 14 }, { width: 60 }, { width: 4 }, { width: 12 }, { width: 20 }, { width: 4 }, { width: 6 }, { width: 16 }, { width: 12 }, { width: 10 }],
    rows,
    protection: {},
  };
}

function findMetaSheet(grid: WorkbookGrid): SheetGrid | undefined {
  return (
    grid.sheets.find((sheet) => sheet.name === SHEETS.masterMeta && cellText(sheet.rows[0]?.[0]) === MASTER_META.marker) ??
    grid.sheets.find((sheet) => cellText(sheet.rows[0]?.[0]) === MASTER_META.marker)
  );
}

/** The list and directory kept in the metadata sheet; a DubanError when the workbook has none. */
export function readMeta(grid: WorkbookGrid, file?: string): { list: TaskList; directory: UnitDirectory; generatedAt: string } {
  const sheet = findMetaSheet(grid);
  if (!sheet) throw new DubanError(say.notMaster, { file });
  const location: Location = { file, sheet: sheet.name };
  const parts = { list: '', directory: '', generatedAt: '' };
  for (const row of sheet.rows.slice(1)) {
    const key = cellText(row?.[0]);
    const value = cellText(row?.[1]);
    if (key === MASTER_META.list) parts.list += value;
    else if (key === MASTER_META.directory) parts.directory += value;
    else if (key === MASTER_META.generatedAt) parts.generatedAt = value;
  }
  if (!parts.list) throw new DubanError(say.metaBroken(MASTER_META.list), location);
  if (!parts.directory) throw new DubanError(say.metaBroken(MASTER_META.directory), location);
  return {
    list: parseTaskList(parseJsonText(parts.list, location), location),
    directory: parseUnitDirectory(parseJsonText(parts.directory, location), location),
    generatedAt: parts.generatedAt,
  };
}
