/**
 * 按单位汇总 and 按领导汇总: tables of COUNTIFS / SUMPRODUCT formulas over 责任分解 and 进展汇总,
 * recalculated by Excel and LibreOffice alike, for the period chosen in 按单位汇总!B2. Each formula's
 * cached result is what `summarize` computes, so viewers that do not recalculate show the same.
 * Only functions both programs share are used (COUNTIFS, SUMPRODUCT, FIND, ISNUMBER, TODAY …).
 */
import { columnLetter } from '../grid.js';
import type { FormulaValue, PivotSpec, RowSpec, SheetSpec, SpecCell } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';
import { COUNT_KEYS, LEADER_KEYS, type SummaryParts, type Summary } from '../summarize/index.js';
import { HEADERS, NOT_REPORTED, OVERDUE, ROLE_LABELS, SHEETS, STATUSES, type Status } from '../vocabulary.js';
import { leaderLightFormulas, periodLightFormulas, unitLightFormulas } from './alert-formulas.js';
import { withLightsTrend, type TrendRow } from './lights-trend.js';
import { parsePeriod } from '../period/index.js';
import { BREAKDOWN_COL } from './sheet-breakdown.js';
import { PROGRESS_COL } from './sheet-progress.js';
import { NAME_SEPARATOR } from './sheet-tasks.js';
import { statusChart, withChart } from './summary-chart.js';
import { FIRST_DATA_ROW, HEADER_ROW, NAMES, TABLES, columnRange, literal, printSetup, sheetRef, styled } from './layout.js';

export interface SummarySheetsInput {
  title: string;
  /** The tasks as 按领导 counts them: leaders, due date, deciding units and status for the period. */
  leaderTasks: { seq: number; leaders: readonly string[]; due: string | null; deciders: readonly string[]; status: string }[];
  parts: SummaryParts;
  summary: Summary;
  taskCount: number;
  progressCount: number;
  /** The metadata sheet's period code and label columns, when there are choices. */
  periodLabels?: { codes: string; labels: string };
}

const COUNT_WIDTH = 9;
const LEAD = ROLE_LABELS.lead;
/** The 逾期 column of a summary row: the 红灯 count builds on it. */
const overdueCell = (row: number) => `${columnLetter(COUNT_KEYS.indexOf(OVERDUE) + 1)}${row}`;

/** Range builders over the two source sheets. */
function sources(input: SummarySheetsInput) {
  const bd = (col: number) => columnRange(SHEETS.breakdown, col, input.parts.assignments.length);
  const p = (col: number) => columnRange(SHEETS.progress, col, input.progressCount);
  return {
    unit: bd(BREAKDOWN_COL.unit),
    role: bd(BREAKDOWN_COL.role),
    leaders: bd(BREAKDOWN_COL.leaders),
    due: bd(BREAKDOWN_COL.due),
    weight: bd(BREAKDOWN_COL.reporters),
    taskLeaders: columnRange(SHEETS.taskList, HEADERS.taskList.indexOf('分管领导'), input.taskCount),
    period: p(PROGRESS_COL.period),
    pUnit: p(PROGRESS_COL.unit),
    status: p(PROGRESS_COL.status),
    pLeaders: p(PROGRESS_COL.leaders),
    pSeq: p(PROGRESS_COL.seq),
    pDue: p(PROGRESS_COL.due),
  };
}
type Sources = ReturnType<typeof sources>;

/** The count formulas of a unit row (name in column A, groups it reports for given). */
function unitFormulas(s: Sources, row: number, groups: readonly string[]): string[] {
  const names = [`$A${row}`, ...groups.map(literal)];
  const sum = (term: (name: string) => string) => names.map(term).join('+');
  const inPeriod = `(${s.period}=${NAMES.period})*(${s.pUnit}=$A${row})`;
  const done = `SUMPRODUCT(${inPeriod}*(${s.status}="${STATUSES[0]}")*ISNUMBER(${s.pDue})*(${s.pDue}<TODAY()))`;
  return [
    sum((name) => `COUNTIFS(${s.unit},${name})`),
    sum((name) => `COUNTIFS(${s.unit},${name},${s.role},"${LEAD}")`),
    ...STATUSES.map((status: Status) => `SUMPRODUCT(${inPeriod}*(${s.status}="${status}"))`),
    `B${row}-SUMPRODUCT(${inPeriod})`,
    `${sum((name) => `COUNTIFS(${s.unit},${name},${s.due},"<"&TODAY())`)}-${done}`,
    ...unitLightFormulas(s, names, inPeriod, overdueCell(row)),
  ];
}

