import { existsSync, statSync } from 'node:fs';
import { buildMasterSpec, gridOfSpec, withFindings } from '../../domain/master/index.js';
import { masterMessages as say } from '../../domain/messages/index.js';
import { createUnitMatcher } from '../../domain/units/index.js';
import { validateWorkbook } from '../../domain/validate/index.js';
import { loadTaskList, loadUnitDirectory } from '../builtin.js';
import { parseCommandArgs, refuseOutputsOverInputs, requireOption, type Command } from '../io.js';
import { generationTime, optionDate, optionPeriod, writeSpec } from '../master-shared.js';

export const initCommand: Command = {
  name: 'init',
  summary: say.initSummary,
  usage: say.initUsage,
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { list: { type: 'string' }, out: { type: 'string' }, period: { type: 'string' }, date: { type: 'string' } },
      false,
    );
    const out = requireOption(values.out, '--out');
    const listArg = requireOption(values.list, '--list');
    // --list is a built-in id or a file; only a file can be overwritten.
    await refuseOutputsOverInputs([out], existsSync(listArg) && statSync(listArg).isFile() ? [listArg] : []);
    const list = loadTaskList(requireOption(values.list, '--list'));
    const period = optionPeriod(values.period);
    const generatedAt = generationTime(optionDate(values.date));
    const directory = loadUnitDirectory();

    const spec = buildMasterSpec({ list, directory, progress: [], period, generatedAt });
    // The sheets are validated as they will be written, then written with their findings.
    const report = validateWorkbook(gridOfSpec(spec), { matcher: createUnitMatcher(directory), year: list.year });
    await writeSpec(withFindings(spec, report.findings), out);
    io.stderr.write(`${say.findingsCount(report.findings.length)}\n${say.written(out)}\n`);
    return 0;
  },
};
