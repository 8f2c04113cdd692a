/**
 * 责任分解: one row per task × listed unit, with its role, leaders, milestones, due date, the
 * latest reported status, and how many units report on it (a group reports through its members).
 */
import { columnLetter } from '../grid.js';
import { formatDeadline } from '../deadline/index.js';
import type { ProgressEntry, Task, TaskList } from '../model/schemas.js';
import { parsePeriod, comparePeriods } from '../period/index.js';
import type { RowSpec, SheetSpec } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';
import type { Assignment } from '../assignments/index.js';
import { periodCode } from '../summarize/index.js';
import { HEADERS, ROLE_LABELS, SHEETS, STATUSES } from '../vocabulary.js';
import { FIRST_DATA_ROW, TABLES, lastDataRow, styled, tableSheet } from './layout.js';
import { NAME_SEPARATOR } from './sheet-tasks.js';
import { breakdownLights } from './alert-formulas.js';

export const BREAKDOWN_HEADERS = [...HEADERS.breakdown, ...HEADERS.breakdownMore];
/** Column indexes (0-based) the formulas refer to. */
export const BREAKDOWN_COL = { seq: 0, unit: 1, role: 2, leaders: 3, status: 6, due: 8, reporters: 9 } as const;

const WIDTHS = [6, 22, 7, 12, 30, 10, 11, 48, 12, 8];

/** The milestones as canonical phrases (they parse back), else the list's own phrase. */
export function milestoneText(task: Task): string {
  return formatDeadline(task.deadline) || task.deadline.text;
}

function laterPeriod(candidate: string, current: string): boolean {
  const a = parsePeriod(candidate);
  const b = parsePeriod(current);
  if (a && b) return comparePeriods(a, b) > 0;
  if (a || b) return Boolean(a);
  return candidate > current;
}

/** The latest entry of each unit × task (by period; the first row of a period wins a tie). */
export function latestEntries(progress: readonly ProgressEntry[]): Map<string, ProgressEntry> {
  const latest = new Map<string, ProgressEntry>();
  for (const entry of progress) {
    const key = entryKey(entry.unit, entry.seq);
    const current = latest.get(key);
    if (!current || laterPeriod(periodCode(entry.period), periodCode(current.period))) latest.set(key, entry);
  }
  return latest;
}

export function entryKey(unit: string, seq: number): string {
  return `${unit}\u0000${seq}`;
}

function breakdownRow(assignment: Assignment, task: Task, latest: ProgressEntry | undefined): RowSpec {
  const viaMembers = assignment.reporters.length !== 1 || assignment.reporters[0] !== assignment.unit;
  const note = assignment.pending ? say.groupPending : viaMembers ? say.groupReportsSeparately(assignment.reporters.length) : '';
  const text = latest?.text ?? note;
  return {
    cells: [
      styled(assignment.seq, 'center'),
      styled(assignment.unit, 'text'),
      styled(ROLE_LABELS[assignment.role], 'center'),
      styled(assignment.leaders.join(NAME_SEPARATOR), 'center'),
      styled(milestoneText(task), 'text'),
      styled(latest ? periodCode(latest.period) : '', 'code'),
      styled(latest?.status ?? '', 'inputCenter'),
      styled(text, 'input'),
      styled(assignment.due ? { date: assignment.due } : null, 'date'),
      styled(assignment.reporters.length, 'center'),
    ],
  };
}

export function buildBreakdownSheet(list: TaskList, assignments: readonly Assignment[], progress: readonly ProgressEntry[]): SheetSpec {
  const latest = latestEntries(progress);
  const tasks = new Map(list.tasks.map((task) => [task.seq, task]));
  const last = lastDataRow(assignments.length);
  const first = FIRST_DATA_ROW;
  return {
    ...tableSheet({
      name: SHEETS.breakdown,
      tabColor: '2F5597',
      title: say.breakdownTitle(list.title),
      info: say.breakdownInfo,
      infoHeight: 42,
      headers: BREAKDOWN_HEADERS,
      headerHeight: 30,
      widths: WIDTHS,
      rows: assignments.map((assignment) =>
        breakdownRow(assignment, tasks.get(assignment.seq)!, latest.get(entryKey(assignment.unit, assignment.seq))),
      ),
      table: { name: TABLES.breakdown, style: 'TableStyleLight9' },
      freezeColumns: 2,
    }),
    validations: [
      { range: `G${first}:G${last}`, type: 'list', values: [...STATUSES], prompt: say.statusPrompt, error: say.statusError },
    ],
    // Only the 进展状态 and 截止日期 cells of a lit row take the light: a list past every deadline stays readable.
    conditionalFormats: [BREAKDOWN_COL.status, BREAKDOWN_COL.due].map((col) => {
      const letter = columnLetter(col);
      return breakdownLights(`${letter}${first}:${letter}${last}`, first, { status: columnLetter(BREAKDOWN_COL.status), due: columnLetter(BREAKDOWN_COL.due), reporters: columnLetter(BREAKDOWN_COL.reporters) });
    }),
    protection: { allowFilter: true, allowSort: true, allowFormatColumns: true },
  };
}
