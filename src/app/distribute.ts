/**
 * 生成各单位填报表 / duban distribute: one return workbook per unit with rows in the period, with
 * the rows sent back last period marked in its 填报说明.
 */
import { DubanError } from '../domain/errors.js';
import { appMessages } from '../domain/messages/index.js';
import { throwIfCancelled, type OperationOptions } from '../domain/operation.js';
import type { Period } from '../domain/period/index.js';
import type { DistributionPlan } from '../domain/returns/index.js';
import { openMaster } from './master.js';
import { warningsOf } from './options.js';
import { masterModule, returnsModule, xlsxModule } from './lazy.js';
import type { Clock, Download, FileSink, MasterStore } from './ports.js';

export interface DistributeOutcome<Made extends Download | undefined = Download | undefined> {
  period: Period;
  /** The files written, in the plan's unit order. */
  files: string[];
  /** Groups nobody reports for yet, with their tasks: they get no form. */
  pending: DistributionPlan['pending'];
  /** Units whose form carries rows sent back (退回修改), with how many. */
  sentBack: { unit: string; rows: number }[];
  /** What the sink made of the files (the pane's zip). */
  download: Made;
  /** What the user should look at: a period outside the list's year, groups that get no form. */
  warnings: string[];
}

/** Groups nobody reports for get no form: said, with what to do. */
function pendingWarning(pending: DistributionPlan['pending']): string[] {
  if (pending.length === 0) return [];
  const tasks = new Set(pending.flatMap((item) => item.seqs)).size;
  return [appMessages.pendingGroups(pending.length, tasks, pending.map((item) => item.group).join('、'))];
}

/** Builds and writes every unit's return workbook for the period. */
export async function distributeReturns<Made extends Download | undefined>(
  ports: { store: MasterStore; output: FileSink<Made>; clock: Clock },
  input: { period: Period; file?: string },
  options: OperationOptions = {},
): Promise<DistributeOutcome<Made>> {
  const { period } = input;
  const [{ list, directory, reviews, closures }, { planDistribution, buildReturnSpec }, { sentBackLines }, { renderWorkbookBytes }] = await Promise.all([
    openMaster(ports.store, input.file),
    returnsModule(),
    masterModule(),
    xlsxModule(),
  ]);
  const plan = planDistribution({ list, directory, period, closed: new Set((closures ?? []).map((closure) => closure.seq)) });
  if (plan.returns.length === 0) throw new DubanError(appMessages.noReturnsToWrite, { file: input.file });
  const sentBackByUnit = sentBackLines(reviews ?? [], period.code);
  await ports.output.check?.(plan.returns.map((planned) => planned.fileName));
  const generatedAt = ports.clock.now();
  const total = plan.returns.length;
  const sentBack: DistributeOutcome['sentBack'] = [];
  for (const [index, planned] of plan.returns.entries()) {
    throwIfCancelled(options.signal);
    options.onProgress?.({ done: index, total, note: planned.fileName });
    // The first line is the heading of the sent-back rows.
    const lines = sentBackByUnit.get(planned.unit) ?? [];
    if (lines.length > 0) sentBack.push({ unit: planned.unit, rows: lines.length - 1 });
    await ports.output.write(planned.fileName, await renderWorkbookBytes(buildReturnSpec({ plan, planned, generatedAt, sentBack: lines })));
  }
  throwIfCancelled(options.signal);
  options.onProgress?.({ done: total, total });
  return { period, files: plan.returns.map((planned) => planned.fileName), pending: plan.pending, sentBack, download: await ports.output.close(), warnings: [...warningsOf(period, list.year), ...pendingWarning(plan.pending)] };
}
