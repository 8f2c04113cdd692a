/**
 * Demonstration returns for `duban demo` and the task pane's 演示 button: fills distributed return
 * specs the way units would, with every kind of trouble the consolidation must report (two units
 * that never report, an altered task text, a status typed as a synonym, a unit that sends twice).
 * Every filled text says it is demonstration data; nothing here is presented as a real report.
 */
import { safeFileName } from '../filename.js';
import { fnv1a64 } from '../hash.js';
import { HEADER_ROW, RETURN_COLUMNS, type ReturnColumn } from '../returns/layout.js';
import type { SheetSpec, SpecCell, WorkbookSpec } from '../spec/types.js';
import { isStyledCell } from '../spec/types.js';
import { SHEETS, STATUSES, type Status } from '../vocabulary.js';
import { demoMessages as say } from '../messages/index.js';

export interface DemoReturn {
  /** The file name a unit sends back. */
  fileName: string;
  spec: WorkbookSpec;
}

export interface DemoPlanInput {
  /** Distributed return specs with their file names, in plan order. */
  returns: { unit: string; fileName: string; spec: WorkbookSpec }[];
  /** When the demonstration units "send" their returns, ISO date-time. */
  returnedAt: string;
}

export interface DemoOutcome {
  returned: DemoReturn[];
  /** Units that do not report in the demonstration. */
  silentUnits: string[];
  tamperedUnit?: string;
  duplicateUnit?: string;
  synonymUnit?: string;
}

const column = (name: ReturnColumn) => RETURN_COLUMNS.indexOf(name);

/** A stable pseudo-random number in [0, 1) for a unit and task, so the demo gives the same files each run. */
function draw(unit: string, seq: number, salt: string): number {
  return Number.parseInt(fnv1a64(`${salt}|${unit}|${seq}`).slice(-8), 16) / 2 ** 32;
}

function demoStatus(unit: string, seq: number): Status {
  const x = draw(unit, seq, 'status');
  if (x < 0.15) return STATUSES[0];
  if (x < 0.8) return STATUSES[1];
  if (x < 0.92) return STATUSES[2];
  return STATUSES[3];
}

function valueOf(cell: SpecCell | undefined): unknown {
  if (cell === undefined) return undefined;
  return isStyledCell(cell) ? cell.value : cell;
}

function withValue(cell: SpecCell | undefined, value: string): SpecCell {
  return cell !== undefined && isStyledCell(cell) ? { ...cell, value } : value;
}

function formSheetOf(spec: WorkbookSpec): SheetSpec {
  const sheet = spec.sheets.find((candidate) => candidate.name === SHEETS.returnForm);
  if (!sheet) throw new Error(`return spec without ${SHEETS.returnForm}`);
  return sheet;
}

type RowEdit = (seq: number, cells: SpecCell[]) => SpecCell[];

/** A copy of the spec with each task row of 进展填报 passed through `edit`. */
function editRows(spec: WorkbookSpec, edit: RowEdit, modified: string): WorkbookSpec {
  const form = formSheetOf(spec);
  const rows = form.rows.map((row, index) => {
    const seq = valueOf(row.cells[column('seq')]);
    if (index < HEADER_ROW || typeof seq !== 'number') return row;
    return { ...row, cells: edit(seq, [...row.cells]) };
  });
  return {
    ...spec,
    properties: { ...spec.properties, modified },
    sheets: spec.sheets.map((sheet) => (sheet === form ? { ...form, rows } : sheet)),
  };
}

function fillRow(unit: string, statusText: (status: Status) => string = (status) => status): RowEdit {
  return (seq, cells) => {
    const status = demoStatus(unit, seq);
    cells[column('status')] = withValue(cells[column('status')], statusText(status));
    cells[column('text')] = withValue(cells[column('text')], say.progressText(status));
    if (status === '滞后' || status === '未启动') cells[column('problems')] = withValue(cells[column('problems')], say.problemText);
    cells[column('nextSteps')] = withValue(cells[column('nextSteps')], say.nextStepsText(status));
    return cells;
  };
}

function alterFirstTask(): RowEdit {
  let done = false;
  return (_seq, cells) => {
    if (done) return cells;
    done = true;
    const content = String(valueOf(cells[column('content')]) ?? '');
    cells[column('content')] = withValue(cells[column('content')], `${content}${say.alteredSuffix}`);
    return cells;
  };
}

function compose(...edits: RowEdit[]): RowEdit {
  return (seq, cells) => edits.reduce((acc, edit) => edit(seq, acc), cells);
}

/** Earlier than `iso` by one day (the superseded first return of a unit that sends twice). */
function dayBefore(iso: string): string {
  const time = Date.parse(iso) - 24 * 3600 * 1000;
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

/**
 * Fills the distributed returns as a week of real reporting would: all units but the last two
 * report; the third unit alters a task text; the fourth types 正在推进 for 序时推进; the fifth sends
 * an earlier draft and then its final return.
 */
export function fillDemoReturns({ returns, returnedAt }: DemoPlanInput): DemoOutcome {
  const silent = returns.slice(-2);
  const reporting = returns.slice(0, Math.max(0, returns.length - 2));
  const outcome: DemoOutcome = { returned: [], silentUnits: silent.map((r) => r.unit) };
  reporting.forEach((ret, index) => {
    let edit = fillRow(ret.unit);
    if (index === 2) {
      outcome.tamperedUnit = ret.unit;
      edit = compose(edit, alterFirstTask());
    } else if (index === 3) {
      outcome.synonymUnit = ret.unit;
      edit = fillRow(ret.unit, (status) => (status === '序时推进' ? '正在推进' : status));
    } else if (index === 4) {
      outcome.duplicateUnit = ret.unit;
      const draft = editRows(ret.spec, fillRow(`${ret.unit}#draft`), dayBefore(returnedAt));
      outcome.returned.push({ fileName: safeFileName(ret.fileName.replace(/\.xlsx$/, say.draftSuffix)), spec: draft });
    }
    outcome.returned.push({ fileName: ret.fileName, spec: editRows(ret.spec, edit, returnedAt) });
  });
  return outcome;
}
