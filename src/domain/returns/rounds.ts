/**
 * One unit's rows from all the files it sent this period, row by row: a submission in parts is
 * merged, a row left blank never erases a text (from another file of the unit, or from 进展汇总),
 * and only the same task reported differently is a conflict — the later file wins and both
 * versions are kept. Every data row of every file ends in exactly one place: taken, rejected,
 * superseded (a later file reported on the same task) or kept-earlier (a blank row over a text).
 */
import { returnAccountingMessages as say } from '../messages/index.js';
import type { ProgressEntry } from '../model/schemas.js';
import { SHEETS } from '../vocabulary.js';
import type { UnitIdentification } from './identify.js';
import type { PlannedReturn } from './plan.js';
import type { ConsolidationReport, ReturnFile, RowVersion } from './report.js';
import type { AcceptedRow, ReadRows, RejectedRow } from './rows.js';

export interface ReadReturn {
  file: ReturnFile;
  unit: UnitIdentification;
  rows: ReadRows;
  /** The tasks the metadata sheet says were sent, when the metadata is there. */
  sent: ReadonlySet<number> | null;
  /** When the return was made, as far as it can be trusted (ISO). */
  receivedAt?: string;
  /** The form's sheet was cut short: a blank row may be where the cut fell, and rows after it are gone. */
  cut?: boolean;
}

type TextField = 'text' | 'problems' | 'nextSteps';
const TEXT_FIELDS: readonly TextField[] = ['text', 'problems', 'nextSteps'];

/** 进展汇总's key: one row per period, unit and task. */
export function progressKey(entry: Pick<ProgressEntry, 'period' | 'unit' | 'seq'>): string {
  return `${entry.period}\u0000${entry.unit}\u0000${entry.seq}`;
}

export interface UnitRounds {
  entries: ProgressEntry[];
  /** Rows taken from each read (same order as the reads). */
  taken: number[];
  rejected: ConsolidationReport['rowsRejected'];
  superseded: number;
  conflicts: ConsolidationReport['conflicts'];
  keptEarlier: ConsolidationReport['keptEarlier'];
  /** Tasks the metadata lists that no file of the unit has a row for, per read (same order). */
  missing: number[][];
  tampered: ConsolidationReport['tampered'];
}

interface FirstRow {
  accepted?: AcceptedRow;
  rejected?: RejectedRow;
}

function firstRows(rows: ReadRows): Map<number, FirstRow> {
  const bySeq = new Map<number, FirstRow>();
  for (const row of rows.accepted) bySeq.set(row.task.seq, { accepted: row });
  for (const row of rows.rejected) if (row.seq !== undefined) bySeq.set(row.seq, { rejected: row });
  return bySeq;
}

function version(read: ReadReturn, row: AcceptedRow): RowVersion {
  return {
    file: read.file.file,
    row: row.row,
    status: row.status,
    text: row.text,
    ...(row.problems ? { problems: row.problems } : {}),
    ...(row.nextSteps ? { nextSteps: row.nextSteps } : {}),
  };
}

/** Two versions disagree when their statuses differ or a text both give differs; a blank is no disagreement. */
function differs(a: AcceptedRow, b: AcceptedRow): boolean {
  return a.status !== b.status || TEXT_FIELDS.some((field) => a[field] && b[field] && a[field] !== b[field]);
}

/**
 * Combines one unit's reads (oldest first) with what 进展汇总 holds (`previous`, by progressKey).
 * For each task, the latest file with a filled row decides; blank rows decide nothing.
 */
