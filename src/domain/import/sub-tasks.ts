/**
 * Sub-tasks under one 序号 merged over several rows of a sheet: the rows after the first are parts
 * of the first row's task, numbered 5-1, 5-2 in its content, not duplicates of it.
 */
import { parseAddress } from '../grid.js';
import type { Task } from '../model/index.js';

/** Rows (0-based) whose 序号 cell continues a 序号 merged down from a row above: sub-tasks of that row's task. */
export function mergedSeqRows(merges: readonly string[], seqColumn: number | undefined): Set<number> {
  const continued = new Set<number>();
  if (seqColumn === undefined) return continued;
  for (const ref of merges) {
    const [from, to = from] = ref.split(':');
    const start = parseAddress(from);
    const end = parseAddress(to);
    if (start.col0 !== seqColumn || end.col0 !== seqColumn) continue;
    for (let r = start.row0 + 1; r <= end.row0; r += 1) continued.add(r);
  }
  return continued;
}

/** A sub-task row under a merged 序号 joins its task: 5-1, 5-2 in the content, units and leaders added. */
export function joinSubTask(task: Task, part: Task, count: number): void {
  if (count === 2) task.content = `${task.seq}-1 ${task.content}`;
  task.content += `\n${task.seq}-${count} ${part.content}`;
  for (const leader of part.leaders) if (!task.leaders.includes(leader)) task.leaders.push(leader);
  for (const unit of part.units) {
    // Each sub-task's own lead unit leads its part: it stays a lead of the joined task.
    if (!task.units.some((known) => known.name === unit.name)) task.units.push(unit);
  }
  const lines = task.deadline.text === '' ? [] : task.deadline.text.split('\n');
  for (const line of part.deadline.text.split('\n')) if (line !== '' && !lines.includes(line)) lines.push(line);
  task.deadline.text = lines.join('\n');
}

