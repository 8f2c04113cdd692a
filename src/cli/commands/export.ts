import { loadTaskList } from '../builtin.js';
import { parseCommandArgs, requireOption, writeJson, type Command } from '../io.js';

export const exportCommand: Command = {
  name: 'export',
  summary: '以 JSON 输出任务清单（内置编号或文件路径）',
  usage: 'duban export --list <编号|文件> --json',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { list: { type: 'string' }, json: { type: 'boolean' } }, false);
    const list = loadTaskList(requireOption(values.list, '--list'));
    writeJson(io, list);
    return 0;
  },
};
