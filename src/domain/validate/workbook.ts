/**
 * Validation of a whole workbook in Duban's layout: every checked cell of 任务清单, 责任分解,
 * 进展汇总 and 进展填报, plus the checks that need more than one cell (duplicate and missing 序号,
 * 序号 that 任务清单 does not have, a task without a lead in 责任分解).
 */
import { cellAddress, cellText, isBlankRow, parseAddress, type SheetGrid, type WorkbookGrid } from '../grid.js';
import { splitLeaders } from '../import/index.js';
import { validateMessages as say } from '../messages/validate.js';
import { throwIfCancelled, type OperationOptions } from '../operation.js';
import type { UnitMatcher } from '../units/index.js';
import { ROLE_LABELS, SHEETS } from '../vocabulary.js';
import { createCellValidator, readSeq, type CellValidator } from './cell.js';
import { LAYOUTS, locateColumns, type LocatedColumns, type SheetLayout } from './layout.js';
import { countFindings, type Finding, type ValidationContext, type ValidationReport } from './types.js';

const PROGRESS_EVERY = 5_000;

/** What 任务清单 tells the other sheets. */
interface TaskListFacts {
  seqs: Set<number>;
  leaders: Set<string>;
  /** Tasks whose 牵头单位 cell names at least one unit. */
  withLead: Set<number>;
}

/** A 序号 cell met while checking a sheet (its address is made only when a finding needs it). */
interface SeqCell {
  seq: number | null;
  row0: number;
  col0: number;
}

const addressOf = (cell: SeqCell) => cellAddress(cell.row0, cell.col0);

interface SheetRun {
  sheet: SheetGrid;
  layout: SheetLayout;
  columns: LocatedColumns;
}

class Progress {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly options: OperationOptions,
  ) {}

  row(sheet: string): void {
    this.done += 1;
    if (this.done % PROGRESS_EVERY === 0) this.report(sheet);
  }

  report(sheet: string): void {
    throwIfCancelled(this.options.signal);
    this.options.onProgress?.({ done: this.done, total: this.total, note: say.progressNote(sheet) });
  }
}

/** Checks every cell of the run's checked columns; returns the seq cells met (row order). */
function checkCells(run: SheetRun, validator: CellValidator, findings: Finding[], progress: Progress): SeqCell[] {
  const { sheet, columns } = run;
  const seqColumn = columns.byRole.get('seq') ?? columns.byRole.get('seqRef');
  const checked = [...columns.roles];
  const seqs: SeqCell[] = [];
  progress.report(sheet.name);
  for (let r = columns.headerRow0 + 1; r < sheet.rows.length; r += 1) {
    const row = sheet.rows[r];
    progress.row(sheet.name);
    if (isBlankRow(row) || isBlankRow(row.filter((_, c) => !columns.derived.has(c)))) continue;
    for (const [c, role] of checked) {
      const verdicts = validator.verdicts(role, row[c] ?? null);
      for (const verdict of verdicts) findings.push({ sheet: sheet.name, cell: cellAddress(r, c), ...verdict });
    }
    if (seqColumn !== undefined) seqs.push({ seq: readSeq(cellText(row[seqColumn])), row0: r, col0: seqColumn });
  }
  return seqs;
}

/** 序号 repeated, and numbers missing from 1 to the largest (reported where the numbering jumps). */
function checkNumbering(sheetName: string, seqs: SeqCell[], findings: Finding[]): void {
  const first = new Map<number, SeqCell>();
  for (const cell of seqs) {
    const { seq } = cell;
    if (seq === null) continue;
    const earlier = first.get(seq);
    if (earlier) findings.push({ sheet: sheetName, cell: addressOf(cell), kind: 'seq-duplicate', value: String(seq), message: say.seqDuplicate(seq, addressOf(earlier)), suggestion: '' });
    else first.set(seq, cell);
  }
  const present = [...first.keys()].sort((a, b) => a - b);
  let expected = 1;
  for (const seq of present) {
    if (seq > expected) {
      findings.push({ sheet: sheetName, cell: addressOf(first.get(seq) as SeqCell), kind: 'seq-gap', value: String(seq), message: say.seqGap(expected, seq - 1), suggestion: String(expected) });
    }
    expected = seq + 1;
  }
}

/** Same length, one character changed: 李明华 / 李名华. */
function oneCharApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  return x.length === y.length && x.length >= 2 && x.filter((char, i) => char !== y[i]).length === 1;
}

/**
 * A leader written once or twice where a name one character apart is written more often is a
 * slip (李名华 for 李明华): each of its cells is a finding suggesting the other name, and it is not
 * a known leader for the other sheets.
 */
function checkLeaderSlips(run: SheetRun, seqs: SeqCell[], facts: TaskListFacts, counts: Map<string, number>, findings: Finding[]): void {
  const column = run.columns.byRole.get('leaders');
  if (column === undefined) return;
  const intended = new Map<string, string>();
  for (const [name, count] of counts) {
    const better = [...counts].filter(([other, otherCount]) => otherCount > count && oneCharApart(name, other)).sort((a, b) => b[1] - a[1])[0];
    if (better) intended.set(name, better[0]);
  }
  if (intended.size === 0) return;
  for (const { row0 } of seqs) {
    for (const name of splitLeaders([cellText(run.sheet.rows[row0][column])])) {
      const other = intended.get(name);
      if (!other) continue;
      findings.push({ sheet: run.sheet.name, cell: cellAddress(row0, column), kind: 'leader-unknown', value: name, message: say.leaderNearDuplicate(name, other, counts.get(other) ?? 0), suggestion: other });
    }
  }
  for (const name of intended.keys()) facts.leaders.delete(name);
}

