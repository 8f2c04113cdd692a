/**
 * 红灯/黄灯 over the periods: for each reported period, the lights as they stood at the earlier of
 * the period's end and today, judged on that period's reports. A past period's counts therefore
 * stay what the office saw then; the current period's are today's (the same as `alerts`).
 */
import { computeAlerts, type AlertRules } from '../alerts/index.js';
import type { Assignment } from '../assignments/index.js';
import type { ProgressEntry } from '../model/schemas.js';
import { comparePeriods, parsePeriod, type Period } from '../period/index.js';
import { periodCode } from './periods.js';

/** One period's lights: `duban summarize --json`'s lightsByPeriod[]. */
export interface PeriodLights {
  /** The period code (2023Q2) and its label (2023年第二季度). */
  period: string;
  label: string;
  /** The day the lights are counted on: the period's last day, or today while it runs. */
  asOf: string;
  红灯: number;
  黄灯: number;
}

export interface LightsByPeriodInput {
  assignments: readonly Assignment[];
  /** Every consolidated row, unit names canonical. */
  progress: readonly Pick<ProgressEntry, 'period' | 'unit' | 'seq' | 'status'>[];
  /** The summary's period: charted even before anyone reported for it. */
  period: string;
  today: string;
  rules: AlertRules;
}

/**
 * The periods present in the progress plus the summary's own, in time order; a period that has not
 * begun by today, or whose code is not a period (no end date to count on), is left out.
 */
export function chartedPeriods(progress: readonly Pick<ProgressEntry, 'period'>[], period: string, today: string): Period[] {
  const periods = new Map<string, Period>();
  for (const text of [...progress.map((entry) => entry.period), period]) {
    const parsed = parsePeriod(text);
    if (parsed && parsed.start <= today) periods.set(parsed.code, parsed);
  }
  return [...periods.values()].sort(comparePeriods);
}

export function lightsByPeriod(input: LightsByPeriodInput): PeriodLights[] {
  return chartedPeriods(input.progress, input.period, input.today).map((period) => {
    const asOf = period.end < input.today ? period.end : input.today;
    const entries = input.progress.filter((entry) => periodCode(entry.period) === period.code);
    const alerts = computeAlerts({ assignments: input.assignments, entries, today: asOf, rules: input.rules });
    const count = (level: string) => alerts.filter((alert) => alert.level === level).length;
    return { period: period.code, label: period.label, asOf, 红灯: count('红灯'), 黄灯: count('黄灯') };
  });
}
