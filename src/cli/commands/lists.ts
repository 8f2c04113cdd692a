import { commonMessages } from '../../domain/messages/index.js';
import { builtinListIds } from '../builtin.js';
import { parseCommandArgs, type Command } from '../io.js';

export const listsCommand: Command = {
  name: 'lists',
  summary: commonMessages.listsSummary,
  usage: commonMessages.listsUsage,
  async run(args, io) {
    parseCommandArgs(args, {}, false);
    for (const id of builtinListIds()) io.stdout.write(`${id}\n`);
    return 0;
  },
};
