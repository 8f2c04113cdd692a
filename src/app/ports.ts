/**
 * The ports of the application layer: how a use case reaches what lives outside it. The CLI
 * implements them with the file system (src/cli/ports.ts); the task pane with the open workbook or
 * the standalone in-memory file (src/taskpane/ports.ts). A use case never knows which.
 */
import type { WorkbookGrid } from '../domain/grid.js';
import type { TaskList, UnitDirectory } from '../domain/model/index.js';
import type { OperationOptions } from '../domain/operation.js';
import type { InputEntry, ReturnFile } from '../domain/returns/index.js';
import type { WorkbookSpec } from '../domain/spec/index.js';
import type { SkippedFeature } from '../domain/spec/index.js';

/** A file for the user to save: the master, a merged master, the zip of returns, a 通报. */
export interface Download {
  fileName: string;
  bytes: Uint8Array;
  mime: string;
  /** The workbooks inside a zip, for hosts that cannot save a download. */
  parts?: Download[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file the user gave: chosen, dropped or named on the command line, read into memory. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** When the file was last modified, milliseconds since 1970. */
  lastModified?: number;
}

export interface WriteOptions extends OperationOptions {
  /** Replace sheets of the same name in an open workbook (Excel only). */
  replaceExisting: boolean;
  /** The file name a written workbook gets where it becomes a file (standalone). */
  fileName: string;
}

export interface WriteOutcome {
  /** Features the running Excel could not set (Excel only). */
  skipped: SkippedFeature[];
  /** The written workbook as a file to save (standalone only). */
  download?: Download;
}

/** Where the master workbook is read from and written to. */
export interface MasterStore {
  /** The master as plain grids: only the named sheets when given; no sheets when there is none. */
  readMaster(sheets?: readonly string[]): Promise<WorkbookGrid>;
  /** Writes a master workbook: into the open workbook, as the in-memory file, or to the output file. */
  writeMaster(spec: WorkbookSpec, options: WriteOptions): Promise<WriteOutcome>;
  /**
   * Where the store can (the workbook open in Excel): replaces the spec's sheets — some of the
   * master's, not all — and keeps every other sheet as it is. A store without it is written whole.
   */
  replaceSheets?(spec: WorkbookSpec, options: WriteOptions): Promise<WriteOutcome>;
}

/** Where workbooks made for others go: a folder (CLI) or one zip to download (pane). */
export interface FileSink<Made extends Download | undefined = Download | undefined> {
  /** Refuses, before anything is written, names that would overwrite an input. */
  check?(fileNames: readonly string[]): Promise<void>;
  write(fileName: string, bytes: Uint8Array): Promise<void>;
  /** Everything written, as one file to save, when the sink makes one. */
  close(): Promise<Made>;
}

/** The returned files of one consolidation, read under the bounds each stranger's file gets. */
export interface ReturnSource {
  read(options: OperationOptions): Promise<{ files: ReturnFile[]; entries?: InputEntry[] }>;
}

/** The built-in lists and unit directory: seeds/ on disk (CLI) or bundled (pane). */
export interface Catalogue {
  ids(): readonly string[];
  /** A built-in list; an unknown id is a DubanError naming the ones there are. */
  list(id: string): Promise<TaskList>;
  /** The built-in lists' unit directory. */
  directory(): Promise<UnitDirectory>;
}

/** The clock: the shells read it, the domain never does. */
export interface Clock {
  /** Now, as a local ISO date-time (2023-04-01T09:30:00+08:00). */
  now(): string;
}
