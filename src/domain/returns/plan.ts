/**
 * The distribution plan: which units get a return workbook for a period, with which tasks, under
 * which file name, due when. Both `distribute` and `consolidate` start from the same plan, so a
 * return can only be matched against what was (or would have been) sent.
 */
import type { Milestone, Task, TaskList, UnitDirectory, UnitEntry } from '../model/schemas.js';
import { safeFileName } from '../filename.js';
import type { Period } from '../period/index.js';
import { isGroupName } from '../units/groups.js';
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

function findEntry(directory: UnitDirectory, name: string): UnitEntry | undefined {
  return directory.units.find((entry) => entry.name === name || entry.aliases.includes(name));
}

/** The directory's member units of a group placeholder (entries whose `group` names it). */
export function groupMembers(directory: UnitDirectory, group: string): string[] {
  const names = new Set([group, ...(findEntry(directory, group)?.aliases ?? [])]);
  const entry = findEntry(directory, group);
  if (entry) names.add(entry.name);
  return directory.units.filter((unit) => unit.group !== undefined && names.has(unit.group) && unit.kind !== 'group').map((unit) => unit.name);
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
 * One return per unit with rows (lead and support alike); a group placeholder is expanded into its
 * members when the directory lists them, otherwise the group gets one return. Units named twice in
 * the list (an alias and its canonical name) share one return.
 */
export function planDistribution({ list, directory, period, closed }: PlanInput): DistributionPlan {
  const due = returnDueDate(list, period);
  const byKey = new Map<string, PlannedReturn>();
  const keyOf = (name: string) => findEntry(directory, name)?.name ?? name;

  const add = (unit: string, isGroup: boolean, row: ReturnTask) => {
    const key = keyOf(unit);
    let planned = byKey.get(key);
    if (!planned) {
      planned = { unit, isGroup, fileName: returnFileName(unit, period), due, tasks: [] };
      byKey.set(key, planned);
    }
    const existing = planned.tasks.find((task) => task.seq === row.seq);
    if (!existing) planned.tasks.push(row);
    else if (existing.role === 'support' && row.role === 'lead') Object.assign(existing, row);
  };

  for (const task of list.tasks) {
    if (closed?.has(task.seq)) continue;
    for (const assignment of task.units) {
      const isGroup = assignment.group || isGroupName(assignment.name);
      const members = isGroup ? groupMembers(directory, assignment.name) : [];
      if (members.length === 0) add(assignment.name, isGroup, taskRow(task, assignment.role, assignment.name));
      else for (const member of members) add(member, false, taskRow(task, assignment.role, member, assignment.name));
    }
  }

  const returns = [...byKey.values()];
  for (const planned of returns) planned.tasks.sort((a, b) => a.seq - b.seq);
  disambiguateFileNames(returns, period);
  return { listId: list.id, listTitle: list.title, period, returns };
}

/** Two units whose names give one file name (or differ only in case) get (2), (3) … appended. */
function disambiguateFileNames(returns: PlannedReturn[], period: Pick<Period, 'code'>): void {
  const taken = new Set<string>();
  for (const planned of returns) {
    for (let copy = 2; taken.has(planned.fileName.toLowerCase()); copy += 1) planned.fileName = returnFileName(planned.unit, period, copy);
    taken.add(planned.fileName.toLowerCase());
  }
}
