/** 任务清单: one row per task, as the list wrote it. */
import type { Task, TaskList } from '../model/schemas.js';
import { NO_UNIT } from '../units/normalize.js';
import type { RowSpec, SheetSpec } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { FIRST_DATA_ROW, HEADER_ROW, NAMES, TABLES, lastDataRow, printSetup, styled } from './layout.js';

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
  const columns = HEADERS.taskList.length;
  const last = lastDataRow(list.tasks.length);
  const leadColumn = 'F';
  return {
    name: SHEETS.taskList,
    tabColor: '2F5597',
    columns: WIDTHS.map((width) => ({ width })),
    rows: [
      { cells: [styled(list.title, 'title')], height: 36 },
      { cells: [styled(say.taskListInfo(list.issuer, list.issuedOn ?? '', list.tasks.length), 'info')], height: 20 },
      { cells: HEADERS.taskList.map((header) => styled(header, 'header')), height: 24 },
      ...taskRows(list),
    ],
    merges: [`A1:G1`, `A2:G2`],
    freeze: { rows: HEADER_ROW, columns: 0 },
    tables: [{ name: TABLES.tasks, ref: `A${HEADER_ROW}:G${last}`, style: 'TableStyleLight9', filter: true }],
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
    print: printSetup(list.title, columns - 1, last),
  };
}
