/**
 * 按领导: each of a leader's tasks counts once, by the status its lead unit reported for the period
 * (the least advanced one when several units lead: 滞后, then 未启动, then 序时推进, then 已完成;
 * 未报送 when no lead unit reported; a task without a lead unit goes by all its units). Beside the
 * task counts, the unit-level detail: how many task × unit reports were due and how many came.
 */
import { LIGHTS, NOT_REPORTED, STATUSES, type Status } from '../vocabulary.js';
import type { Assignment } from '../assignments/index.js';
import type { SummaryCounts } from './counts.js';

/** A task's status for a period, as 按领导 counts it. */
export type TaskStatus = Status | typeof NOT_REPORTED;

/** A leader's row: the task counts of SummaryCounts, plus the unit-level detail beside them. */
export interface LeaderCounts extends SummaryCounts {
  /** Task × unit reports due for the period, and those that came. */
  units: number;
  unitsReported: number;
}

export type LeaderSummary = { leader: string } & LeaderCounts;

/** The counts' keys in the column order of the 按领导 sheets (after the name column). */
export const LEADER_KEYS = ['tasks', ...STATUSES, NOT_REPORTED, '逾期', 'units', 'unitsReported', ...LIGHTS] as const satisfies readonly (keyof LeaderCounts)[];

/** Least advanced first: the status a task takes when its lead units differ. */
const SEVERITY: readonly Status[] = ['滞后', '未启动', '序时推进', '已完成'];

/** The units whose status decides a task: its lead reporters, else all its reporters. */
export function deciders(assignments: readonly Assignment[]): string[] {
  const leads = assignments.filter((assignment) => assignment.role === 'lead').flatMap((assignment) => assignment.reporters);
  return [...new Set(leads.length > 0 ? leads : assignments.flatMap((assignment) => assignment.reporters))];
}

export function taskStatus(deciding: readonly string[], reported: ReadonlyMap<string, Status>): TaskStatus {
  const statuses = deciding.map((unit) => reported.get(unit)).filter((status): status is Status => status !== undefined);
  return SEVERITY.find((status) => statuses.includes(status)) ?? NOT_REPORTED;
}

export interface LeaderInput {
  leaders: readonly string[];
  /** The tasks in list order, each with its leaders, due date and assignments. */
  tasks: readonly { seq: number; leaders: readonly string[]; due: string | null; assignments: readonly Assignment[] }[];
  /** seq → unit → status reported for the period (canonical unit names). */
  reports: ReadonlyMap<number, ReadonlyMap<string, Status>>;
  today: string;
}

export function summarizeLeaders(input: LeaderInput): { byLeader: LeaderSummary[]; statuses: Map<number, TaskStatus> } {
  const statuses = new Map<number, TaskStatus>();
  for (const task of input.tasks) statuses.set(task.seq, taskStatus(deciders(task.assignments), input.reports.get(task.seq) ?? new Map()));
  const byLeader = input.leaders.map((leader): LeaderSummary => {
    const counts: LeaderCounts = { tasks: 0, lead: 0, 已完成: 0, 序时推进: 0, 滞后: 0, 未启动: 0, 未报送: 0, 逾期: 0, units: 0, unitsReported: 0, 红灯: 0, 黄灯: 0 };
    for (const task of input.tasks) {
      if (!task.leaders.includes(leader)) continue;
      const status = statuses.get(task.seq) ?? NOT_REPORTED;
      counts.tasks += 1;
      counts[status] += 1;
      if (status !== '已完成' && task.due !== null && task.due < input.today) counts.逾期 += 1;
      const reported = input.reports.get(task.seq);
      for (const assignment of task.assignments) {
        counts.units += assignment.reporters.length;
        if (assignment.role === 'lead') counts.lead += assignment.reporters.length;
        counts.unitsReported += assignment.reporters.filter((unit) => reported?.has(unit)).length;
      }
    }
    return { leader, ...counts };
  });
  return { byLeader, statuses };
}
