/** Fills every task's deadline of a list with its parsed milestones. */
import type { TaskList } from '../model/schemas.js';
import { parseDeadline } from './parse.js';

export interface UnparsedDeadline {
  seq: number;
  text: string;
  problem: string;
}

/**
 * Parses each task's `deadline.text` relative to `list.year`. A task whose deadline comes from the
 * notice (`source: 'notice'`, empty text, e.g. seed 003 without a deadline column) gets the notice's
 * default: progress checkpoints on the reporting dates of the list's year and the first one after
 * it (the report on the last quarter), and completion on 12-31 — the due date. Tasks whose phrase
 * cannot be read keep their deadline unchanged and are listed in `unparsed`.
 */
export function withParsedDeadlines(list: TaskList): { list: TaskList; unparsed: UnparsedDeadline[] } {
  const unparsed: UnparsedDeadline[] = [];
  const tasks = list.tasks.map((task) => {
    const fromNotice = task.deadline.source === 'notice';
    const parsed = parseDeadline(task.deadline.text, {
      year: list.year,
      reportingDeadlines: fromNotice ? list.reporting.deadlines : undefined,
    });
    if (!parsed.ok) {
      unparsed.push({ seq: task.seq, text: task.deadline.text, problem: parsed.problem });
      return task;
    }
    return { ...task, deadline: { ...parsed.spec, source: task.deadline.source } };
  });
  return { list: { ...list, tasks }, unparsed };
}
