/**
 * The application layer's ports as the command line has them: the master is a file (read from the
 * input path, written to --out), workbooks for units go into a folder, returns are found in the
 * folders and files named, the built-in lists are read from seeds/, and the clock is this machine's.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogueOf, isBuiltinListId, type Catalogue, type ListSource, type Clock, type FileSink, type InputFile, type MasterStore, type ReturnSource } from '../app/index.js';
import { isoAtOffset, localIso } from '../domain/datetime.js';
import { DubanError } from '../domain/errors.js';
import type { WorkbookGrid } from '../domain/grid.js';
import type { WorkbookSpec } from '../domain/spec/index.js';
import { commonMessages, returnCliMessages } from '../domain/messages/index.js';
import { seedsDir } from './paths.js';
import { progressToStderr, refuseOutputsOverInputs, writeOutput, type CliIO } from './io.js';
import { findReturnFiles, readReturnFiles } from './read-returns.js';

/** A file named on the command line, read whole; a missing or unreadable one is told with its name. */
export async function readInputFile(path: string): Promise<InputFile> {
  try {
    const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
    return { name: path, bytes, lastModified: info.mtimeMs };
  } catch {
    throw new DubanError(commonMessages.fileNotFound, { file: path });
  }
}

/** --list: a built-in id (an unknown one is told the built-in ids), or the path of a list JSON file. */
export async function listSourceOf(value: string): Promise<Extract<ListSource, { kind: 'builtin' | 'json' }>> {
  if (isBuiltinListId(value) || !/[\\/]|\.json$/i.test(value)) return { kind: 'builtin', id: value };
  return { kind: 'json', file: await readInputFile(value) };
}

/**
 * The master as a file: read from `input` (no sheets when there is none), written to `out` (nothing
 * is written when there is no --out: the command was asked for its JSON alone).
 */
export function fileStore(input: string | null, out?: string): MasterStore {
  return {
    async readMaster(sheets?: readonly string[]): Promise<WorkbookGrid> {
      if (input === null) return { sheets: [] };
      // The reader alone, not the xlsx index: reading never loads ExcelJS.
      const { readWorkbook } = await import('../xlsx/read.js');
      const wanted = sheets ? new Set(sheets) : null;
      return readWorkbook(input, { file: input, sheets: wanted ? (name) => wanted.has(name.trim()) : undefined });
    },
    async writeMaster(spec) {
      if (out) await writeWorkbookFile(out, spec);
      return { skipped: [] };
    },
  };
}

/** Renders a workbook and writes it (ExcelJS is loaded only here, on first use). */
export async function writeWorkbookFile(path: string, spec: WorkbookSpec): Promise<void> {
  const { renderWorkbook } = await import('../xlsx/render.js');
  await writeOutput(path, await renderWorkbook(spec));
}

/** Workbooks written into a folder (made when missing), never over one of the inputs. */
export function folderSink(dir: string, inputs: readonly string[]): FileSink {
  let made = false;
  return {
    check: (names) => refuseOutputsOverInputs(names.map((name) => join(dir, name)), inputs),
    async write(name, bytes) {
      if (!made) await mkdir(dir, { recursive: true });
      made = true;
      await writeOutput(join(dir, name), bytes);
    },
    close: async () => undefined,
  };
}

/**
 * Now, as an ISO date-time (the CLI reads the clock, the domain never does): Beijing time unless
 * the TZ environment variable names another zone, so a server set to UTC still dates a
 * consolidation by the office's day. A given date stands for midnight UTC of it (reproducible files).
 */
export function cliClock(date?: string): Clock {
  return { now: () => (date ? `${date}T00:00:00Z` : process.env.TZ ? localIso(new Date()) : isoAtOffset(new Date())) };
}

/** The built-in lists and directory from seeds/*.json. */
export const cliCatalogue: Catalogue = catalogueOf({
  async list(id) {
    const { readTaskListFile } = await import('./builtin.js');
    return readTaskListFile(join(seedsDir, `${id}.json`));
  },
  async directory() {
    const { loadUnitDirectory } = await import('./builtin.js');
    return loadUnitDirectory();
  },
});

/** The returns in the files and folders named: ordinary ones read in this thread, any other in a bounded worker (read-returns.ts). */
export function returnsFromPaths(inputs: readonly string[], io: CliIO): ReturnSource {
  return {
    async read(options) {
      const found = await findReturnFiles(inputs);
      io.stderr.write(`${returnCliMessages.reading(found.files.length)}\n`);
      const read = await readReturnFiles(found.files, { signal: options.signal, onProgress: progressToStderr(io) });
      // Of two files from one unit, the one from a later input is the later submission.
      return { files: read.map((file, index) => ({ ...file, input: found.files[index].input })), entries: found.entries };
    },
  };
}
