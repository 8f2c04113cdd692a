/** 任务清单: one row per task, as the list wrote it. */
import type { Task, TaskList } from '../model/schemas.js';
import { NO_UNIT } from '../units/normalize.js';
import type { RowSpec, SheetSpec } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { FIRST_DATA_ROW, NAMES, TABLES, lastDataRow, styled, tableSheet } from './layout.js';

/** The separator of several names in one cell (leaders, units). */
export const NAME_SEPARATOR = '、';

const WIDTHS = [6, 16, 60, 22, 12, 22, 34];

/** The 牵头单位 cell: the lead units, or "—" (no single lead) when the task's units all support. */
export function leadText(task: Task): string {
  const leads = task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name);
  return leads.length > 0 ? leads.join(NAME_SEPARATOR) : task.units.length > 0 ? NO_UNIT : '';
}

export function taskRows(list: TaskList): RowSpec[] {
  return list.tasks.map((task) => ({
    cells: [
      styled(task.seq, 'center'),
      styled(task.category, 'text'),
      styled(task.content, 'text'),
      styled(task.deadline.text, 'text'),
      styled(task.leaders.join(NAME_SEPARATOR), 'center'),
      styled(leadText(task), 'text'),
      styled(task.units.filter((unit) => unit.role === 'support').map((unit) => unit.name).join(NAME_SEPARATOR), 'text'),
    ],
  }));
}

export function buildTaskListSheet(list: TaskList): SheetSpec {
  const last = lastDataRow(list.tasks.length);
  const leadColumn = 'F';
  return {
    ...tableSheet({
      name: SHEETS.taskList,
      tabColor: '2F5597',
      title: list.title,
      info: say.taskListInfo(list.issuer, list.issuedOn ?? '', list.tasks.length),
      infoHeight: 20,
      headers: HEADERS.taskList,
      widths: WIDTHS,
      rows: taskRows(list),
      table: { name: TABLES.tasks, style: 'TableStyleLight9' },
    }),
    // 牵头单位 usually holds one unit; 配合单位 holds several, which a list validation would reject.
    validations: [
      {
        range: `${leadColumn}${FIRST_DATA_ROW}:${leadColumn}${last}`,
        type: 'list',
        source: NAMES.units,
        prompt: say.unitPrompt,
        error: say.unitError,
      },
    ],
  };
}
