/**
 * Assignments: one per task × listed unit (the rows of 责任分解), under the directory's canonical
 * name, each knowing which units actually report on it. A group placeholder (各区人民政府) reports
 * through the units the directory names for it, exactly as `distribute` sends returns; a group
 * nobody reports for yet has no reporters (待明确责任单位); any other unit reports itself.
 */
import type { Task, TaskList, UnitDirectory } from '../model/schemas.js';
import { createResponsibilityResolver, isGroupName, type ResponsibilityResolver } from '../units/groups.js';
import type { Role } from '../vocabulary.js';

export interface Assignment {
  seq: number;
  /** The unit under its canonical name (a group placeholder stays one assignment). */
  unit: string;
  /** The list's own spelling, when it differs from the canonical name. */
  listedAs?: string;
  role: Role;
  leaders: string[];
  /** The date after which the task is overdue unless completed (ISO), or null when it has none. */
  due: string | null;
  /** The units that report on this assignment: the members of a group, else the unit itself; none while pending. */
  reporters: string[];
  /** A group nobody has been named to report for yet (待明确责任单位). */
  pending: boolean;
}

/**
 * The due date of a task: its last milestone of kind 'complete'. Intermediate milestones and
 * progress checkpoints (取得明显进展, reporting dates) cannot be judged from one status, and a task
 * with none (长期坚持, 持续推进) is never overdue.
 */
export function taskDue(task: Task): string | null {
  let due: string | null = null;
  for (const milestone of task.deadline.milestones) {
    if (milestone.kind === 'complete' && (due === null || milestone.due > due)) due = milestone.due;
  }
  return due;
}

/** The units reporting for one listed unit: a group's reporters (none while pending), else the unit itself. */
export function reportersOf(unit: Task['units'][number], directory: UnitDirectory | undefined, resolver = directory ? createResponsibilityResolver(directory) : undefined): string[] {
  if (!resolver) return unit.group || isGroupName(unit.name) ? [] : [unit.name];
  const resolved = resolver.resolve(unit);
  return resolved.kind === 'unit' ? [resolved.unit] : resolved.kind === 'group' ? resolved.reporters : [];
}

function resolvedName(unit: Task['units'][number], resolver: ResponsibilityResolver | undefined): string {
  return resolver ? resolver.canonical(unit.name) : unit.name;
}

/** Every task × listed unit, in list order (tasks by position, units as listed; a unit named twice in one task once). */
export function assignmentsOf(list: Pick<TaskList, 'tasks'>, directory?: UnitDirectory): Assignment[] {
  const resolver = directory ? createResponsibilityResolver(directory) : undefined;
  const assignments: Assignment[] = [];
  for (const task of list.tasks) {
    const due = taskDue(task);
    const ofTask = new Map<string, Assignment>();
    for (const unit of task.units) {
      const name = resolvedName(unit, resolver);
      const known = ofTask.get(name);
      if (known) {
        if (unit.role === 'lead') known.role = 'lead';
        continue;
      }
      const reporters = reportersOf(unit, directory, resolver);
      const assignment: Assignment = {
        seq: task.seq,
        unit: name,
        ...(name !== unit.name ? { listedAs: unit.name } : {}),
        role: unit.role,
        leaders: task.leaders,
        due,
        reporters,
        pending: reporters.length === 0,
      };
      ofTask.set(name, assignment);
      assignments.push(assignment);
    }
  }
  return assignments;
}

/** The groups waiting for a unit, each with its tasks, and how many tasks wait (a task counts once). */
export function pendingOf(assignments: readonly Assignment[]): { groups: { group: string; seqs: number[] }[]; tasks: number } {
  const groups = new Map<string, number[]>();
  for (const assignment of assignments) {
    if (!assignment.pending) continue;
    const seqs = groups.get(assignment.unit) ?? [];
    if (!seqs.includes(assignment.seq)) seqs.push(assignment.seq);
    groups.set(assignment.unit, seqs);
  }
  const tasks = new Set([...groups.values()].flat()).size;
  return { groups: [...groups].map(([group, seqs]) => ({ group, seqs })), tasks };
}

/**
 * The reporting units in order of first appearance, each with the listed groups it reports for
 * (a group name counts once however many tasks name it).
 */
export function reportingUnits(assignments: readonly Assignment[]): { unit: string; groups: string[] }[] {
  const order = new Map<string, string[]>();
  for (const assignment of assignments) {
    const viaGroup = assignment.reporters.length !== 1 || assignment.reporters[0] !== assignment.unit;
    for (const reporter of assignment.reporters) {
      let groups = order.get(reporter);
      if (!groups) order.set(reporter, (groups = []));
      if (viaGroup && !groups.includes(assignment.unit)) groups.push(assignment.unit);
    }
  }
  return [...order].map(([unit, groups]) => ({ unit, groups }));
}

/** Leaders in order of first appearance in the list. */
export function leadersOf(list: Pick<TaskList, 'tasks'>): string[] {
  const leaders = new Set<string>();
  for (const task of list.tasks) for (const leader of task.leaders) leaders.add(leader);
  return [...leaders];
}