/**
 * The per-task helper columns (on the hidden metadata sheet): 序号, 分管领导, 截止日期, and the task's
 * status for the selected period, decided by its lead units as `summarize` decides it.
 */
export interface LeaderHelper {
  /** Cells of the helper block, header row first, four columns. */
  rows: SpecCell[][];
  leaders: string;
  due: string;
  status: string;
}

/** Where the helper block starts on the metadata sheet (column G, header on row 1). */
export const LEADER_HELPER_COLUMN0 = 6;

export function leaderHelper(input: SummarySheetsInput): LeaderHelper {
  const s = sources(input);
  const sheet = sheetRef(SHEETS.masterMeta);
  const col = (offset: number) => columnLetter(LEADER_HELPER_COLUMN0 + offset);
  const range = (offset: number) => `${sheet}!$${col(offset)}$2:$${col(offset)}$${Math.max(2, input.leaderTasks.length + 1)}`;
  const rows: SpecCell[][] = [['seq', 'leaders', 'due', 'status']];
  input.leaderTasks.forEach((task, i) => {
    const row = i + 2;
    const reported = (status: string) =>
      `SUMPRODUCT((${s.period}=${NAMES.period})*(${s.pSeq}=$${col(0)}${row})*(${s.status}="${status}")*ISNUMBER(MATCH(${s.pUnit},{${task.deciders.map(literal).join(',')}},0)))`;
    const formula = task.deciders.length === 0
      ? `"${NOT_REPORTED}"`
      : SEVERITY_ORDER.reduceRight((rest, status) => `IF(${reported(status)}>0,"${status}",${rest})`, `"${NOT_REPORTED}"`);
    rows.push([task.seq, task.leaders.join(NAME_SEPARATOR), task.due ? { date: task.due } : '', { formula, result: task.status }]);
  });
  return { rows, leaders: range(1), due: range(2), status: range(3) };
}

/** The count formulas of a leader row (name in column A), in LEADER_KEYS order. */
function leaderFormulas(s: Sources, helper: LeaderHelper, row: number): string[] {
  const has = (range: string) => `ISNUMBER(FIND("${NAME_SEPARATOR}"&$A${row}&"${NAME_SEPARATOR}","${NAME_SEPARATOR}"&${range}&"${NAME_SEPARATOR}"))`;
  const tasks = has(helper.leaders);
  const rows = has(s.leaders);
  const reported = `${has(s.pLeaders)}*(${s.period}=${NAMES.period})`;
  const overdueUnits =
    `SUMPRODUCT(${rows}*ISNUMBER(${s.due})*(${s.due}<TODAY())*${s.weight})` +
    `-SUMPRODUCT(${reported}*(${s.status}="${STATUSES[0]}")*ISNUMBER(${s.pDue})*(${s.pDue}<TODAY()))`;
  return [
    `SUMPRODUCT(${tasks}*1)`,
    ...[...STATUSES, NOT_REPORTED].map((status) => `SUMPRODUCT(${tasks}*(${helper.status}="${status}"))`),
    `SUMPRODUCT(${tasks}*ISNUMBER(${helper.due})*(${helper.due}<TODAY())*(${helper.status}<>"${STATUSES[0]}"))`,
    `SUMPRODUCT(${rows}*${s.weight})`,
    `SUMPRODUCT(${reported})`,
    // 红灯/黄灯 count the leader's tasks × units, as the 预警清单 lists them (the 逾期 column counts
    // tasks, so the lights build on the task × unit overdue count instead).
    ...leaderLightFormulas(s, rows, reported, `(${overdueUnits})`),
  ];
}

