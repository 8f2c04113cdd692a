import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DubanError } from '../../domain/errors.js';
import { buildMasterSpec, gridOfSpec, readDirectorySheet, withFindings } from '../../domain/master/index.js';
import { commonMessages, masterMessages as say, unitMessages } from '../../domain/messages/index.js';
import type { TaskList, UnitDirectory } from '../../domain/model/index.js';
import { buildListDirectory, createUnitMatcher } from '../../domain/units/index.js';
import { validateWorkbook } from '../../domain/validate/index.js';
import { readListSheet } from '../../xlsx/list-sheet.js';
import { builtinListIds, loadTaskList, loadUnitDirectory } from '../builtin.js';
import { parseCommandArgs, refuseOutputsOverInputs, requireOption, type CliIO, type Command } from '../io.js';
import { checkOutExtension, generationTime, optionDate, optionPeriod, warnPeriodOutsideYear, writeSpec } from '../master-shared.js';

/** An office's own directory (.xlsx or .csv with 单位名称 / 别称 / 说明). */
async function readUnitsFile(file: string): Promise<UnitDirectory> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new DubanError(commonMessages.fileNotFound, { file });
  }
  const { sheet } = await readListSheet(bytes, file, basename(file));
  const read = readDirectorySheet(sheet);
  if (read.missingHeader !== null) throw new DubanError(unitMessages.directoryNoHeader(read.missingHeader), { file, sheet: sheet.name });
  if (read.directory.units.length === 0) throw new DubanError(unitMessages.directoryEmpty, { file, sheet: sheet.name });
  return read.directory;
}

/**
 * The directory of the master: the office's file when given, the built-in Tianjin directory for the
 * built-in Tianjin lists, else the list's own units with the alias decisions told on stderr.
 */
async function directoryFor(list: TaskList, unitsFile: string | undefined, io: CliIO): Promise<UnitDirectory> {
  if (unitsFile !== undefined) {
    const directory = await readUnitsFile(unitsFile);
    io.stderr.write(`${unitMessages.directoryFromFile(unitsFile, directory.units.length)}\n`);
    return directory;
  }
  if (builtinListIds().includes(list.id)) {
    io.stderr.write(`${unitMessages.directoryBuiltin}\n`);
    return loadUnitDirectory();
  }
  const { directory, aliases, typos } = buildListDirectory(list);
  const groups = directory.units.filter((entry) => entry.kind === 'group').length;
  io.stderr.write(`${unitMessages.directoryFromList(directory.units.length - groups, groups)}\n`);
  for (const decision of aliases) io.stderr.write(`${unitMessages.aliasDecided(decision.alias, decision.canonical)}\n`);
  for (const decision of typos) io.stderr.write(`${unitMessages.typoLeftOut(decision.typo, decision.intended)}\n`);
  return directory;
}

export const initCommand: Command = {
  name: 'init',
  summary: say.initSummary,
  usage: say.initUsage,
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { list: { type: 'string' }, out: { type: 'string' }, period: { type: 'string' }, date: { type: 'string' }, units: { type: 'string' } },
      false,
    );
    const out = requireOption(values.out, '--out');
    const listArg = requireOption(values.list, '--list');
    // --list is a built-in id or a file; only a file can be overwritten (and so can --units).
    const inputs = [...(existsSync(listArg) && statSync(listArg).isFile() ? [listArg] : []), ...(values.units ? [values.units] : [])];
    await refuseOutputsOverInputs([out], inputs);
    const list = loadTaskList(requireOption(values.list, '--list'));
    checkOutExtension(out, ['.xlsx']);
    const period = optionPeriod(values.period);
    warnPeriodOutsideYear(io, period, list.year);
    const generatedAt = generationTime(optionDate(values.date));
    const directory = await directoryFor(list, values.units, io);

    const spec = buildMasterSpec({ list, directory, progress: [], period, generatedAt });
    // The sheets are validated as they will be written, then written with their findings.
    const report = validateWorkbook(gridOfSpec(spec), { matcher: createUnitMatcher(directory), year: list.year });
    await writeSpec(withFindings(spec, report.findings), out);
    io.stderr.write(`${say.findingsCount(report.findings.length)}\n${say.written(out)}\n`);
    return 0;
  },
};
