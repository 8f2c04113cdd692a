/**
 * The 通报 draft a 督查室 circulates after a period's consolidation, built from the master alone:
 * overall counts with shares, a paragraph per leader, the 红灯 tasks with their units in the list's
 * own words, the units that did not report and the rows that copy last period. Pure: `today` in.
 *
 * Task-level status (for the shares): as 按领导 decides it (summarize/leaders.ts) — the least advanced
 * status its lead units reported, else 牵头单位未报送; a task without a lead unit is judged on all its
 * units. Lights count task × unit, as the summaries do.
 */
import type { AlertRules } from '../alerts/index.js';
import type { ScoringRules } from '../scoring/index.js';
import { findUnchanged } from '../history/index.js';
import { briefMessages as say, share } from '../messages/brief.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import { parsePeriod } from '../period/index.js';
import { planDistribution } from '../returns/plan.js';
import { chineseDate } from '../returns/text.js';
import { leaderInput, periodCode, periodLabel, summarize, summarizeLeaders, summaryParts } from '../summarize/index.js';
import { createResponsibilityResolver } from '../units/groups.js';
import { NOT_REPORTED, STATUSES, type Status } from '../vocabulary.js';
import type { Brief, BriefBlock } from './model.js';

export interface BriefInput {
  list: TaskList;
  directory: UnitDirectory;
  progress: readonly ProgressEntry[];
  /** Period code (2023Q2). */
  period: string;
  /** ISO date the counts and lights are for. */
  today: string;
  rules?: AlertRules;
  scoring?: ScoringRules;
}

type TaskStatus = Status | typeof say.statusNotReported;

/** Each task's status for the period exactly as 按领导 counts it (summarize/leaders.ts), under canonical unit names. */
function taskStatuses(input: BriefInput, period: string, entries: readonly ProgressEntry[]): Map<number, TaskStatus> {
  const resolver = createResponsibilityResolver(input.directory);
  const parts = summaryParts({ list: input.list, directory: input.directory, progress: input.progress, period });
  const canonical = entries.map((entry) => ({ seq: entry.seq, unit: resolver.canonical(entry.unit), status: entry.status }));
  const { statuses } = summarizeLeaders(leaderInput(input.list, parts, canonical, input.today));
  return new Map([...statuses].map(([seq, status]) => [seq, status === NOT_REPORTED ? say.statusNotReported : status]));
}

const ORDER: readonly TaskStatus[] = [...STATUSES, say.statusNotReported];

