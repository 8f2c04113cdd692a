/**
 * Progress rows of closed tasks (办结销号). Apart from the sheet module, because it resolves every
 * task's units through the directory, which the pane should load only when it consolidates.
 */
import { closureMessages as say } from '../messages/review.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import { assignmentsOf } from '../assignments/index.js';
import type { Closure } from './sheet-closure.js';

/**
 * The rows consolidation adds for closed tasks: 已完成 for every reporting unit of a closed task
 * that has no row of `period` among `entries`.
 */
export function closureEntries(list: TaskList, directory: UnitDirectory, closures: readonly Closure[], period: string, entries: readonly ProgressEntry[]): ProgressEntry[] {
  if (closures.length === 0) return [];
  const closed = new Map(closures.map((closure) => [closure.seq, closure]));
  const present = new Set(entries.filter((entry) => entry.period === period).map((entry) => `${entry.unit}\u0000${entry.seq}`));
  const added: ProgressEntry[] = [];
  for (const assignment of assignmentsOf(list, directory)) {
    const closure = closed.get(assignment.seq);
    if (!closure) continue;
    for (const unit of assignment.reporters) {
      const key = `${unit}\u0000${assignment.seq}`;
      if (present.has(key)) continue;
      present.add(key);
      added.push({ period, unit, seq: assignment.seq, status: '已完成', text: say.closedText(closure.date, closure.basis), sourceFile: say.sourceFile });
    }
  }
  return added;
}
