/**
 * `duban import <file> --out list.json`: another office's list → a TaskList JSON. An .xlsx is read
 * from its first visible sheet, a .csv as one sheet, a .txt as the text of a notice with its
 * attachment table. Column mappings and problems go to stderr; exit 1 when some rows could not be
 * read, 2 when the file itself cannot be.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeCsvBytes } from '../../domain/csv.js';
import { DubanError, EXIT } from '../../domain/errors.js';
import { importGrid, importNoticeText, listIdFor, type ColumnMapping } from '../../domain/import/index.js';
import { commonMessages, gridFieldLabels, importCommandMessages } from '../../domain/messages/index.js';
import { parseTaskList, type TaskList } from '../../domain/model/index.js';
import { detectFileKind } from '../../xlsx/detect.js';
import { readDocxText } from '../../xlsx/docx.js';
// The readers alone: importing never writes a workbook, so ExcelJS is not loaded.
import { readListSheet } from '../../xlsx/list-sheet.js';
import { jsonText, parseCommandArgs, refuseOutputsOverInputs, writeJson, writeOutput, type CliIO, type Command } from '../io.js';

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

/** Reads the list; an id not given on the command line comes from the file name or the list's title. */
async function importFile(file: string, meta: { id: string; year?: number }): Promise<Imported> {
  const imported = await readList(file, meta);
  if (meta.id === '') imported.list.id = listIdFor(basename(file), imported.list.title);
  return imported;
}

async function readList(file: string, meta: { id: string; year?: number }): Promise<Imported> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new DubanError(commonMessages.fileNotFound, { file });
  }
  const source = basename(file);
  const kind = detectFileKind(bytes, file);
  if (kind === 'text') return { ...importNoticeText(decodeCsvBytes(bytes, { file }), { ...meta, source }), mappings: [] };
  if (kind === 'docx') return { ...importNoticeText(await readDocxText(bytes, file), { ...meta, source }), mappings: [] };
  const { sheet, fromWorkbook } = await readListSheet(bytes, file, source);
  return { ...importGrid(sheet, { ...meta, source }), sheet: fromWorkbook ? sheet.name : undefined };
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
    await refuseOutputsOverInputs([values.out], [file]);
    const imported = await importFile(file, { id: values.id ?? '', year: readYear(values.year) });
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