/** Least advanced first: a task's status when its lead units differ (as in `summarize`). */
const SEVERITY_ORDER = ['滞后', '未启动', '序时推进', '已完成'] as const;

/** A row's counts by key (the unit and leader summaries alike). */
type Counts = object;
const countOf = (counts: Counts, key: string): number => (counts as Record<string, number>)[key] ?? 0;

function countCells(keys: readonly string[], formulas: string[], counts: Counts): SpecCell[] {
  return keys.map((key, i) => styled({ formula: formulas[i], result: countOf(counts, key) }, 'count'));
}

interface SheetParts {
  name: string;
  title: string;
  headers: readonly string[];
  keys: readonly string[];
  rows: { name: string; counts: Counts; formulas: string[]; extra?: string }[];
  periodCell: SpecCell;
  note: string;
  /** The pivot's name and the 进展汇总 field of its rows. */
  pivot: { name: string; rowField: string };
  widths: number[];
  chartTitle: string;
}

/**
 * The PivotTable over 进展汇总 next to a summary table (the Excel add-in builds it where the API
 * allows): rows by `rowField`, statuses across, 序号 counted, filtered by period. It starts on the
 * header row, after two blank columns right of the table.
 */
function progressPivot(name: string, rowField: string, tableWidth: number): PivotSpec {
  return {
    name,
    source: TABLES.progress,
    anchor: `${columnLetter(tableWidth + 2)}${HEADER_ROW}`,
    rows: [rowField],
    columns: [HEADERS.progress[3]],
    values: [{ field: HEADERS.progress[2], summarizeBy: 'count' }],
    filters: [HEADERS.progress[0]],
  };
}

function totalsRow(keys: readonly string[], rows: SheetParts['rows'], firstRow: number, width: number): RowSpec {
  const lastRow = firstRow + rows.length - 1;
  const cells: SpecCell[] = [styled(say.totalRow, 'total')];
  keys.forEach((key, i) => {
    const letter = columnLetter(i + 1);
    const total = rows.reduce((sum, row) => sum + countOf(row.counts, key), 0);
    cells.push(styled(rows.length > 0 ? ({ formula: `SUM(${letter}${firstRow}:${letter}${lastRow})`, result: total } satisfies FormulaValue) : 0, 'total'));
  });
  while (cells.length < width) cells.push(styled('', 'total'));
  return { cells, height: 22 };
}

function summarySheet(parts: SheetParts, labelFormula: SpecCell): SheetSpec {
  const width = parts.headers.length;
  const lastColumn = columnLetter(width - 1);
  const first = FIRST_DATA_ROW;
  const lastRow = first + parts.rows.length - 1;
  const totalRow = first + parts.rows.length;
  const noteRow = totalRow + 2;
  const dataRows: RowSpec[] = parts.rows.map((row) => ({
    cells: [styled(row.name, 'name'), ...countCells(parts.keys, row.formulas, row.counts), ...(width > 1 + parts.keys.length ? [styled(row.extra ?? '', 'name')] : [])],
  }));
  const sheet: SheetSpec = {
    name: parts.name,
    tabColor: 'C55A11',
    columns: parts.widths.map((w) => ({ width: w })),
    rows: [
      { cells: [styled(parts.title, 'title')], height: 36 },
      { cells: [styled(say.periodLabel, 'label'), parts.periodCell, labelFormula], height: 24 },
      { cells: parts.headers.map((header) => styled(header, 'header')), height: 24 },
      ...dataRows,
      totalsRow(parts.keys, parts.rows, first, width),
      { cells: [] },
      { cells: [styled(parts.note, 'note')], height: 48 },
    ],
    merges: [`A1:${lastColumn}1`, `C2:${lastColumn}2`, `A${noteRow}:${lastColumn}${noteRow}`],
    freeze: { rows: HEADER_ROW, columns: 1 },
    conditionalFormats: parts.rows.length > 0 ? [{ range: `B${first}:B${lastRow}`, rules: [{ type: 'dataBar', color: '5B9BD5' }] }] : [],
    protection: { allowFormatColumns: true },
    print: printSetup(width - 1, noteRow),
    pivots: [progressPivot(parts.pivot.name, parts.pivot.rowField, width)],
  };
  return withChart(sheet, statusChart(sheet, { title: parts.chartTitle, headers: parts.headers, rowCount: parts.rows.length }));
}