export function combineUnit(planned: PlannedReturn, reads: readonly ReadReturn[], period: string, previous: ReadonlyMap<string, ProgressEntry>): UnitRounds {
  const out: UnitRounds = { entries: [], taken: reads.map(() => 0), rejected: [], superseded: 0, conflicts: [], keptEarlier: [], missing: reads.map(() => []), tampered: [] };
  const rows = reads.map((read) => firstRows(read.rows));
  const reported: { read: number; row: RejectedRow }[] = [];

  for (const task of planned.tasks) {
    const seq = task.seq;
    const earlier = previous.get(progressKey({ period, unit: task.unitName, seq }));
    let decider = -1;
    for (let i = reads.length - 1; i >= 0 && decider < 0; i -= 1) {
      const first = rows[i].get(seq);
      if (first && !first.rejected?.blank) decider = i;
    }
    const supersedeOthers = (except: number) => rows.forEach((byRead, i) => {
      if (i !== except && byRead.has(seq)) out.superseded += 1;
    });

    if (decider >= 0 && rows[decider].get(seq)!.accepted) {
      const read = reads[decider];
      const winner = rows[decider].get(seq)!.accepted!;
      const others = rows
        .map((byRead, i) => ({ i, row: byRead.get(seq)?.accepted }))
        .filter((other): other is { i: number; row: AcceptedRow } => other.i !== decider && other.row !== undefined)
        .reverse();
      const disagreeing = others.filter((other) => differs(winner, other.row));
      if (disagreeing.length > 0) {
        out.conflicts.push({ unit: planned.unit, seq, kept: version(read, winner), dropped: disagreeing.map((other) => version(reads[other.i], other.row)) });
      }
      const merged = { ...winner };
      const keep = (fields: TextField[], from: string) => {
        if (fields.length > 0) out.keptEarlier.push({ unit: planned.unit, seq, file: read.file.file, row: winner.row, fields, from, wholeRow: false });
      };
      for (const other of others.filter((candidate) => !differs(winner, candidate.row))) {
        const filled = TEXT_FIELDS.filter((field) => !merged[field] && other.row[field]);
        for (const field of filled) merged[field] = other.row[field]!;
        keep(filled, reads[other.i].file.file);
      }
      if (earlier) {
        const filled = TEXT_FIELDS.filter((field) => !merged[field] && earlier[field]);
        for (const field of filled) merged[field] = earlier[field]!;
        keep(filled, earlier.sourceFile || SHEETS.progress);
      }
      out.taken[decider] += 1;
      supersedeOthers(decider);
      if (winner.tampered) out.tampered.push({ file: read.file.file, seq });
      out.entries.push({
        period,
        unit: task.unitName,
        seq,
        status: merged.status,
        text: merged.text,
        ...(merged.problems ? { problems: merged.problems } : {}),
        ...(merged.nextSteps ? { nextSteps: merged.nextSteps } : {}),
        sourceFile: read.file.name,
        ...(read.receivedAt ? { receivedAt: read.receivedAt } : {}),
      });
      continue;
    }
    if (decider >= 0) {
      // The latest word on the task could not be read: say so, and take no older version instead.
      reported.push({ read: decider, row: rows[decider].get(seq)!.rejected! });
      supersedeOthers(decider);
      continue;
    }
    let blank = -1;
    for (let i = reads.length - 1; i >= 0 && blank < 0; i -= 1) if (rows[i].get(seq)?.rejected) blank = i;
    if (blank >= 0) {
      const row = rows[blank].get(seq)!.rejected!;
      if (reads[blank].cut) out.missing[blank].push(seq);
      if (earlier) {
        const fields = ['status', ...TEXT_FIELDS.filter((field) => earlier[field])];
        out.keptEarlier.push({ unit: planned.unit, seq, file: reads[blank].file.file, row: row.row, fields, from: earlier.sourceFile || SHEETS.progress, wholeRow: true });
      } else {
        reported.push({ read: blank, row: reads[blank].cut ? { ...row, reason: say.cutRow } : row });
      }
      supersedeOthers(blank);
      continue;
    }
    // No file has a row for the task: missing from every file whose metadata lists it, or that was cut short.
    reads.forEach((read, i) => {
      if (read.sent?.has(seq) || read.cut) out.missing[i].push(seq);
    });
  }

  // Rows about no task of the unit (no 序号, another unit's task, a repeat): reported, unless the
  // whole file was superseded by a later one of the unit.
  const anyTaken = out.taken.some((count) => count > 0);
  reads.forEach((read, i) => {
    for (const row of read.rows.rejected) {
      if (row.seq !== undefined) continue;
      if (anyTaken && out.taken[i] === 0) out.superseded += 1;
      else reported.push({ read: i, row });
    }
  });
  reported.sort((a, b) => a.read - b.read || a.row.row - b.row.row);
  out.rejected = reported.map(({ read, row }) => ({ file: reads[read].file.file, row: row.row, reason: row.reason }));
  out.entries.sort((a, b) => a.seq - b.seq);
  return out;
}
