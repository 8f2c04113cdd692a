/**
 * `duban import <file> --out list.json`: another office's list → a TaskList JSON. An .xlsx is read
 * from its first visible sheet, a .csv as one sheet, a .txt or .docx as the text of a notice.
 * Column mappings and problems go to stderr; exit 1 when some rows could not be read, 2 when the
 * file itself cannot be.
 */
import { importList, readYear, type ImportedList } from '../../app/index.js';
import { DubanError, EXIT } from '../../domain/errors.js';
import { gridFieldLabels, importCommandMessages } from '../../domain/messages/index.js';
import { jsonText, parseCommandArgs, refuseOutputsOverInputs, writeJson, writeOutput, type CliIO, type Command } from '../io.js';
import { readInputFile } from '../ports.js';

function report(io: CliIO, imported: ImportedList): void {
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
    const line = problem.at === 'row'
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
    const year = readYear(values.year);
    const imported = await importList({ kind: 'file', file: await readInputFile(file) }, { id: values.id, year });
    const { list } = imported;
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
