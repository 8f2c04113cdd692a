/**
 * 审核 and 办结销号 as decisions the office takes in the pane or on the command line: which rows of
 * a period wait for review, what the 审核 sheet holds after a batch of decisions, which tasks may be
 * closed (every lead unit's latest report is 已完成), and the 办结销号 sheet after closing some.
 * Pure: the decisions come in, the new review and closure lists go out; the sheets are rebuilt from
 * them by buildReviewSheet / buildClosureSheet.
 */
import { isExistingIsoDate } from '../calendar.js';
import { DubanError } from '../errors.js';
import { masterMessages } from '../messages/master.js';
import { reviewActionMessages as say, reviewMessages } from '../messages/review.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import type { SheetGrid } from '../grid.js';
import type { SheetSpec, WorkbookSpec } from '../spec/types.js';
import { assignmentsOf } from '../assignments/index.js';
import { periodCode, periodLabel } from '../summarize/index.js';
import { REVIEW_RESULTS, type ReviewResult, type Status } from '../vocabulary.js';
import { ALERT_STYLES } from './sheet-alert-rules.js';
import { entryKey, latestEntries } from './sheet-breakdown.js';
import type { Closure } from './sheet-closure.js';
import { MASTER_STYLES } from './layout.js';
import type { Review } from './sheet-review.js';

/** One returned row of a period as the reviewer sees it, with the decision taken so far. */
export interface ReviewRow {
  period: string;
  unit: string;
  seq: number;
  status: Status;
  text: string;
  /** null while the row waits for review. */
  result: ReviewResult | null;
  reason: string;
  /** The 退回通知 to send the unit ('' unless sent back). */
  notice: string;
}

export interface ReviewDecision {
  unit: string;
  seq: number;
  result: ReviewResult;
  /** Required for 退回修改. */
  reason?: string;
}

const reviewKey = (period: string, unit: string, seq: number) => `${period}\u0000${unit}\u0000${seq}`;

/** The 退回通知 of a row sent back, as the 审核 sheet's formula writes it. */
export function sendBackNotice(review: Pick<Review, 'period' | 'unit' | 'seq' | 'reason'>): string {
  return reviewMessages.sendBack(review.unit, review.seq, periodLabel(review.period), review.reason);
}

/** The rows of `period` in 进展汇总 order, each with its decision. */
export function reviewRowsOf(progress: readonly ProgressEntry[], reviews: readonly Review[], period: string): ReviewRow[] {
  const decided = new Map(reviews.map((review) => [reviewKey(review.period, review.unit, review.seq), review]));
  return progress
    .filter((entry) => periodCode(entry.period) === period)
    .map((entry) => {
      const review = decided.get(reviewKey(period, entry.unit, entry.seq));
      const sentBack = review?.result === '退回修改';
      return {
        period,
        unit: entry.unit,
        seq: entry.seq,
        status: entry.status,
        text: entry.text,
        result: review?.result ?? null,
        reason: review?.reason ?? '',
        notice: sentBack ? sendBackNotice(review) : '',
      };
    });
}

/**
 * The reviews after `decisions` on rows of `period`: a decision replaces the row's earlier one, the
 * others stay. A row the period does not have, an unknown result, or 退回修改 without a reason is
 * refused before anything changes.
 */
export function applyReviews(progress: readonly ProgressEntry[], reviews: readonly Review[], period: string, decisions: readonly ReviewDecision[]): Review[] {
  const rows = new Set(progress.filter((entry) => periodCode(entry.period) === period).map((entry) => entryKey(entry.unit, entry.seq)));
  const next = new Map(reviews.map((review) => [reviewKey(review.period, review.unit, review.seq), review]));
  for (const decision of decisions) {
    const unit = decision.unit.trim();
    if (!(REVIEW_RESULTS as readonly string[]).includes(decision.result)) throw new DubanError(reviewMessages.badResult(String(decision.result)));
    if (!rows.has(entryKey(unit, decision.seq))) throw new DubanError(say.noSuchRow(unit, decision.seq, periodLabel(period)));
    const reason = (decision.reason ?? '').trim();
    if (decision.result === '退回修改' && reason === '') throw new DubanError(say.reasonRequired(unit, decision.seq));
    next.set(reviewKey(period, unit, decision.seq), { period, unit, seq: decision.seq, result: decision.result, reason });
  }
  return [...next.values()];
}

/** A task the office may close: every lead unit's latest report says 已完成. */
export interface CloseCandidate {
  seq: number;
  content: string;
  /** The lead units (canonical names). */
  leads: string[];
  /** The latest period a lead unit reported 已完成 in. */
  period: string;
  /** What the lead unit wrote (the first lead's, when several lead). */
  text: string;
}

export interface ClosureInput {
  list: TaskList;
  directory: UnitDirectory;
  progress: readonly ProgressEntry[];
  closures: readonly Closure[];
}