function taskListFacts(run: SheetRun, seqs: SeqCell[], matcher: UnitMatcher, counts = new Map<string, number>()): TaskListFacts {
  const facts: TaskListFacts = { seqs: new Set(), leaders: new Set(), withLead: new Set() };
  const leaderColumn = run.columns.byRole.get('leaders');
  const leadColumn = run.columns.byRole.get('leadUnits');
  for (const { seq, row0 } of seqs) {
    const row = run.sheet.rows[row0];
    if (leaderColumn !== undefined) {
      for (const name of splitLeaders([cellText(row[leaderColumn])])) {
        facts.leaders.add(name);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    if (seq === null) continue;
    facts.seqs.add(seq);
    if (leadColumn !== undefined && matcher.matchCell(cellText(row[leadColumn])).length > 0) facts.withLead.add(seq);
  }
  return facts;
}

/** 序号 that 任务清单 lacks; in 责任分解, tasks with a lead in 任务清单 but no 牵头 row. */
function checkAgainstTaskList(run: SheetRun, seqs: SeqCell[], facts: TaskListFacts, findings: Finding[]): void {
  const roleColumn = run.columns.byRole.get('role');
  const hasLeadRow = new Map<number, { first: SeqCell; lead: boolean }>();
  for (const cell of seqs) {
    const { seq, row0 } = cell;
    if (seq === null) continue;
    if (!facts.seqs.has(seq)) {
      findings.push({ sheet: run.sheet.name, cell: addressOf(cell), kind: 'seq-unknown', value: String(seq), message: say.seqUnknown(seq, SHEETS.taskList), suggestion: '' });
      continue;
    }
    if (run.layout.sheet !== SHEETS.breakdown || roleColumn === undefined) continue;
    const entry = hasLeadRow.get(seq) ?? { first: cell, lead: false };
    entry.lead ||= cellText(run.sheet.rows[row0][roleColumn]).trim() === ROLE_LABELS.lead;
    hasLeadRow.set(seq, entry);
  }
  for (const [seq, { first, lead }] of hasLeadRow) {
    if (!lead && facts.withLead.has(seq)) {
      findings.push({ sheet: run.sheet.name, cell: addressOf(first), kind: 'lead-missing', value: String(seq), message: say.leadMissingInBreakdown(seq), suggestion: '' });
    }
  }
}

function inReadingOrder(findings: Finding[], sheetOrder: Map<string, number>): Finding[] {
  const keyed = findings.map((finding, index) => ({ finding, index, ...parseAddress(finding.cell), sheet: sheetOrder.get(finding.sheet) ?? 0 }));
  keyed.sort((a, b) => a.sheet - b.sheet || a.row0 - b.row0 || a.col0 - b.col0 || a.index - b.index);
  return keyed.map(({ finding }) => finding);
}

/**
 * Every finding of a workbook's recognised sheets, in reading order, with counts per kind. A
 * recognised sheet without its header row is itself a finding (header-missing at A1).
 */
export function validateWorkbook(grid: WorkbookGrid, context: ValidationContext, options: OperationOptions = {}): ValidationReport {
  const findings: Finding[] = [];
  const runs: SheetRun[] = [];
  const sheetsChecked: string[] = [];
  for (const sheet of grid.sheets) {
    const layout = LAYOUTS.find((candidate) => candidate.sheet === sheet.name.trim());
    if (!layout) continue;
    sheetsChecked.push(sheet.name);
    const columns = locateColumns(sheet, layout);
    if (columns) runs.push({ sheet, layout, columns });
    else findings.push({ sheet: sheet.name, cell: 'A1', kind: 'header-missing', value: '', message: say.headerMissing(sheet.name, layout.required), suggestion: '' });
  }
  const total = runs.reduce((sum, run) => sum + run.sheet.rows.length - run.columns.headerRow0 - 1, 0);
  const progress = new Progress(total, options);

  // 任务清单 first: the other sheets are checked against its numbers and leaders.
  const taskRun = runs.find((run) => run.layout.sheet === SHEETS.taskList);
  let facts: TaskListFacts | undefined;
  if (taskRun) {
    const seqs = checkCells(taskRun, createCellValidator(context), findings, progress);
    checkNumbering(taskRun.sheet.name, seqs, findings);
    const counts = new Map<string, number>();
    facts = taskListFacts(taskRun, seqs, context.matcher, counts);
    if (!context.leaders) checkLeaderSlips(taskRun, seqs, facts, counts, findings);
  }
  const leaders = context.leaders ?? (facts ? [...facts.leaders] : undefined);
  const validator = createCellValidator({ ...context, leaders });
  for (const run of runs) {
    if (run === taskRun) continue;
    const seqs = checkCells(run, validator, findings, progress);
    if (facts) checkAgainstTaskList(run, seqs, facts, findings);
  }
  progress.report(sheetsChecked[sheetsChecked.length - 1] ?? '');

  const sheetOrder = new Map(grid.sheets.map((sheet, index) => [sheet.name, index]));
  const ordered = inReadingOrder(findings, sheetOrder);
  return { findings: ordered, counts: countFindings(ordered), sheetsChecked };
}
