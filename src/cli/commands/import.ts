/**
 * `duban import <file> --out list.json`: another office's list → a TaskList JSON. An .xlsx is read
 * from its first visible sheet, a .csv as one sheet, a .txt as the text of a notice with its
 * attachment table. Column mappings and problems go to stderr; exit 1 when some rows could not be
 * read, 2 when the file itself cannot be.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeCsvBytes, parseCsv } from '../../domain/csv.js';
import { withParsedDeadlines } from '../../domain/deadline/index.js';
import { DubanError, EXIT } from '../../domain/errors.js';
import type { SheetGrid } from '../../domain/grid.js';
import { importGrid, parseNoticeText, type ColumnMapping } from '../../domain/import/index.js';
import { commonMessages, fileKindMessages, gridFieldLabels, importCommandMessages, noticeMessages } from '../../domain/messages/index.js';
import { parseTaskList, type TaskList } from '../../domain/model/index.js';
import { detectFileKind } from '../../xlsx/detect.js';
// The reader alone: importing never writes a workbook, so ExcelJS is not loaded.
import { readWorkbook } from '../../xlsx/read.js';
import { jsonText, parseCommandArgs, writeJson, writeOutput, type CliIO, type Command } from '../io.js';

/** A problem located by sheet row and cell (sheets) or by text line (notices). */
type ImportProblem = { row: number; cell?: string; message: string } | { line?: number; message: string };

interface Imported {
  list: TaskList;
  mappings: ColumnMapping[];
  problems: ImportProblem[];
  sheet?: string;
}

function readYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new DubanError(importCommandMessages.badYear(value));
  return Number(value);
}

/** "000_966d7ba61376989e.txt" → "000-966d7ba61376989e"; a name without Latin letters or digits → "imported-list". */
function idFromFileName(file: string): string {
  const slug = basename(file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'imported-list';
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

async function importFile(file: string, meta: { id: string; year?: number }): Promise<Imported> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new DubanError(commonMessages.fileNotFound, { file });
  }
  const source = basename(file);
  const kind = detectFileKind(bytes, file);
  if (kind === 'xlsx' || kind === 'csv') {
    const sheet = kind === 'xlsx' ? await firstVisibleSheet(bytes, file) : parseCsv(bytes, { file, sheetName: source });
    return { ...importGrid(sheet, { ...meta, source }), sheet: kind === 'xlsx' ? sheet.name : undefined };
  }
  if (kind === 'text') {
    const notice = parseNoticeText(decodeCsvBytes(bytes, { file }), { ...meta, source });
    const { list, unparsed } = withParsedDeadlines(notice.list);
    const deadlineProblems = unparsed.map(({ seq, problem }) => ({ message: noticeMessages.unparsedDeadline(seq, problem) }));
    return { list, mappings: [], problems: [...notice.problems, ...deadlineProblems] };
  }
  throw new DubanError(fileKindMessages[kind], { file });
}

function report(io: CliIO, imported: Imported): void {
  if (imported.sheet) io.stderr.write(`${importCommandMessages.sheetUsed(imported.sheet)}\n`);
  if (imported.mappings.length > 0) {
    io.stderr.write(`${importCommandMessages.mappingsTitle}\n`);
    for (const { column, header, field } of imported.mappings) {
      io.stderr.write(`${importCommandMessages.mapping(column, header, gridFieldLabels[field])}\n`);
    }
  }
  if (imported.problems.length === 0) return;
  io.stderr.write(`${importCommandMessages.problemsTitle(imported.problems.length)}\n`);
  for (const problem of imported.problems) {
    const line = 'row' in problem
      ? importCommandMessages.rowProblem(problem.row, problem.cell, problem.message)
      : importCommandMessages.lineProblem(problem.line, problem.message);
    io.stderr.write(`${line}\n`);
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: importCommandMessages.importSummary,
  usage: importCommandMessages.importUsage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, id: { type: 'string' }, year: { type: 'string' } });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new DubanError(importCommandMessages.usage);
    const imported = await importFile(file, { id: values.id ?? idFromFileName(file), year: readYear(values.year) });
    const list = parseTaskList(imported.list, { file });
    report(io, imported);
    if (values.out) {
      await writeOutput(values.out, jsonText(list));
      io.stderr.write(`${importCommandMessages.done(list.tasks.length, values.out)}\n`);
    } else {
      writeJson(io, list);
      io.stderr.write(`${importCommandMessages.doneStdout(list.tasks.length)}\n`);
    }
    return imported.problems.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