function countParts(statuses: readonly TaskStatus[], part: (status: TaskStatus, count: number) => string): string[] {
  return ORDER.map((status) => [status, statuses.filter((s) => s === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => part(status, count));
}

export function buildBrief(input: BriefInput): Brief {
  const { list } = input;
  const period = periodCode(input.period);
  const label = periodLabel(period);
  const entries = input.progress.filter((entry) => periodCode(entry.period) === period);
  const summary = summarize({ list, directory: input.directory, progress: input.progress, period, today: input.today, rules: input.rules, scoring: input.scoring });
  const statuses = taskStatuses(input, period, entries);
  const all = [...statuses.values()];
  const tasks = new Map(list.tasks.map((task) => [task.seq, task]));

  const parsed = parsePeriod(period);
  const plan = parsed ? planDistribution({ list, directory: input.directory, period: parsed }) : null;
  const reported = new Set(entries.map((entry) => `${entry.unit}\u0000${entry.seq}`));
  const expected = plan?.returns ?? [];
  const missing = expected.filter((planned) => !planned.tasks.some((task) => reported.has(`${task.unitName}\u0000${task.seq}`))).map((planned) => planned.unit);

  const red = summary.alerts.filter((alert) => alert.level === '红灯');
  const redSeqs = [...new Set(red.map((alert) => alert.seq))].sort((a, b) => a - b);
  const yellowSeqs = [...new Set(summary.alerts.filter((alert) => alert.level === '黄灯' && !redSeqs.includes(alert.seq)).map((alert) => alert.seq))].sort((a, b) => a - b);
  const overdue = summary.byUnit.reduce((sum, row) => sum + row.逾期, 0);
  const yellowCount = summary.alerts.length - red.length;
  const unchanged = findUnchanged(input.progress.map((entry) => ({ ...entry, period: periodCode(entry.period) })), entries.map((entry) => ({ ...entry, period })));

  const blocks: BriefBlock[] = [
    { kind: 'paragraph', text: say.addressee },
    { kind: 'paragraph', text: say.opening(list.title, say.office(list.issuer), label, chineseDate(input.today)) },
    { kind: 'heading', text: say.headings.overall },
    { kind: 'paragraph', text: say.overall(list.tasks.length, summary.byUnit.length, expected.length, expected.length - missing.length) },
    { kind: 'paragraph', text: say.byTask(countParts(all, (status, count) => say.statusPart(status, count, all.length))) },
    { kind: 'paragraph', text: say.lights(red.length, yellowCount, overdue) },
    {
      kind: 'table',
      headers: [...say.overallHeaders],
      rows: ORDER.map((status) => {
        const count = all.filter((s) => s === status).length;
        return [status, count, share(count, all.length)];
      }),
      widths: [40, 30, 30],
    },
    { kind: 'heading', text: say.headings.leaders },
  ];
  if (summary.byLeader.length === 0) blocks.push({ kind: 'paragraph', text: say.noLeaders });
  for (const row of summary.byLeader) {
    const own = list.tasks.filter((task) => task.leaders.includes(row.leader)).map((task) => statuses.get(task.seq)!);
    blocks.push({ kind: 'paragraph', text: say.leader(row.leader, own.length, countParts(own, (status, count) => say.leaderPart(status, count)), row.红灯, row.黄灯) });
  }

  blocks.push({ kind: 'heading', text: say.headings.red });
  if (redSeqs.length === 0) blocks.push({ kind: 'paragraph', text: say.noRed });
  else {
    blocks.push({ kind: 'paragraph', text: say.redIntro(redSeqs.length, new Set(red.map((alert) => alert.unit)).size) });
    blocks.push({
      kind: 'table',
      headers: [...say.redHeaders],
      rows: redSeqs.map((seq) => {
        const task = tasks.get(seq)!;
        const units = red.filter((alert) => alert.seq === seq).map((alert) => say.redUnit(alert.unit, alert.status));
        return [seq, task.content, task.deadline.text, units.join('、')];
      }),
      widths: [8, 52, 16, 24],
    });
  }
  if (yellowSeqs.length > 0) blocks.push({ kind: 'paragraph', text: say.yellow(yellowSeqs) });

  blocks.push({ kind: 'heading', text: say.headings.reporting });
  blocks.push({ kind: 'paragraph', text: missing.length > 0 ? say.missingUnits(missing) : say.allReturned });
  const ranked = summary.ranking.map((row) => say.ranked(row.unit, row.score));
  if (ranked.length >= 2) {
    const size = Math.min(3, Math.floor(ranked.length / 2));
    blocks.push({ kind: 'paragraph', text: say.ranking(ranked.slice(0, size), ranked.slice(-size)) });
  }
  if (unchanged.length === 0) blocks.push({ kind: 'paragraph', text: say.noUnchanged });
  else {
    blocks.push({ kind: 'paragraph', text: say.unchangedIntro(unchanged.length) });
    blocks.push({
      kind: 'table',
      headers: [...say.unchangedHeaders],
      rows: unchanged.map((row) => [row.unit, row.seq, tasks.get(row.seq)?.content ?? '', periodLabel(row.previousPeriod), share(row.similarity, 1)]),
      widths: [20, 8, 46, 14, 12],
    });
  }

  blocks.push({ kind: 'heading', text: say.headings.requirements });
  for (const line of say.requirements) blocks.push({ kind: 'paragraph', text: line });

  return { title: say.title(list.title, label), mark: say.draftMark, blocks, signature: say.office(list.issuer), date: chineseDate(input.today) };
}
