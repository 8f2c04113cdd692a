import { BUILTIN_LIST_IDS } from '../../app/catalogue.js';
import { commonMessages } from '../../domain/messages/index.js';
import { parseCommandArgs, type Command } from '../io.js';

export const listsCommand: Command = {
  name: 'lists',
  summary: commonMessages.listsSummary,
  usage: commonMessages.listsUsage,
  async run(args, io) {
    parseCommandArgs(args, {}, false);
    for (const id of BUILTIN_LIST_IDS) io.stdout.write(`${id}\n`);
    return 0;
  },
};
