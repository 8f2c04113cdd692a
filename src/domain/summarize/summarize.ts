/**
 * The per-unit and per-leader summaries in TypeScript. They count exactly what the formulas of the
 * master's 按单位汇总 / 按领导汇总 count (tests recalculate the workbook and compare):
 *
 * per reporting unit (a group with directory members is counted at its members):
 *   tasks  = its assignments (责任分解 rows naming it, plus those naming a group it reports for);
 *   lead   = those of them where it (or its group) leads;
 *   已完成 … 未启动 = 进展汇总 rows of the selected period for the unit with that status;
 *   未报送 = tasks − 进展汇总 rows of the selected period for the unit;
 *   逾期   = its assignments due before today − its rows of the period reporting 已完成 on a task
 *            due before today.
 * per leader (a task with two leaders counts for both): each task once, by its lead unit's status
 *   (leaders.ts), with the task × unit reports due and received beside it.
 * 进展汇总 holds at most one row per period × unit × task (consolidation guarantees it).
 */
import { computeAlerts, defaultAlertRules, type Alert, type AlertRules } from '../alerts/index.js';
import { findUnchanged } from '../history/index.js';
import { DEFAULT_SCORING_RULES, rankUnits, type RankedUnit, type ScoreItem, type ScoringRules } from '../scoring/index.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import type { Status } from '../vocabulary.js';
import { createResponsibilityResolver } from '../units/groups.js';
import type { SummaryCounts } from './counts.js';
import { assignmentsOf, leadersOf, pendingOf, reportingUnits, taskDue, type Assignment } from '../assignments/index.js';
import { summarizeLeaders, type LeaderInput, type LeaderSummary } from './leaders.js';
import { periodCode, selectedPeriod } from './periods.js';
import { lightsByPeriod, type PeriodLights } from './lights-by-period.js';

export { COUNT_KEYS, type SummaryCounts } from './counts.js';

export type UnitSummary = { unit: string } & SummaryCounts;
export type { LeaderSummary };

/** Groups nobody reports for yet (待明确责任单位): none of their tasks reach a unit through them. */
export interface PendingSummary {
  /** Tasks with at least one such group (a task counts once). */
  tasks: number;
  groups: { group: string; seqs: number[] }[];
}

/** The JSON of `duban summarize` (DESIGN.md), plus the tasks waiting for a unit. */
export interface Summary {
  byUnit: UnitSummary[];
  byLeader: LeaderSummary[];
  alerts: Alert[];
  /** 排名 by the 考核规则, best first; scoreItems are the rows every score came from. */
  ranking: RankedUnit[];
  scoreItems: ScoreItem[];
  pending: PendingSummary;
  /** 红灯/黄灯 of each reported period as they stood at its end (today for the current one). */
  lightsByPeriod: PeriodLights[];
}

export interface SummarizeInput {
  list: TaskList;
  progress: readonly ProgressEntry[];
  /** Defaults to the latest period in the progress, else the list's first reporting period. */
  period?: string;
  /** ISO date: milestones due before it are past. */
  today: string;
  /** Expands group placeholders into their member units; the master always has one. */
  directory?: UnitDirectory;
  /** The master's 预警规则; the defaults for the list's year when absent. */
  rules?: AlertRules;
  /** The master's 考核规则; the defaults when absent. */
  scoring?: ScoringRules;
}

function zero(): SummaryCounts {
  return { tasks: 0, lead: 0, 已完成: 0, 序时推进: 0, 滞后: 0, 未启动: 0, 未报送: 0, 逾期: 0, 红灯: 0, 黄灯: 0 };
}

/** What one progress row tells: its task's first assignment gives the leaders and the due date. */
interface CountedEntry {
  seq: number;
  unit: string;
  status: Status;
  leaders: readonly string[];
  due: string | null;
}

export interface SummaryParts {
  assignments: Assignment[];
  units: { unit: string; groups: string[] }[];
  leaders: string[];
  period: string;
}

/** The rows both the formulas and `summarize` are built from. */
export function summaryParts(input: Omit<SummarizeInput, 'today'>): SummaryParts {
  const assignments = assignmentsOf(input.list, input.directory);
  return {
    assignments,
    units: reportingUnits(assignments),
    leaders: leadersOf(input.list),
    period: selectedPeriod(input.list, input.progress, input.period),
  };
}

