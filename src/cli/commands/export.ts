import { exportList } from '../../app/index.js';
import { commonMessages } from '../../domain/messages/index.js';
import { parseCommandArgs, requireOption, writeJson, type Command } from '../io.js';
import { cliCatalogue, listSourceOf } from '../ports.js';

export const exportCommand: Command = {
  name: 'export',
  summary: commonMessages.exportSummary,
  usage: commonMessages.exportUsage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { list: { type: 'string' }, json: { type: 'boolean' } }, false);
    const source = await listSourceOf(requireOption(values.list, '--list'));
    writeJson(io, await exportList(cliCatalogue, source));
    return 0;
  },
};
