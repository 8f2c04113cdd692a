/**
 * The data rows under the header of a located table: each non-empty row is either accepted (a
 * task of this unit with a valid status) or rejected with its reason. Nothing is skipped silently;
 * blank rows and repeated header rows are not data.
 */
import { cellText, isBlankRow, type CellValue } from '../grid.js';
import { returnRowMessages as reasons } from '../messages/index.js';
import type { Status } from '../vocabulary.js';
import { sameTaskText, taskFingerprint } from './fingerprint.js';
import type { ReturnColumn } from './layout.js';
import { headerColumns, type LocatedTable } from './locate.js';
import type { PlannedReturn, ReturnTask } from './plan.js';
import { normalizeStatus } from './status.js';
import { squeeze, tidy } from './text.js';

export interface AcceptedRow {
  /** 1-based row number in the sheet. */
  row: number;
  task: ReturnTask;
  status: Status;
  text: string;
  problems?: string;
  nextSteps?: string;
  /** The task text in the return differs from what was sent (fingerprint) or from the master. */
  tampered: boolean;
}

export interface RejectedRow {
  row: number;
  reason: string;
  /** The task the row is about, when it is the first row of a task of this unit. */
  seq?: number;
  /** Neither status nor progress text: the unit left the row as sent. */
  blank?: boolean;
}

export interface ReadRows {
  accepted: AcceptedRow[];
  rejected: RejectedRow[];
  /** Non-empty data rows read (accepted + rejected). */
  dataRows: number;
  /** Not one row filled in: the form came back as it was sent (consolidation reports it once per file, not row by row). */
  untouched: boolean;
}

export interface RowContext {
  planned: PlannedReturn;
  /** Every task of the list: seq → content. */
  listTasks: ReadonlyMap<number, string>;
  /** seq → fingerprint from the metadata sheet, when the return still has it. */
  fingerprints: ReadonlyMap<number, string> | null;
}

/** 3, "3", "3.", "（3）", "第3项" → 3; null for anything else. */
export function parseSeq(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  const match = /^第?\(?(\d{1,6})\)?[.、项]?$/.exec(squeeze(cellText(value)));
  const seq = match ? Number(match[1]) : NaN;
  return seq > 0 ? seq : null;
}

/** A repeat of the header row (pasted twice, printed titles): its 序号 cell is text, and the row reads as a header. */
function isHeaderRepeat(table: LocatedTable, row: readonly CellValue[]): boolean {
  const seqCell = table.columns.seq === undefined ? undefined : row[table.columns.seq];
  return typeof seqCell === 'string' && parseSeq(seqCell) === null && headerColumns(row) !== null;
}

/** The data rows of a table (0-based): non-blank rows under the header that are not a repeat of the header. */
export function dataRowIndexes(table: LocatedTable): number[] {
  const indexes: number[] = [];
  for (let row0 = table.headerRow0 + 1; row0 < table.sheet.rows.length; row0 += 1) {
    const row = table.sheet.rows[row0];
    if (isBlankRow(row) || isHeaderRepeat(table, row)) continue;
    indexes.push(row0);
  }
  return indexes;
}

function cell(table: LocatedTable, row: readonly CellValue[], column: ReturnColumn): string {
  const index = table.columns[column];
  return index === undefined ? '' : tidy(cellText(row[index]));
}

function isTampered(returned: string, task: ReturnTask, context: RowContext): boolean {
  const sent = context.fingerprints?.get(task.seq);
  if (sent) return taskFingerprint(returned) !== sent;
  return !sameTaskText(returned, context.listTasks.get(task.seq) ?? task.content);
}

/** Reads the data rows (`dataRowIndexes(table)`, passed in when the caller has them already). */
export function readRows(table: LocatedTable, context: RowContext, indexes = dataRowIndexes(table)): ReadRows {
  const assigned = new Map(context.planned.tasks.map((task) => [task.seq, task]));
  const firstRowOf = new Map<number, number>();
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const row0 of indexes) {
    const row = table.sheet.rows[row0];
    const rowNumber = row0 + 1;
    const reject = (reason: string) => rejected.push({ row: rowNumber, reason });
    const seqText = cell(table, row, 'seq');
    const seq = parseSeq(table.columns.seq === undefined ? null : row[table.columns.seq]);
    if (seq === null) {
      reject(seqText ? reasons.badSeq(seqText) : reasons.noSeq);
      continue;
    }
    const task = assigned.get(seq);
    if (!task) {
      reject(context.listTasks.has(seq) ? reasons.seqNotAssigned(seq, context.planned.unit) : reasons.seqNotInList(seq));
      continue;
    }
    const firstRow = firstRowOf.get(seq);
    if (firstRow !== undefined) {
      reject(reasons.seqRepeated(seq, firstRow));
      continue;
    }
    firstRowOf.set(seq, rowNumber);
    if (table.columns.status === undefined) {
      rejected.push({ row: rowNumber, reason: reasons.noStatusColumn, seq });
      continue;
    }
    const statusText = cell(table, row, 'status');
    const text = cell(table, row, 'text');
    if (!statusText) {
      rejected.push(text ? { row: rowNumber, reason: reasons.noStatus, seq } : { row: rowNumber, reason: reasons.unfilled, seq, blank: true });
      continue;
    }
    const status = normalizeStatus(statusText);
    if (!status) {
      rejected.push({ row: rowNumber, reason: reasons.badStatus(statusText), seq });
      continue;
    }
    const problems = cell(table, row, 'problems');
    const nextSteps = cell(table, row, 'nextSteps');
    accepted.push({
      row: rowNumber,
      task,
      status,
      text,
      ...(problems ? { problems } : {}),
      ...(nextSteps ? { nextSteps } : {}),
      tampered: table.columns.content !== undefined && isTampered(cell(table, row, 'content'), task, context),
    });
  }
  const untouched = accepted.length === 0 && rejected.length > 0 && rejected.every((row) => row.reason === reasons.unfilled);
  return { accepted, rejected, dataRows: indexes.length, untouched };
}