/** Per task, its lead units' latest reports (a lead with no report maps to undefined). */
function leadReports({ list, directory, progress }: Omit<ClosureInput, 'closures'>): Map<number, { unit: string; entry: ProgressEntry | undefined }[]> {
  const latest = latestEntries(progress.map((entry) => ({ ...entry, period: periodCode(entry.period) })));
  const byTask = new Map<number, { unit: string; entry: ProgressEntry | undefined }[]>();
  for (const assignment of assignmentsOf(list, directory)) {
    if (assignment.role !== 'lead') continue;
    const reports = byTask.get(assignment.seq) ?? [];
    for (const unit of assignment.reporters) {
      if (!reports.some((report) => report.unit === unit)) reports.push({ unit, entry: latest.get(entryKey(unit, assignment.seq)) });
    }
    byTask.set(assignment.seq, reports);
  }
  return byTask;
}

/** The tasks not yet closed whose every lead unit last reported 已完成, in list order. */
export function closeCandidatesOf(input: ClosureInput): CloseCandidate[] {
  const closed = new Set(input.closures.map((closure) => closure.seq));
  const reports = leadReports(input);
  const candidates: CloseCandidate[] = [];
  for (const task of input.list.tasks) {
    const leads = reports.get(task.seq) ?? [];
    if (closed.has(task.seq) || leads.length === 0 || !leads.every((lead) => lead.entry?.status === '已完成')) continue;
    const periods = leads.map((lead) => lead.entry!.period).sort();
    candidates.push({ seq: task.seq, content: task.content, leads: leads.map((lead) => lead.unit), period: periods[periods.length - 1], text: leads[0].entry!.text });
  }
  return candidates;
}

export interface ClosureRequest {
  seq: number;
  /** ISO date. */
  date: string;
  basis: string;
}

/**
 * The closures after closing `requests`. Refused, before anything changes: a 序号 the list lacks, a
 * task closed already, a bad date, and — unless `force` — a task whose lead unit has not last
 * reported 已完成 (the message names the task and what the lead unit reported).
 */
export function applyClosures(input: ClosureInput, requests: readonly ClosureRequest[], options: { force?: boolean } = {}): Closure[] {
  const tasks = new Map(input.list.tasks.map((task) => [task.seq, task]));
  const closed = new Map(input.closures.map((closure) => [closure.seq, closure]));
  const reports = leadReports(input);
  const added: Closure[] = [];
  for (const request of requests) {
    const task = tasks.get(request.seq);
    if (!task) throw new DubanError(say.noSuchTask(request.seq));
    const earlier = closed.get(request.seq) ?? added.find((closure) => closure.seq === request.seq);
    if (earlier) throw new DubanError(say.closedAlready(request.seq, earlier.date));
    if (!isExistingIsoDate(request.date)) throw new DubanError(say.badDate(request.date));
    if (!options.force) {
      const leads = reports.get(request.seq) ?? [];
      if (leads.length === 0) throw new DubanError(say.noLead(request.seq, task.content), {}, 'notFinished');
      const open = leads.find((lead) => lead.entry?.status !== '已完成');
      if (open) {
        const reported = open.entry ? say.reported(periodLabel(periodCode(open.entry.period)), open.entry.status) : say.notReported;
        throw new DubanError(say.notFinished(request.seq, task.content, open.unit, reported), {}, 'notFinished');
      }
    }
    added.push({ seq: request.seq, date: request.date, basis: request.basis.trim() });
  }
  return [...input.closures, ...added];
}

/** Some of the master's sheets as a workbook of their own, with the styles they use (a partial write). */
export function masterSheetsSpec(sheets: readonly SheetSpec[], title: string, generatedAt: string): WorkbookSpec {
  return {
    properties: { title, creator: masterMessages.creator, created: generatedAt, modified: generatedAt },
    styles: { ...MASTER_STYLES, ...ALERT_STYLES },
    sheets: [...sheets],
  };
}

/**
 * A sheet the master builder does not make — 报送情况 of the last consolidation — kept with its
 * values and merges when the master is written again (its formatting is not read back).
 */
export function keptSheet(sheet: SheetGrid): SheetSpec {
  const widths: number[] = [];
  for (const row of sheet.rows) {
    row.forEach((value, c) => {
      // A CJK character is about two columns wide.
      const width = [...String(value ?? '')].reduce((sum, char) => sum + (char.charCodeAt(0) > 0xff ? 2 : 1), 0);
      widths[c] = Math.max(widths[c] ?? 8, Math.min(width + 2, 60));
    });
  }
  return {
    name: sheet.name,
    ...(sheet.state === 'visible' ? {} : { state: sheet.state }),
    columns: Array.from(widths, (width) => ({ width: width ?? 8 })),
    rows: sheet.rows.map((row) => ({ cells: row.map((value) => ({ value: value ?? null, style: 'text' })) })),
    merges: [...sheet.merges],
  };
}
