import { DubanError, EXIT } from '../../domain/errors.js';
import type { WorkbookGrid } from '../../domain/grid.js';
import { validateMessages } from '../../domain/messages/index.js';
import { workbookDirectory } from '../../domain/master/index.js';
import { parsePeriod } from '../../domain/period/index.js';
import { readMeta as readReturnMeta } from '../../domain/returns/index.js';
import { createUnitMatcher } from '../../domain/units/index.js';
import { inferListYear, LAYOUTS, validateWorkbook } from '../../domain/validate/index.js';
import { SHEETS } from '../../domain/vocabulary.js';
// The reader alone (jszip), not the xlsx index: validating never writes, so ExcelJS is not loaded.
import { readWorkbook } from '../../xlsx/read.js';
import { loadUnitDirectory } from '../builtin.js';
import { parseCommandArgs, progressToStderr, writeJson, type Command } from '../io.js';

const CHECKED_SHEETS = new Set<string>([...LAYOUTS.map((layout) => layout.sheet), SHEETS.masterMeta, SHEETS.directory, SHEETS.returnMeta]);

/** A return workbook states its period in its metadata; the period's year is the list's. */
function returnYear(grid: WorkbookGrid): number | undefined {
  const period = parsePeriod(readReturnMeta(grid)?.period ?? '');
  return period ? Number(period.start.slice(0, 4)) : undefined;
}

function readYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value.trim())) throw new DubanError(validateMessages.badYear(value));
  return Number(value);
}

export const validateCommand: Command = {
  name: 'validate',
  summary: validateMessages.validateSummary,
  usage: validateMessages.validateUsage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, year: { type: 'string' } });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new DubanError(validateMessages.usage);
    const grid = await readWorkbook(file, { sheets: (name) => CHECKED_SHEETS.has(name.trim()) });
    const year = readYear(values.year) ?? inferListYear(grid) ?? returnYear(grid);
    if (year === undefined) throw new DubanError(validateMessages.yearUnknown, { file });
    // The workbook's own 单位名录 (as the user edited it), else the built-in directory.
    const matcher = createUnitMatcher(workbookDirectory(grid) ?? loadUnitDirectory());
    const report = validateWorkbook(grid, { matcher, year }, { onProgress: values.json ? undefined : progressToStderr(io) });
    if (report.sheetsChecked.length === 0) {
      throw new DubanError(validateMessages.nothingToValidate(LAYOUTS.map((layout) => layout.sheet)), { file });
    }
    const { findings, counts } = report;
    if (values.json) {
      writeJson(io, { findings, counts });
    } else {
      for (const finding of findings) {
        io.stdout.write(`${validateMessages.findingLine(finding.sheet, finding.cell, validateMessages.kindLabels[finding.kind], finding.message, finding.suggestion)}\n`);
      }
      io.stdout.write(`${validateMessages.summary(file, findings.length)}\n`);
    }
    return findings.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
