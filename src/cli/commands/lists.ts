import { builtinListIds } from '../builtin.js';
import { parseCommandArgs, type Command } from '../io.js';

export const listsCommand: Command = {
  name: 'lists',
  summary: '列出内置任务清单的编号',
  usage: 'duban lists',
  async run(args, io) {
    parseCommandArgs(args, {}, false);
    for (const id of builtinListIds()) io.stdout.write(`${id}\n`);
    return 0;
  },
};