/** The leaders' view of the list: tasks with their assignments, and what was reported per task for the period. */
export function leaderInput(list: TaskList, parts: Pick<SummaryParts, 'assignments' | 'leaders'>, entries: readonly Pick<CountedEntry, 'seq' | 'unit' | 'status'>[], today: string): LeaderInput {
  const bySeq = new Map<number, Assignment[]>();
  for (const assignment of parts.assignments) bySeq.set(assignment.seq, [...(bySeq.get(assignment.seq) ?? []), assignment]);
  const reports = new Map<number, Map<string, Status>>();
  for (const entry of entries) {
    const units = reports.get(entry.seq) ?? new Map<string, Status>();
    units.set(entry.unit, entry.status);
    reports.set(entry.seq, units);
  }
  return {
    leaders: parts.leaders,
    tasks: list.tasks.map((task) => ({ seq: task.seq, leaders: task.leaders, due: taskDue(task), assignments: bySeq.get(task.seq) ?? [] })),
    reports,
    today,
  };
}

export function summarize(input: SummarizeInput): Summary {
  const parts = summaryParts(input);
  const { assignments, period } = parts;
  const past = (due: string | null) => due !== null && due < input.today;

  const firstBySeq = new Map<number, Assignment>();
  for (const assignment of assignments) if (!firstBySeq.has(assignment.seq)) firstBySeq.set(assignment.seq, assignment);
  const resolver = input.directory ? createResponsibilityResolver(input.directory) : undefined;
  const entries: CountedEntry[] = input.progress
    .filter((entry) => periodCode(entry.period) === period)
    .map((entry) => {
      const first = firstBySeq.get(entry.seq);
      const unit = resolver ? resolver.canonical(entry.unit) : entry.unit;
      return { seq: entry.seq, unit, status: entry.status, leaders: first?.leaders ?? [], due: first?.due ?? null };
    });

  const byUnit = parts.units.map(({ unit, groups }): UnitSummary => {
    const counts = zero();
    const names = new Set([unit, ...groups]);
    for (const assignment of assignments) {
      if (!names.has(assignment.unit)) continue;
      counts.tasks += 1;
      if (assignment.role === 'lead') counts.lead += 1;
      if (past(assignment.due)) counts.逾期 += 1;
    }
    let reported = 0;
    for (const entry of entries) {
      if (entry.unit !== unit) continue;
      reported += 1;
      counts[entry.status] += 1;
      if (entry.status === '已完成' && past(entry.due)) counts.逾期 -= 1;
    }
    counts.未报送 = counts.tasks - reported;
    return { unit, ...counts };
  });

  const { byLeader } = summarizeLeaders(leaderInput(input.list, parts, entries, input.today));

  // Canonical unit names, as the counts use them, so lights, 照抄上期 and 排名 meet the same units.
  const history = input.progress.map((entry) => ({ ...entry, period: periodCode(entry.period), unit: resolver ? resolver.canonical(entry.unit) : entry.unit }));
  const current = history.filter((entry) => entry.period === period);
  const rules = input.rules ?? defaultAlertRules(input.list.year);
  const alerts = computeAlerts({ assignments, entries: current, today: input.today, rules });
  const unitRows = new Map(byUnit.map((row) => [row.unit, row]));
  for (const alert of alerts) {
    const unit = unitRows.get(alert.unit);
    if (unit) unit[alert.level] += 1;
    for (const row of byLeader) if (alert.leaders.includes(row.leader)) row[alert.level] += 1;
  }
  const unchanged = findUnchanged(history, current);
  const directory = input.directory ?? { units: [] };
  const { ranking, items } = rankUnits({ list: input.list, directory, entries: current, period, today: input.today, alerts, unchanged, rules: input.scoring ?? DEFAULT_SCORING_RULES });
  const byPeriod = lightsByPeriod({ assignments, progress: history, period, today: input.today, rules });
  return { byUnit, byLeader, pending: pendingOf(assignments), alerts, ranking, scoreItems: items, lightsByPeriod: byPeriod };
}
