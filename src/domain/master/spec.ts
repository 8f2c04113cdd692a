/**
 * The master workbook (督办总表) as a WorkbookSpec: 任务清单, 责任分解, 单位名录, 进展汇总,
 * 按单位汇总, 按领导汇总, 校验结果, any extra sheets (e.g. 报送情况), and the veryHidden metadata.
 */
import { defaultAlertRules, type AlertRules } from '../alerts/index.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import { masterMessages as say } from '../messages/master.js';
import type { CellStyle, SheetSpec, WorkbookSpec } from '../spec/types.js';
import { deciders, leaderInput, periodChoices, periodCode, periodLabel, summarize, summarizeLeaders, summaryParts } from '../summarize/index.js';
import { SHEETS } from '../vocabulary.js';
import { createResponsibilityResolver } from '../units/groups.js';
import { MASTER_STYLES, NAMES, PERIOD_CELL, PERIOD_CELL_ABSOLUTE, sheetRef } from './layout.js';
import { buildMetaSheet, periodRanges } from './meta.js';
import { buildBreakdownSheet } from './sheet-breakdown.js';
import { buildDirectorySheet, directoryNames } from './sheet-directory.js';
import { buildFindingsSheet, type FindingRow } from './sheet-findings.js';
import { buildProgressSheet } from './sheet-progress.js';
import { buildByLeaderSheet, buildByUnitSheet, leaderHelper } from './sheet-summaries.js';
import { buildTaskListSheet } from './sheet-tasks.js';
import { ALERT_STYLES, alertDefinedNames, buildAlertRulesSheet } from './sheet-alert-rules.js';
import { buildRankingSheet, buildScoringRulesSheet } from './sheet-scoring.js';
import { buildReviewSheet, type Review } from './sheet-review.js';
import { buildClosureSheet, type Closure } from './sheet-closure.js';
import { DEFAULT_SCORING_RULES, type ScoringRules } from '../scoring/index.js';

export interface MasterInput {
  list: TaskList;
  directory: UnitDirectory;
  /** Every consolidated row, all periods (written in this order). */
  progress: readonly ProgressEntry[];
  findings?: readonly FindingRow[];
  /** The period the summaries show first; defaults as `summarize` does. */
  period?: string;
  /** ISO date-time of generation: the file's timestamps, and the "today" of the cached results. */
  generatedAt: string;
  /** Sheets placed after 校验结果 (consolidation's 报送情况), with the styles they use. */
  extraSheets?: readonly SheetSpec[];
  extraStyles?: Readonly<Record<string, CellStyle>>;
  /** The 预警规则 as the office set them (kept across consolidations); the defaults when absent. */
  alertRules?: AlertRules;
  /** The 考核规则 as the office set them; the defaults when absent. */
  scoringRules?: ScoringRules;
  /** The 审核 decisions already made (kept when the master is rebuilt). */
  reviews?: readonly Review[];
  /** The tasks closed (办结销号). */
  closures?: readonly Closure[];
}

export function buildMasterSpec(input: MasterInput): WorkbookSpec {
  const { list, directory } = input;
  // One unit, one name: rows recorded under a spelling the directory knows are kept under its canonical name.
  const resolver = createResponsibilityResolver(directory);
  const progress = input.progress.map((entry) => ({ ...entry, unit: resolver.canonical(entry.unit), period: periodCode(entry.period) }));
  const today = input.generatedAt.slice(0, 10);
  const rules = input.alertRules ?? defaultAlertRules(list.year);
  const parts = summaryParts({ list, directory, progress, period: input.period });
  const summary = summarize({ list, directory, progress, period: input.period, today, rules, scoring: input.scoringRules });
  const choices = periodChoices(list, progress, parts.period);
  const ranges = periodRanges(choices.length);
  const reported = progress.filter((entry) => periodCode(entry.period) === parts.period);
  const leaders = leaderInput(list, parts, reported, today);
  const { statuses } = summarizeLeaders(leaders);
  const leaderTasks = leaders.tasks.map((task) => ({ ...task, deciders: deciders(task.assignments), status: statuses.get(task.seq) ?? '' }));
  const summaryInput = { title: list.title, parts, summary, leaderTasks, taskCount: list.tasks.length, progressCount: progress.length, periodLabels: ranges };
  const helper = leaderHelper(summaryInput);
  const label = parts.period ? periodLabel(parts.period) : say.noPeriod;

  const byUnit = buildByUnitSheet(summaryInput, label);
  if (ranges) {
    byUnit.validations = [
      { range: PERIOD_CELL, type: 'list', source: NAMES.periods, allowBlank: false, prompt: say.periodPrompt, error: say.periodError },
    ];
  }

  return {
    properties: { title: list.title, creator: say.creator, created: input.generatedAt, modified: input.generatedAt },
    styles: { ...MASTER_STYLES, ...ALERT_STYLES, ...input.extraStyles },
    sheets: [
      buildTaskListSheet(list),
      buildBreakdownSheet(list, parts.assignments, progress),
      buildDirectorySheet(directory),
      buildProgressSheet(list.title, progress, parts.assignments, choices.length > 0),
      byUnit,
      buildByLeaderSheet(summaryInput, label, helper),
      buildFindingsSheet(input.findings ?? []),
      buildAlertRulesSheet(rules),
      buildScoringRulesSheet(input.scoringRules ?? DEFAULT_SCORING_RULES),
      buildRankingSheet({ ranking: summary.ranking, items: summary.scoreItems, periodLabel: label, today, live: true }),
      buildReviewSheet(progress, parts.period, input.reviews ?? []),
      buildClosureSheet(input.closures ?? [], list),
      ...(input.extraSheets ?? []),
      buildMetaSheet(list, directory, input.generatedAt, choices, helper.rows),
    ],
    definedNames: [
      directoryNames(directory),
      { name: NAMES.period, ref: `${sheetRef(SHEETS.byUnit)}!${PERIOD_CELL_ABSOLUTE}` },
      ...(ranges ? [{ name: NAMES.periods, ref: ranges.codes }] : []),
      ...alertDefinedNames(),
    ],
  };
}
