/**
 * 按单位 / 按领导 / duban summarize: the counts, lights and ranking of a period, and the summary as a
 * workbook or CSV for whoever asked for a file.
 */
import type { OperationOptions } from '../domain/operation.js';
import type { Summary } from '../domain/summarize/index.js';
import { periodLabel, selectedPeriod } from '../domain/summarize/index.js';
import type { TaskList } from '../domain/model/index.js';
import { masterModule, summarizeModule } from './lazy.js';
import { openMaster } from './master.js';
import type { Clock, MasterStore } from './ports.js';
import type { WorkbookSpec } from '../domain/spec/index.js';

export interface SummaryOutcome extends Summary {
  /** The period summarized (its code) and its label. */
  period: string;
  periodLabel: string;
  /** The day the 三色预警 lights are for. */
  today: string;
  /** When the summary was made (ISO date-time). */
  generatedAt: string;
  list: TaskList;
}

export interface SummarizeInput {
  /** The period code; the latest reported when absent. */
  period?: string;
  /** The day the lights are for; the clock's today when absent. */
  today?: string;
  file?: string;
}

export async function summarizeMaster(ports: { store: MasterStore; clock: Clock }, input: SummarizeInput = {}, _options: OperationOptions = {}): Promise<SummaryOutcome> {
  const [{ list, directory, progress, alertRules, scoringRules }, { summarize }] = await Promise.all([openMaster(ports.store, input.file), summarizeModule()]);
  const period = selectedPeriod(list, progress, input.period);
  // A given day dates the files reproducibly (midnight UTC); else now on this machine.
  const generatedAt = input.today ? `${input.today}T00:00:00Z` : ports.clock.now();
  const today = input.today ?? generatedAt.slice(0, 10);
  const summary = summarize({ list, directory, progress, period, today, rules: alertRules, scoring: scoringRules });
  return { ...summary, period, periodLabel: periodLabel(period), today, generatedAt, list };
}

/** The summary as a workbook of its own (按单位汇总, 按领导汇总, 预警, 排名). */
export async function summaryWorkbook(outcome: SummaryOutcome): Promise<WorkbookSpec> {
  const { buildSummarySpec } = await masterModule();
  return buildSummarySpec(outcome, outcome.list, { period: outcome.period, today: outcome.today, generatedAt: outcome.generatedAt });
}

/** The summary as CSV text. */
export async function summaryCsvText(outcome: SummaryOutcome): Promise<string> {
  return (await summarizeModule()).summaryCsv(outcome);
}

/** The summary as the CLI's JSON contract has it: the Summary fields alone. */
export function summaryJson(outcome: SummaryOutcome): Summary {
  const { period: _period, periodLabel: _label, today: _today, generatedAt: _at, list: _list, ...summary } = outcome;
  return summary;
}
