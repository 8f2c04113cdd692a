/** The periods a summary can be shown for, and which one it shows when nobody chose. */
import type { ProgressEntry, TaskList } from '../model/schemas.js';
import { comparePeriods, parsePeriod, periodsOfYear, type Period, type PeriodKind } from '../period/index.js';

/** A list without a reporting schedule is offered quarters, the rhythm most offices report in. */
const SCHEDULE_KINDS: Record<TaskList['reporting']['schedule'], PeriodKind> = {
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half',
  yearly: 'year',
  none: 'quarter',
};

export interface PeriodChoice {
  code: string;
  label: string;
}

/** A period code as written in 进展汇总: the canonical code when it parses, else the text itself. */
export function periodCode(text: string): string {
  return parsePeriod(text)?.code ?? text.trim();
}

/**
 * The choices of the period selector: the list's reporting periods of its year (quarters when the
 * list names no schedule), the periods present
 * in the progress, and `extra` (a period asked for explicitly), deduplicated, in time order; codes
 * that do not parse come last, in text order.
 */
export function periodChoices(list: Pick<TaskList, 'year' | 'reporting'>, progress: readonly Pick<ProgressEntry, 'period'>[], extra?: string): PeriodChoice[] {
  return choicesOf(periodsOfYear(list.year, SCHEDULE_KINDS[list.reporting.schedule]), progress, extra);
}

function choicesOf(base: readonly Period[], progress: readonly Pick<ProgressEntry, 'period'>[], extra?: string): PeriodChoice[] {
  const parsed = new Map<string, Period>();
  const unparsed = new Set<string>();
  for (const period of base) parsed.set(period.code, period);
  const texts = progress.map((entry) => entry.period);
  if (extra) texts.push(extra);
  for (const text of texts) {
    const period = parsePeriod(text);
    if (period) parsed.set(period.code, period);
    else if (text.trim()) unparsed.add(text.trim());
  }
  return [
    ...[...parsed.values()].sort(comparePeriods).map(({ code, label }) => ({ code, label })),
    ...[...unparsed].sort().map((code) => ({ code, label: code })),
  ];
}

/** The label of a period code (2023年第一季度), or the code itself when it does not parse. */
export function periodLabel(code: string): string {
  return parsePeriod(code)?.label ?? code;
}

/**
 * The period a summary shows: the one asked for (as its canonical code), else the latest period
 * present in the progress, else the list's first reporting period.
 */
export function selectedPeriod(list: Pick<TaskList, 'year' | 'reporting'>, progress: readonly Pick<ProgressEntry, 'period'>[], asked?: string): string {
  if (asked && asked.trim()) return periodCode(asked);
  const reported = choicesOf([], progress);
  const latestParsed = reported.filter((choice) => parsePeriod(choice.code)).at(-1);
  if (latestParsed) return latestParsed.code;
  if (reported.length > 0) return reported.at(-1)!.code;
  return periodChoices(list, [])[0]?.code ?? '';
}
