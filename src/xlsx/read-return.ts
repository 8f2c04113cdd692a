/**
 * One returned file, from its bytes, as consolidation expects it: what kind of file it is, and the
 * workbook (or the CSV as one sheet) when it can be read. The CLI (files on disk) and the task pane
 * (files the user dropped) both come here; finding and reading the bytes stays with them.
 *
 * Returns come from strangers' e-mail: each is read within RETURN_LIMITS (src/xlsx/limits.ts), and
 * whatever goes wrong with one file — damage, a limit, a fault of ours — becomes that file's reason,
 * never an exception that would cost the other files.
 */
import { parseCsv } from '../domain/csv.js';
import { localIso } from '../domain/datetime.js';
import { DubanError } from '../domain/errors.js';
import { xlsxMessages } from '../domain/messages/index.js';
import type { ReturnFile } from '../domain/returns/index.js';
import { SHEETS } from '../domain/vocabulary.js';
import { detectFileKind } from './detect.js';
import { LimitExceeded, megabytes, RETURN_LIMITS, RETURN_MAX_FILE_BYTES, type ReadLimits } from './limits.js';
import { readWorkbook } from './read.js';
import { zipDirectory } from './zip.js';

/** What the caller knows of the file: how the report names it, its file name, its modified time (ISO). */
export type ReturnFileFacts = Pick<ReturnFile, 'file' | 'name' | 'mtime'>;

export interface ReadReturnOptions {
  /** RETURN_LIMITS by default. */
  limits?: ReadLimits;
  /** The largest file read at all (RETURN_MAX_FILE_BYTES by default). */
  maxFileBytes?: number;
}

/** A CSV return larger than this is not a return (a form of 500 rows is well under 1 MB). */
const MAX_CSV_BYTES = 16 * 2 ** 20;

/** Fields a CSV may hold at most: its separators and line ends, counted without parsing. */
function csvFieldBound(bytes: Uint8Array): number {
  let count = 1;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (byte === 0x2c || byte === 0x09 || byte === 0x0a || byte === 0x0d) count += 1;
  }
  return count;
}

/**
 * What a return the offices really send looks like: a few dozen KB on disk, about fifteen parts
 * that inflate to a few hundred KB. A file within these bounds is read in the caller's thread (the
 * reader's limits still apply); anything else goes to a worker with its own heap and a hard time
 * limit (src/cli/read-returns-pool.ts), which costs a worker's start-up but contains what nobody
 * thought of.
 */
export const ORDINARY_RETURN = {
  fileBytes: 2 ** 20,
  /** Over all parts, as the zip's directory states their sizes (the inflater still enforces the real limits). */
  inflatedBytes: 8 * 2 ** 20,
  parts: 64,
} as const;

/** Whether a file's bytes look like an ordinary return: small, and a zip whose parts say they are small, or not a zip at all. */
export function isOrdinaryReturn(bytes: Uint8Array): boolean {
  if (bytes.length > ORDINARY_RETURN.fileBytes) return false;
  // A damaged zip or a file of another kind is refused before anything is inflated.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return true;
  const entries = zipDirectory(bytes);
  if (!entries) return true;
  if (entries.length > ORDINARY_RETURN.parts) return false;
  let inflated = 0;
  for (const entry of entries) inflated += entry.size;
  return inflated <= ORDINARY_RETURN.inflatedBytes;
}

/** The short text of an unexpected error, for the report. */
function errorDetail(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Reads one returned file; a file that cannot be read carries its reason instead of throwing. */
export async function readReturnBytes(bytes: Uint8Array, facts: ReturnFileFacts, options: ReadReturnOptions = {}): Promise<ReturnFile> {
  const { file, name } = facts;
  const limits = options.limits ?? RETURN_LIMITS;
  const maxFileBytes = options.maxFileBytes ?? RETURN_MAX_FILE_BYTES;
  const kind = detectFileKind(bytes, name);
  try {
    if ((kind === 'xlsx' || kind === 'csv') && bytes.length > maxFileBytes) {
      throw new LimitExceeded(xlsxMessages.fileTooLarge(megabytes(maxFileBytes)));
    }
    if (kind === 'xlsx') {
      const grid = await readWorkbook(bytes, { file, limits, sheets: (sheet) => sheet !== SHEETS.returnInstructions });
      // Times in the local zone, like the file times, so the two compare and print alike.
      if (grid.modified) grid.modified = localIso(new Date(grid.modified));
      return { ...facts, kind, grid };
    }
    if (kind === 'csv') {
      if (bytes.length > Math.min(maxFileBytes, MAX_CSV_BYTES)) throw new LimitExceeded(xlsxMessages.fileTooLarge(megabytes(Math.min(maxFileBytes, MAX_CSV_BYTES))));
      if (csvFieldBound(bytes) > limits.gridCells) throw new LimitExceeded(xlsxMessages.tooManyCells('', limits.gridCells));
      return { ...facts, kind, grid: { sheets: [parseCsv(bytes, { file, sheetName: name.replace(/\.[^.]+$/, '') })] } };
    }
  } catch (error) {
    if (error instanceof DubanError) return { ...facts, kind, problem: error.problem };
    if (error instanceof LimitExceeded) return { ...facts, kind, problem: error.problem };
    return { ...facts, kind, problem: xlsxMessages.readFailed(errorDetail(error)) };
  }
  return { ...facts, kind };
}
