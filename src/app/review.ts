/**
 * 审核与销号 / duban review, duban close: the office reviews a period's returned rows (通过 / 退回修改
 * with a reason) and closes tasks whose lead unit reported 已完成 (办结销号), without editing the
 * master's 审核 and 办结销号 sheets by hand. Where the store can replace single sheets (the workbook
 * open in Excel) only those sheets are rewritten; elsewhere (the standalone file, the CLI's --out)
 * the whole master is written again from what it holds, with the new decisions.
 */
import type { CloseCandidate, Closure, ClosureRequest, MasterContent, Review, ReviewDecision, ReviewRow } from '../domain/master/index.js';
import { safeFileName } from '../domain/filename.js';
import { reviewPaneMessages } from '../domain/messages/index.js';
import type { OperationOptions } from '../domain/operation.js';
import { periodLabel, selectedPeriod } from '../domain/summarize/index.js';
import { masterModule } from './lazy.js';
import { openMaster } from './master.js';
import type { Clock, MasterStore, WriteOutcome } from './ports.js';
import { SHEETS } from '../domain/vocabulary.js';

/** Sheets of the master that its content does not rebuild, kept when it is written whole. */
const KEPT_SHEETS: readonly string[] = [SHEETS.returnStatus];

export type { CloseCandidate, Closure, ClosureRequest, ReviewDecision, ReviewRow } from '../domain/master/index.js';

export interface ReviewListing {
  /** The period reviewed (its code) and its label. */
  period: string;
  periodLabel: string;
  /** Every row the period has in 进展汇总, with its decision so far. */
  rows: ReviewRow[];
}

/** The period's returned rows with their 审核 so far; the latest reported period when none is given. */
export async function reviewRows(ports: { store: MasterStore }, input: { period?: string; file?: string } = {}): Promise<ReviewListing> {
  const [master, { reviewRowsOf }] = await Promise.all([openMaster(ports.store, input.file), masterModule()]);
  const period = selectedPeriod(master.list, master.progress, input.period);
  return { period, periodLabel: periodLabel(period), rows: reviewRowsOf(master.progress, master.reviews ?? [], period) };
}

export interface ReviewOutcome extends ReviewListing, WriteOutcome {
  /** The rows just decided, as they now stand (a sent-back row carries its 退回通知). */
  decided: ReviewRow[];
}

/** Records the decisions on rows of `period` in the master's 审核 sheet. */
export async function recordReviews(
  ports: { store: MasterStore; clock: Clock },
  input: { period: string; decisions: readonly ReviewDecision[]; file?: string },
  options: OperationOptions = {},
): Promise<ReviewOutcome> {
  const [master, domain] = await Promise.all([openMaster(ports.store, input.file), masterModule()]);
  const period = selectedPeriod(master.list, master.progress, input.period);
  const reviews = domain.applyReviews(master.progress, master.reviews ?? [], period, input.decisions);
  const written = await writeDecisions(ports, { ...master, reviews }, { reviews: true, period }, options);
  const rows = domain.reviewRowsOf(master.progress, reviews, period);
  const decided = rows.filter((row) => input.decisions.some((decision) => decision.unit.trim() === row.unit && decision.seq === row.seq));
  return { ...written, period, periodLabel: periodLabel(period), rows, decided };
}

export interface CandidateListing {
  candidates: (CloseCandidate & { periodLabel: string })[];
  /** Tasks closed already. */
  closed: Closure[];
}

/** The tasks the office may close: not closed yet, every lead unit's latest report 已完成. */
export async function closeCandidates(ports: { store: MasterStore }, input: { file?: string } = {}): Promise<CandidateListing> {
  const [master, { closeCandidatesOf }] = await Promise.all([openMaster(ports.store, input.file), masterModule()]);
  const closures = master.closures ?? [];
  const candidates = closeCandidatesOf({ list: master.list, directory: master.directory, progress: master.progress, closures });
  return { candidates: candidates.map((candidate) => ({ ...candidate, periodLabel: periodLabel(candidate.period) })), closed: closures };
}

export interface CloseOutcome extends WriteOutcome {
  /** The closures just recorded. */
  closed: Closure[];
  /** Closed with `force`: the lead unit's report was not checked. */
  forced: boolean;
}

/**
 * 办结销号 of the tasks requested (a date defaults to the clock's today). A task whose lead unit has
 * not last reported 已完成 is refused (code notFinished) unless `force`: an office that verified the
 * task otherwise (the lead unit forgot to report) may close it all the same.
 */
export async function closeTasks(
  ports: { store: MasterStore; clock: Clock },
  input: { closures: readonly (Omit<ClosureRequest, 'date'> & { date?: string })[]; force?: boolean; file?: string },
  options: OperationOptions = {},
): Promise<CloseOutcome> {
  const [master, { applyClosures }] = await Promise.all([openMaster(ports.store, input.file), masterModule()]);
  const today = ports.clock.now().slice(0, 10);
  const requests = input.closures.map((request) => ({ ...request, date: request.date || today }));
  const before = master.closures ?? [];
  const closures = applyClosures({ list: master.list, directory: master.directory, progress: master.progress, closures: before }, requests, { force: input.force });
  const written = await writeDecisions(ports, { ...master, closures }, { closures: true }, options);
  return { ...written, closed: closures.slice(before.length), forced: input.force === true };
}

/**
 * Writes the changed 审核 / 办结销号 sheets: alone where the store replaces single sheets, else the
 * whole master rebuilt from its content (the summaries for `period`, the latest when absent).
 */
async function writeDecisions(
  ports: { store: MasterStore; clock: Clock },
  master: MasterContent & { reviews?: Review[]; closures?: Closure[] },
  changed: { reviews?: boolean; closures?: boolean; period?: string },
  options: OperationOptions,
): Promise<WriteOutcome> {
  const { buildClosureSheet, buildMasterSpec, buildReviewSheet, keptSheet, masterSheetsSpec } = await masterModule();
  const write = { signal: options.signal, onProgress: options.onProgress, replaceExisting: true, fileName: safeFileName(reviewPaneMessages.fileName(master.list.title)) };
  if (ports.store.replaceSheets) {
    const period = changed.period ?? selectedPeriod(master.list, master.progress);
    const sheets = [
      ...(changed.reviews ? [buildReviewSheet(master.progress, period, master.reviews ?? [])] : []),
      ...(changed.closures ? [buildClosureSheet(master.closures ?? [], master.list)] : []),
    ];
    return ports.store.replaceSheets(masterSheetsSpec(sheets, master.list.title, ports.clock.now()), write);
  }
  // 报送情况 of the last consolidation is no part of what the master holds: kept as it reads.
  const kept = (await ports.store.readMaster(KEPT_SHEETS)).sheets.filter((sheet) => KEPT_SHEETS.includes(sheet.name.trim()));
  const spec = buildMasterSpec({
    list: master.list,
    directory: master.directory,
    progress: master.progress,
    period: changed.period,
    generatedAt: ports.clock.now(),
    alertRules: master.alertRules,
    scoringRules: master.scoringRules,
    reviews: master.reviews,
    closures: master.closures,
    extraSheets: kept.map(keptSheet),
  });
  return ports.store.writeMaster(spec, write);
}