/** "2023年第一季度" next to the selector, looked up from the metadata sheet. */
function labelCell(input: SummarySheetsInput, label: string): SpecCell {
  const value = input.periodLabels
    ? { formula: `IFERROR(INDEX(${input.periodLabels.labels},MATCH(${NAMES.period},${input.periodLabels.codes},0)),"")`, result: label }
    : '';
  return styled(value, 'info');
}

/** The note, followed by how many tasks wait for a unit when some do. */
export function withPending(note: string, summary: Pick<Summary, 'pending'>): string {
  const { pending } = summary;
  return pending.tasks > 0 ? `${note}\n${say.pendingSummary(pending.tasks, pending.groups.map((group) => group.group).join(NAME_SEPARATOR))}` : note;
}

/**
 * The lights of each period as formulas on the day they are counted on, MIN(period's last day,
 * TODAY()), rather than values: a past period's day no longer moves, but an edit of 预警规则 must
 * still recount every period, as it recounts today's columns.
 */
function trendRows(s: Sources, summary: Pick<Summary, 'lightsByPeriod'>): TrendRow[] {
  return summary.lightsByPeriod.map((row) => {
    const end = parsePeriod(row.period)!.end.split('-').map(Number);
    const day = `MIN(DATE(${end.join(',')}),TODAY())`;
    const [red, yellow] = periodLightFormulas(s, `(${s.period}=${literal(row.period)})`, day);
    return { label: row.label, 红灯: { formula: red, result: row.红灯 }, 黄灯: { formula: yellow, result: row.黄灯 } };
  });
}

export function buildByUnitSheet(input: SummarySheetsInput, periodLabel: string): SheetSpec {
  const s = sources(input);
  const rows = input.parts.units.map(({ unit, groups }, i) => {
    const counts = input.summary.byUnit[i];
    return { name: unit, counts, formulas: unitFormulas(s, FIRST_DATA_ROW + i, groups), extra: groups.join(NAME_SEPARATOR) };
  });
  const title = say.byUnitTitle(input.title);
  const sheet = summarySheet(
    {
      name: SHEETS.byUnit,
      title,
      headers: HEADERS.summaryByUnit,
      keys: COUNT_KEYS,
      rows,
      periodCell: styled(input.parts.period, 'selector'),
      note: withPending(say.byUnitNote, input.summary),
      widths: [28, ...COUNT_KEYS.map(() => COUNT_WIDTH), 16],
      pivot: { name: 'DubanPivotByUnit', rowField: HEADERS.progress[1] },
      chartTitle: say.byUnitChartTitle,
    },
    labelCell(input, periodLabel),
  );
  return withLightsTrend(sheet, trendRows(s, input.summary));
}

export function buildByLeaderSheet(input: SummarySheetsInput, periodLabel: string, helper: LeaderHelper): SheetSpec {
  const s = sources(input);
  const rows = input.parts.leaders.map((leader, i) => ({ name: leader, counts: input.summary.byLeader[i], formulas: leaderFormulas(s, helper, FIRST_DATA_ROW + i) }));
  const title = say.byLeaderTitle(input.title);
  const sheet = summarySheet(
    {
      name: SHEETS.byLeader,
      title,
      headers: HEADERS.summaryByLeader,
      keys: LEADER_KEYS,
      rows,
      periodCell: styled({ formula: `${NAMES.period}&""`, result: input.parts.period }, 'count'),
      note: input.parts.leaders.length === 0 ? say.noLeadersNote : `${say.leaderPeriodNote}${say.byLeaderNote}`,
      widths: [16, ...LEADER_KEYS.map((key) => (key === 'units' || key === 'unitsReported' ? 12 : COUNT_WIDTH))],
      pivot: { name: 'DubanPivotByLeader', rowField: HEADERS.progressMore[1] },
      chartTitle: say.byLeaderChartTitle,
    },
    labelCell(input, periodLabel),
  );
  return sheet;
}
