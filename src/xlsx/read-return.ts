/**
 * One returned file, from its bytes, as consolidation expects it: what kind of file it is, and the
 * workbook (or the CSV as one sheet) when it can be read. The CLI (files on disk) and the task pane
 * (files the user dropped) both come here; finding and reading the bytes stays with them.
 */
import { parseCsv } from '../domain/csv.js';
import { localIso } from '../domain/datetime.js';
import { DubanError } from '../domain/errors.js';
import type { ReturnFile } from '../domain/returns/index.js';
import { SHEETS } from '../domain/vocabulary.js';
import { detectFileKind } from './detect.js';
import { readWorkbook } from './read.js';

/** What the caller knows of the file: how the report names it, its file name, its modified time (ISO). */
export type ReturnFileFacts = Pick<ReturnFile, 'file' | 'name' | 'mtime'>;

/** Reads one returned file; a file that cannot be read carries its reason instead of throwing. */
export async function readReturnBytes(bytes: Uint8Array, facts: ReturnFileFacts): Promise<ReturnFile> {
  const { file, name } = facts;
  const kind = detectFileKind(bytes, name);
  try {
    if (kind === 'xlsx') {
      const grid = await readWorkbook(bytes, { file, sheets: (sheet) => sheet !== SHEETS.returnInstructions });
      // Times in the local zone, like the file times, so the two compare and print alike.
      if (grid.modified) grid.modified = localIso(new Date(grid.modified));
      return { ...facts, kind, grid };
    }
    if (kind === 'csv') return { ...facts, kind, grid: { sheets: [parseCsv(bytes, { file, sheetName: name.replace(/\.[^.]+$/, '') })] } };
  } catch (error) {
    if (error instanceof DubanError) return { ...facts, kind, problem: error.problem };
    throw error;
  }
  return { ...facts, kind };
}
