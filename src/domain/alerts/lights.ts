/**
 * 三色预警 of one task × reporting unit, and the list of lit ones for a period. Pure: `today` comes in.
 *
 *   红灯: not 已完成, and its due date is past — or, when the rule says so, it is reported 滞后;
 *   黄灯: not 已完成 and not 红灯, and its due date falls within the warning window (today … today+N),
 *         or, when the idle rule is set, it is still 未启动 once that share of its time has passed.
 * The due date is the task's last 'complete' milestone (the date 逾期 counts on): one status cannot
 * say whether an intermediate milestone was met. A task without one (长期坚持) lights only by status.
 * The status is the unit's report of the period; a unit that has not reported counts as unfinished.
 * These are the formulas of the master's summaries and 责任分解 lights (alert-formulas.ts), in TS.
 */
import type { ProgressEntry } from '../model/schemas.js';
import type { Assignment } from '../assignments/index.js';
import { NOT_REPORTED, type Light, type Status } from '../vocabulary.js';
import type { AlertRules } from './rules.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (calendar arithmetic, no clock). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function lightOf(due: string | null, status: Status | null, today: string, rules: AlertRules): Light | null {
  if (status === '已完成') return null;
  const now = dayNumber(today);
  const day = due === null ? null : dayNumber(due);
  if ((day !== null && day < now) || (rules.laggingRed && status === '滞后')) return '红灯';
  if (day === null) return null;
  if (day <= now + rules.warningDays) return '黄灯';
  if (rules.idlePercent !== null && status === '未启动') {
    const start = dayNumber(rules.start);
    if ((now - start) * 100 >= rules.idlePercent * (day - start)) return '黄灯';
  }
  return null;
}

/** One lit task × unit: `duban summarize --json`'s alerts[]. */
export interface Alert {
  seq: number;
  unit: string;
  level: Light;
  /** The due date the light is judged on; null for a task without one (lit by its 滞后 status). */
  due: string | null;
  /** The unit's status in the period, or 未报送. */
  status: Status | typeof NOT_REPORTED;
  /** The task's leaders (for the per-leader counts; not part of the JSON contract's minimum). */
  leaders: string[];
}

export interface AlertInput {
  assignments: readonly Assignment[];
  /** The progress rows of the period the lights are for (one per unit × task). */
  entries: readonly Pick<ProgressEntry, 'unit' | 'seq' | 'status'>[];
  today: string;
  rules: AlertRules;
}

const LEVEL_ORDER: Record<Light, number> = { 红灯: 0, 黄灯: 1 };

/** Every lit task × reporting unit: 红灯 first, then by due date (none last), 序号 and list order. */
export function computeAlerts(input: AlertInput): Alert[] {
  const statuses = new Map(input.entries.map((entry) => [`${entry.unit}\u0000${entry.seq}`, entry.status]));
  const alerts: Alert[] = [];
  for (const assignment of input.assignments) {
    for (const unit of assignment.reporters) {
      const status = statuses.get(`${unit}\u0000${assignment.seq}`) ?? null;
      const level = lightOf(assignment.due, status, input.today, input.rules);
      if (level) alerts.push({ seq: assignment.seq, unit, level, due: assignment.due, status: status ?? NOT_REPORTED, leaders: [...assignment.leaders] });
    }
  }
  return alerts
    .map((alert, index) => ({ alert, index }))
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.alert.level] - LEVEL_ORDER[b.alert.level] ||
        (a.alert.due ?? '9999').localeCompare(b.alert.due ?? '9999') ||
        a.alert.seq - b.alert.seq ||
        a.index - b.index,
    )
    .map(({ alert }) => alert);
}
