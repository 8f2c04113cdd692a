/**
 * Assignments: one per task × listed unit (the rows of 责任分解), each knowing which units actually
 * report on it. A group placeholder (各区人民政府) whose members the unit directory lists reports
 * through those members, exactly as `distribute` sends returns; any other unit reports itself.
 */
import type { Task, TaskList, UnitDirectory } from '../model/schemas.js';
import { groupMembers } from '../returns/plan.js';
import { isGroupName } from '../units/groups.js';
import type { Role } from '../vocabulary.js';

export interface Assignment {
  seq: number;
  /** The unit as the list names it (a group placeholder stays one assignment). */
  unit: string;
  role: Role;
  leaders: string[];
  /** The date after which the task is overdue unless completed (ISO), or null when it has none. */
  due: string | null;
  /** The units that report on this assignment: the members of a group, else the unit itself. */
  reporters: string[];
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

/** The units reporting for one listed unit: a group's directory members, else the unit itself. */
export function reportersOf(unit: Task['units'][number], directory: UnitDirectory | undefined): string[] {
  if (!directory || !(unit.group || isGroupName(unit.name))) return [unit.name];
  const members = groupMembers(directory, unit.name);
  return members.length > 0 ? members : [unit.name];
}

/** Every task × listed unit, in list order (tasks by position, units as listed). */
export function assignmentsOf(list: Pick<TaskList, 'tasks'>, directory?: UnitDirectory): Assignment[] {
  const assignments: Assignment[] = [];
  for (const task of list.tasks) {
    const due = taskDue(task);
    for (const unit of task.units) {
      assignments.push({ seq: task.seq, unit: unit.name, role: unit.role, leaders: task.leaders, due, reporters: reportersOf(unit, directory) });
    }
  }
  return assignments;
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
