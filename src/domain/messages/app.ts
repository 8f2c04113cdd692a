/**
 * Words of the application layer (src/app): what a use case says whichever shell runs it, and how
 * each shell tells the user to fix a problem of a given code in its own terms.
 */
import type { ErrorCode } from '../errors.js';

export const appMessages = {
  badYear: (text: string) => `清单年份应为四位数字，例如 2023，收到“${text}”。`,
  noMaster: '尚未加载任务清单：请先加载任务清单，或打开已有的督办总表。',
  noTaskRead: (first: string) => `没有一项任务能够读取，未加载。第一处问题：${first}`,
  noticeEmpty: '通知全文为空，请先粘贴通知全文。',
  noReturnsToWrite: '该期次没有需要填报的单位。',
  pendingGroups: (groups: number, tasks: number, names: string) =>
    `注意：${groups} 个统称尚未明确责任单位（${names}），涉及 ${tasks} 项任务，不生成填报表；请在总表「单位名录」的「报送单位」中填写由哪些单位报送。`,
  noReturnFiles: '没有要汇总的文件，请先选择各单位报回的文件。',
} as const;

/** How to fix a problem, in the CLI's terms and in the task pane's; absent: the message says it all. */
export const fixHints: Record<'cli' | 'pane', Partial<Record<ErrorCode, string>>> = {
  cli: {
    listYearUnknown: '请用 --year 指定，例如 --year 2023。',
    workbookYearUnknown: '请用 --year 指定，例如 --year 2023。',
    notFinished: '经核实确已完成（如牵头单位漏报）的，可加 --force 办结销号。',
  },
  pane: {
    listYearUnknown: '请在“清单年份”中填写后重新加载。',
    workbookYearUnknown: '请确认工作簿中有“任务清单”工作表。',
  },
};
