/**
 * 导入清单: another office's list — a sheet with its own headers, a .csv, a notice as text or .docx,
 * or pasted notice text — read into a TaskList, with how each column was read and every part that
 * could not be.
 */
import { DubanError } from '../domain/errors.js';
import type { ColumnMapping } from '../domain/import/index.js';
import { appMessages, taskpaneMessages } from '../domain/messages/index.js';
import { parseTaskList, type TaskList } from '../domain/model/index.js';
import { csvModule, docxReaderModule, fileKindModule, importModule, listSheetModule } from './lazy.js';
import type { InputFile } from './ports.js';

/** Where a list comes from, besides the built-in ones. */
export type ListInput =
  /** A file: .xlsx (first visible sheet) or .csv with headers, a notice as .txt or .docx. */
  | { kind: 'file'; file: InputFile }
  /** The full text of a notice, pasted. */
  | { kind: 'notice'; text: string };

/** A part of the list that could not be read: a sheet row (with its cell), or a line of the notice. */
export type ImportProblem = { at: 'row'; row: number; cell?: string; message: string } | { at: 'line'; line?: number; message: string };

export interface ImportedList {
  list: TaskList;
  /** 表头 → 字段 as chosen for a sheet; empty for a notice. */
  mappings: ColumnMapping[];
  problems: ImportProblem[];
  /** The sheet that was read (a workbook only). */
  sheet?: string;
  /** The name the list came under: the file name, or 粘贴的通知. */
  source: string;
}

export interface ImportSettings {
  /** The list id; blank or absent: from the file name or the list's title. */
  id?: string;
  /** 清单年份; absent: from the title or the deadlines. */
  year?: number;
}

type Read = { list: TaskList; mappings: ColumnMapping[]; problems: ImportProblem[]; sheet?: string };

const lines = (problems: readonly { line?: number; message: string }[]): ImportProblem[] => problems.map((problem) => ({ at: 'line', ...problem }));

async function readNotice(text: string, source: string, meta: { id: string; year?: number }): Promise<Read> {
  const { importNoticeText } = await importModule();
  const notice = importNoticeText(text, { ...meta, source });
  return { list: notice.list, mappings: [], problems: lines(notice.problems) };
}

async function readFile(file: InputFile, meta: { id: string; year?: number }): Promise<Read> {
  const kind = (await fileKindModule()).detectFileKind(file.bytes, file.name);
  // A notice saved as text or as a Word document is read as a notice.
  if (kind === 'text') return readNotice((await csvModule()).decodeCsvBytes(file.bytes, { file: file.name }), file.name, meta);
  if (kind === 'docx') return readNotice(await (await docxReaderModule()).readDocxText(file.bytes, file.name), file.name, meta);
  const { readListSheet } = await listSheetModule();
  const { sheet, fromWorkbook } = await readListSheet(file.bytes, file.name);
  const { importGrid } = await importModule();
  const grid = importGrid(sheet, { ...meta, source: file.name });
  return { list: grid.list, mappings: grid.mappings, problems: grid.problems.map((problem) => ({ at: 'row', ...problem })), sheet: fromWorkbook ? sheet.name : undefined };
}

/** Reads a list; a list none of whose tasks could be read is refused with the first problem. */
export async function importList(input: ListInput, settings: ImportSettings = {}): Promise<ImportedList> {
  const meta = { id: settings.id?.trim() ?? '', year: settings.year };
  let source: string;
  let read: Read;
  if (input.kind === 'notice') {
    if (input.text.trim() === '') throw new DubanError(appMessages.noticeEmpty);
    source = taskpaneMessages.importList.pastedSource;
    read = await readNotice(input.text, source, meta);
  } else {
    source = input.file.name;
    read = await readFile(input.file, meta);
  }
  const { listIdFor } = await importModule();
  const id = meta.id || listIdFor(source, read.list.title);
  const list = parseTaskList({ ...read.list, id }, { file: source });
  if (list.tasks.length === 0) throw new DubanError(appMessages.noTaskRead(read.problems[0]?.message ?? ''), { file: source });
  return { ...read, list, source };
}
