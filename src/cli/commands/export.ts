import { commonMessages } from '../../domain/messages/index.js';
import { loadTaskList } from '../builtin.js';
import { parseCommandArgs, requireOption, writeJson, type Command } from '../io.js';

export const exportCommand: Command = {
  name: 'export',
  summary: commonMessages.exportSummary,
  usage: commonMessages.exportUsage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { list: { type: 'string' }, json: { type: 'boolean' } }, false);
    const list = loadTaskList(requireOption(values.list, '--list'));
    writeJson(io, list);
    return 0;
  },
};
