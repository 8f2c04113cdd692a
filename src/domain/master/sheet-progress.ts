/**
 * 进展汇总: every consolidated row of every period. Two formula columns bring each row's leaders and
 * due date over from 责任分解 by 序号, so the summaries can count by leader and overdue.
 */
import { displayDateTime } from '../datetime.js';
import type { ProgressEntry } from '../model/schemas.js';
import { isoDateToSerial } from '../spec/dates.js';
import type { FormulaValue, RowSpec, SheetSpec } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';
import type { Assignment } from '../assignments/index.js';
import { periodCode } from '../summarize/index.js';
import { HEADERS, SHEETS, STATUSES } from '../vocabulary.js';
import { BREAKDOWN_COL } from './sheet-breakdown.js';
import { FIRST_DATA_ROW, NAMES, TABLES, columnRange, lastDataRow, styled, tableSheet } from './layout.js';
import { NAME_SEPARATOR } from './sheet-tasks.js';

export const PROGRESS_HEADERS = [...HEADERS.progress, ...HEADERS.progressMore];
/** Column indexes (0-based) the formulas and the reader use. */
export const PROGRESS_COL = { period: 0, unit: 1, seq: 2, status: 3, text: 4, problems: 5, nextSteps: 6, sourceFile: 7, receivedAt: 8, leaders: 9, due: 10 } as const;

const WIDTHS = [10, 22, 6, 10, 50, 30, 30, 24, 18, 12, 12];

/** The formulas of one row's leader and due-date cells, with the values they compute. */
function lookups(row: number, breakdownRows: number, first: Assignment | undefined): [FormulaValue, FormulaValue] {
  const seqs = columnRange(SHEETS.breakdown, BREAKDOWN_COL.seq, breakdownRows);
  const leaders = columnRange(SHEETS.breakdown, BREAKDOWN_COL.leaders, breakdownRows);
  const dues = columnRange(SHEETS.breakdown, BREAKDOWN_COL.due, breakdownRows);
  const match = `MATCH($C${row},${seqs},0)`;
  return [
    { formula: `IFERROR(INDEX(${leaders},${match})&"","")`, result: first ? first.leaders.join(NAME_SEPARATOR) : '' },
    {
      formula: `IFERROR(IF(ISNUMBER(INDEX(${dues},${match})),INDEX(${dues},${match}),""),"")`,
      result: first?.due ? isoDateToSerial(first.due) : '',
    },
  ];
}

function progressRow(entry: ProgressEntry, row: number, breakdownRows: number, firstBySeq: ReadonlyMap<number, Assignment>): RowSpec {
  const [leaders, due] = lookups(row, breakdownRows, firstBySeq.get(entry.seq));
  return {
    cells: [
      styled(periodCode(entry.period), 'code'),
      styled(entry.unit, 'text'),
      styled(entry.seq, 'center'),
      styled(entry.status, 'center'),
      styled(entry.text, 'text'),
      styled(entry.problems ?? '', 'text'),
      styled(entry.nextSteps ?? '', 'text'),
      styled(entry.sourceFile, 'text'),
      styled(entry.receivedAt ? displayDateTime(entry.receivedAt) : '', 'code'),
      styled(leaders, 'center'),
      styled(due, 'date'),
    ],
  };
}

export function buildProgressSheet(title: string, progress: readonly ProgressEntry[], assignments: readonly Assignment[], hasPeriods: boolean): SheetSpec {
  const last = lastDataRow(progress.length);
  const first = FIRST_DATA_ROW;
  const firstBySeq = new Map<number, Assignment>();
  for (const assignment of assignments) if (!firstBySeq.has(assignment.seq)) firstBySeq.set(assignment.seq, assignment);
  const rows: RowSpec[] = progress.map((entry, i) => progressRow(entry, first + i, assignments.length, firstBySeq));
  if (rows.length === 0) {
    // The empty table's one blank row already carries the lookups, ready for pasted rows.
    const [leaders, due] = lookups(first, assignments.length, undefined);
    rows.push({ cells: [styled(null, 'code'), ...Array.from({ length: 8 }, () => styled(null, 'text')), styled(leaders, 'center'), styled(due, 'date')] });
  }
  return {
    ...tableSheet({
      name: SHEETS.progress,
      tabColor: '548235',
      title: say.progressTitle(title),
      info: say.progressInfo,
      infoHeight: 30,
      headers: PROGRESS_HEADERS,
      widths: WIDTHS,
      rows,
      table: { name: TABLES.progress, style: 'TableStyleLight11' },
    }),
    validations: [
      ...(hasPeriods ? [{ range: `A${first}:A${last}`, type: 'list' as const, source: NAMES.periods }] : []),
      { range: `B${first}:B${last}`, type: 'list', source: NAMES.units, prompt: say.unitPrompt, error: say.unitError },
      { range: `D${first}:D${last}`, type: 'list', values: [...STATUSES], prompt: say.statusPrompt, error: say.statusError },
    ],
  };
}
