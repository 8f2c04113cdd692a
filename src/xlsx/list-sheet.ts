/**
 * The sheet another office's list is written on, as both the CLI (`duban import`) and the task pane
 * read it: the first visible sheet of an .xlsx, or a .csv as one sheet. Any other kind of file gets
 * the message of its kind (.xls, .docx, password …).
 */
import { parseCsv } from '../domain/csv.js';
import { DubanError } from '../domain/errors.js';
import type { SheetGrid } from '../domain/grid.js';
import { fileKindMessages, importCommandMessages } from '../domain/messages/index.js';
import { detectFileKind } from './detect.js';
// The reader alone: importing never writes a workbook, so ExcelJS is not loaded.
import { readWorkbook } from './read.js';

export interface ListSheet {
  sheet: SheetGrid;
  /** True for an .xlsx (its sheet name is worth telling the user), false for a .csv. */
  fromWorkbook: boolean;
}

async function firstVisibleSheet(bytes: Uint8Array, file: string): Promise<SheetGrid> {
  let taken = false;
  const grid = await readWorkbook(bytes, {
    file,
    sheets: (_, state) => {
      if (taken || state !== 'visible') return false;
      taken = true;
      return true;
    },
  });
  const sheet = grid.sheets[0];
  if (!sheet) throw new DubanError(importCommandMessages.noSheet, { file });
  return sheet;
}

/**
 * Reads the list sheet of `bytes`. `file` names the file in messages; `sheetName` is the name a CSV's
 * one sheet gets (the file name without folders, by default).
 */
export async function readListSheet(bytes: Uint8Array, file: string, sheetName = file.split(/[/\\]/).pop() ?? file): Promise<ListSheet> {
  const kind = detectFileKind(bytes, file);
  if (kind === 'xlsx') return { sheet: await firstVisibleSheet(bytes, file), fromWorkbook: true };
  if (kind === 'csv') return { sheet: parseCsv(bytes, { file, sheetName }), fromWorkbook: false };
  throw new DubanError(fileKindMessages[kind], { file });
}
