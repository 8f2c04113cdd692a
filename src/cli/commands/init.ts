import { existsSync, statSync } from 'node:fs';
import { createMaster, readDate, readPeriodText, type CreateMasterOutcome } from '../../app/index.js';
import { masterMessages as say, unitMessages } from '../../domain/messages/index.js';
import { parseCommandArgs, refuseOutputsOverInputs, requireOption, type CliIO, type Command } from '../io.js';
import { checkOutExtension, warnPeriodOutsideYear } from '../options.js';
import { cliCatalogue, cliClock, fileStore, listSourceOf, readInputFile } from '../ports.js';

/** Where 单位名录 came from, with the names the list merged and the slips it left out. */
function tellDirectory(io: CliIO, { directory }: CreateMasterOutcome): void {
  const line = (text: string): void => void io.stderr.write(`${text}\n`);
  if (directory.source === 'file') return line(unitMessages.directoryFromFile(directory.file, directory.units));
  if (directory.source === 'builtin') return line(unitMessages.directoryBuiltin);
  line(unitMessages.directoryFromList(directory.units, directory.groups));
  for (const decision of directory.aliases) line(unitMessages.aliasDecided(decision.alias, decision.canonical));
  for (const decision of directory.typos) line(unitMessages.typoLeftOut(decision.typo, decision.intended));
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
    const source = await listSourceOf(listArg);
    checkOutExtension(out, ['.xlsx']);
    const period = readPeriodText(values.period)?.code;
    const date = readDate(values.date);
    const outcome = await createMaster(
      { store: fileStore(null, out), catalogue: cliCatalogue, clock: cliClock(date) },
      { source, units: values.units ? await readInputFile(values.units) : undefined, period },
    );
    warnPeriodOutsideYear(io, period, outcome.list.year);
    tellDirectory(io, outcome);
    io.stderr.write(`${say.findingsCount(outcome.findings)}\n${say.written(out)}\n`);
    return 0;
  },
};
