/**
 * 办结销号: tasks the office closes (序号, 办结日期, 办结依据), typed into the master. A closed task
 * leaves the forms (planDistribution skips it) and, from the next consolidation on, every reporting
 * unit's row of the period is recorded 已完成 with the closure as its text — so the summaries, the
 * formulas, the lights and the ranking all treat it as finished without a rule of their own.
 */
import { isExistingIsoDate } from '../calendar.js';
import { DubanError } from '../errors.js';
import { cellAddress, cellText, type WorkbookGrid } from '../grid.js';
import { closureMessages as say } from '../messages/review.js';
import type { TaskList } from '../model/schemas.js';
import type { RowSpec, SheetSpec } from '../spec/types.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { FIRST_DATA_ROW, HEADER_ROW, printSetup, styled } from './layout.js';

export interface Closure {
  seq: number;
  /** ISO date. */
  date: string;
  basis: string;
}

/** Blank rows offered for the next closures. */
const SPARE_ROWS = 20;

export function buildClosureSheet(closures: readonly Closure[], list: Pick<TaskList, 'tasks'>): SheetSpec {
  const tasks = new Map(list.tasks.map((task) => [task.seq, task.content]));
  const rows: RowSpec[] = [
    ...closures.map((closure) => ({
      cells: [styled(closure.seq, 'inputCenter'), styled(tasks.get(closure.seq) ?? '', 'text'), styled({ date: closure.date }, 'ruleDate'), styled(closure.basis, 'input')],
    })),
    ...Array.from({ length: SPARE_ROWS }, () => ({ cells: [styled(null, 'inputCenter'), styled('', 'text'), styled(null, 'ruleDate'), styled('', 'input')] })),
  ];
  const last = FIRST_DATA_ROW + rows.length - 1;
  return {
    name: SHEETS.closure,
    tabColor: '00B050',
    columns: [8, 60, 14, 40].map((width) => ({ width })),
    rows: [
      { cells: [styled(say.title, 'title')], height: 36 },
      { cells: [styled(say.info, 'info')], height: 42 },
      { cells: HEADERS.closure.map((header) => styled(header, 'header')), height: 24 },
      ...rows,
    ],
    merges: ['A1:D1', 'A2:D2'],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [{ range: `C${FIRST_DATA_ROW}:C${last}`, type: 'date', prompt: say.datePrompt, error: say.dateError }],
    print: printSetup(3, last),
  };
}

/** The closures of a master (none when an older master has no sheet); a bad 序号 or date names its cell. */
export function readClosures(grid: WorkbookGrid, list: Pick<TaskList, 'tasks'>, file?: string): Closure[] {
  const sheet = grid.sheets.find((candidate) => candidate.name.trim() === SHEETS.closure);
  if (!sheet) return [];
  const seqs = new Set(list.tasks.map((task) => task.seq));
  const closures = new Map<number, Closure>();
  for (let r = HEADER_ROW; r < sheet.rows.length; r += 1) {
    const row = sheet.rows[r] ?? [];
    const seqText = cellText(row[0]).trim();
    if (seqText === '') continue;
    const at = (col: number) => ({ file, sheet: sheet.name, cell: cellAddress(r, col) });
    const seq = Number(seqText);
    if (!seqs.has(seq)) throw new DubanError(say.badSeq(seqText), at(0));
    const date = cellText(row[2]).trim().slice(0, 10);
    if (!isExistingIsoDate(date)) throw new DubanError(say.badDate(cellText(row[2])), at(2));
    if (!closures.has(seq)) closures.set(seq, { seq, date, basis: cellText(row[3]).trim() });
  }
  return [...closures.values()];
}
