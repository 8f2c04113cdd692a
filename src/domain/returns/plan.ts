/**
 * The distribution plan: which units get a return workbook for a period, with which tasks, under
 * which file name, due when. Both `distribute` and `consolidate` start from the same plan, so a
 * return can only be matched against what was (or would have been) sent.
 */
import type { Milestone, Task, TaskList, UnitDirectory } from '../model/schemas.js';
import { safeFileName } from '../filename.js';
import type { Period } from '../period/index.js';
import { createResponsibilityResolver } from '../units/groups.js';
import type { Role } from '../vocabulary.js';

export interface ReturnTask {
  seq: number;
  content: string;
  deadlineText: string;
  milestones: Milestone[];
  ongoing: boolean;
  role: Role;
  /** The unit name progress rows are recorded under for this task (as the list or directory names it). */
  unitName: string;
  /** The group placeholder (各区人民政府 …) the task reached this unit through, when it did. */
  viaGroup?: string;
}

export interface PlannedReturn {
  /** Who fills the return: a unit, or a group placeholder whose members the directory does not list. */
  unit: string;
  isGroup: boolean;
  fileName: string;
  /** The date the return is due (ISO). */
  due: string;
  tasks: ReturnTask[];
}

export interface DistributionPlan {
  listId: string;
  listTitle: string;
  period: Period;
  returns: PlannedReturn[];
  /** Groups nobody reports for yet (待明确责任单位), with the tasks that wait for them; they get no return. */
  pending: { group: string; seqs: number[] }[];
}

export interface PlanInput {
  list: TaskList;
  directory: UnitDirectory;
  period: Period;
  /** Tasks closed (办结销号): they leave the forms. */
  closed?: ReadonlySet<number>;
}

/** 市商务局-2023Q1.xlsx; a name no file system could hold is made safe (src/domain/filename.ts). */
export function returnFileName(unit: string, period: Pick<Period, 'code'>, copy = 1): string {
  return safeFileName(`${unit}-${period.code}${copy > 1 ? `(${copy})` : ''}`, '.xlsx');
}

/** The first reporting deadline after the period ends, else the period's last day. */
export function returnDueDate(list: Pick<TaskList, 'reporting'>, period: Pick<Period, 'end'>): string {
  const next = [...list.reporting.deadlines].sort().find((date) => date > period.end);
  return next ?? period.end;
}

function taskRow(task: Task, role: Role, unitName: string, viaGroup?: string): ReturnTask {
  return {
    seq: task.seq,
    content: task.content,
    deadlineText: task.deadline.text,
    milestones: task.deadline.milestones,
    ongoing: task.deadline.ongoing,
    role,
    unitName,
    ...(viaGroup ? { viaGroup } : {}),
  };
}

/**
 * One return per unit with rows (lead and support alike), under the directory's canonical name, so
 * a unit the list spells two ways gets one return. A group placeholder reaches the units that report
 * for it; a group nobody reports for yet gets no return and is listed in `pending`.
 */
export function planDistribution({ list, directory, period, closed }: PlanInput): DistributionPlan {
  const due = returnDueDate(list, period);
  const resolver = createResponsibilityResolver(directory);
  const byUnit = new Map<string, PlannedReturn>();
  const pending = new Map<string, number[]>();

  const add = (unit: string, row: ReturnTask) => {
    let planned = byUnit.get(unit);
    if (!planned) {
      planned = { unit, isGroup: false, fileName: returnFileName(unit, period), due, tasks: [] };
      byUnit.set(unit, planned);
    }
    const existing = planned.tasks.find((task) => task.seq === row.seq);
    if (!existing) planned.tasks.push(row);
    else if (existing.role === 'support' && row.role === 'lead') Object.assign(existing, row);
  };

  for (const task of list.tasks) {
    if (closed?.has(task.seq)) continue;
    for (const assignment of task.units) {
      const resolved = resolver.resolve(assignment);
      if (resolved.kind === 'unit') add(resolved.unit, taskRow(task, assignment.role, resolved.unit));
      else if (resolved.kind === 'group') for (const member of resolved.reporters) add(member, taskRow(task, assignment.role, member, resolved.group));
      else {
        const seqs = pending.get(resolved.group) ?? [];
        if (!seqs.includes(task.seq)) seqs.push(task.seq);
        pending.set(resolved.group, seqs);
      }
    }
  }

  const returns = [...byUnit.values()];
  for (const planned of returns) planned.tasks.sort((a, b) => a.seq - b.seq);
  disambiguateFileNames(returns, period);
  return { listId: list.id, listTitle: list.title, period, returns, pending: [...pending].map(([group, seqs]) => ({ group, seqs })) };
}

/** Two units whose names give one file name (or differ only in case) get (2), (3) … appended. */
function disambiguateFileNames(returns: PlannedReturn[], period: Pick<Period, 'code'>): void {
  const taken = new Set<string>();
  for (const planned of returns) {
    for (let copy = 2; taken.has(planned.fileName.toLowerCase()); copy += 1) planned.fileName = returnFileName(planned.unit, period, copy);
    taken.add(planned.fileName.toLowerCase());
  }
}
