/**
 * The summary workbook printed for the meeting: 按单位 and 按领导, values (not formulas), a title
 * with the list and the period, A4 landscape one page wide, borders and a totals row.
 */
import { columnLetter } from '../grid.js';
import { masterMessages as say } from '../messages/master.js';
import type { TaskList } from '../model/schemas.js';
import type { RowSpec, SheetSpec, WorkbookSpec } from '../spec/types.js';
import { COUNT_KEYS, LEADER_KEYS, periodLabel, type Summary } from '../summarize/index.js';
import { HEADERS } from '../vocabulary.js';
import { listWording } from '../returns/text.js';
import { withPending } from './sheet-summaries.js';
import { FIRST_DATA_ROW, HEADER_ROW, MASTER_STYLES, printSetup, styled } from './layout.js';
import { buildAlertListSheet } from './sheet-alert-list.js';
import { ALERT_STYLES } from './sheet-alert-rules.js';
import { buildRankingSheet } from './sheet-scoring.js';
import { statusChart, withChart } from './summary-chart.js';
import { withLightsTrend } from './lights-trend.js';

export interface SummarySpecOptions {
  /** The period the summary counts (a code such as 2023Q1; '' when none). */
  period: string;
  /** ISO date the counts were made on (逾期 is relative to it). */
  today: string;
  /** ISO date-time of the file's timestamps. */
  generatedAt: string;
}

type Counts = object;
const countOf = (counts: Counts, key: string): number => (counts as Record<string, number>)[key] ?? 0;

interface ValueSheetParts {
  name: string;
  title: string;
  today: string;
  headers: readonly string[];
  keys: readonly string[];
  rows: { name: string; counts: Counts }[];
  note: string;
  chartTitle: string;
}

function valueSheet({ name, title, today, headers, keys, rows, note, chartTitle }: ValueSheetParts): SheetSpec {
  const width = 1 + keys.length;
  const lastColumn = columnLetter(width - 1);
  const totalRow = FIRST_DATA_ROW + rows.length;
  const noteRow = totalRow + 1;
  const body: RowSpec[] = rows.map((row) => ({
    cells: [styled(row.name, 'name'), ...keys.map((key) => styled(countOf(row.counts, key), 'count'))],
    height: 20,
  }));
  const totals = keys.map((key) => styled(rows.reduce((sum, row) => sum + countOf(row.counts, key), 0), 'total'));
  const sheet: SheetSpec = {
    name,
    columns: [{ width: 30 }, ...keys.map((key) => ({ width: key === 'units' || key === 'unitsReported' ? 13 : 10 }))],
    rows: [
      { cells: [styled(title, 'title')], height: 40 },
      { cells: [styled(say.summaryInfo(today), 'info')], height: 20 },
      { cells: headers.slice(0, width).map((header) => styled(header, 'header')), height: 24 },
      ...body,
      { cells: [styled(say.totalRow, 'total'), ...totals], height: 22 },
      { cells: [styled(note, 'note')], height: 48 },
    ],
    merges: [`A1:${lastColumn}1`, `A2:${lastColumn}2`, `A${noteRow}:${lastColumn}${noteRow}`],
    freeze: { rows: HEADER_ROW, columns: 1 },
    print: printSetup(width - 1, noteRow),
  };
  return withChart(sheet, statusChart(sheet, { title: chartTitle, headers: headers.slice(0, width), rowCount: rows.length }));
}

export function buildSummarySpec(summary: Summary, list: Pick<TaskList, 'title' | 'tasks'>, options: SummarySpecOptions): WorkbookSpec {
  const label = options.period ? periodLabel(options.period) : say.noPeriod;
  // The list's own name (天津市2023年优化营商环境责任清单), not the notice that issued it.
  const title = say.summaryTitle(listWording(list.title).name, label);
  return {
    properties: { title, creator: say.creator, created: options.generatedAt, modified: options.generatedAt },
    styles: { ...MASTER_STYLES, ...ALERT_STYLES },
    sheets: [
      withLightsTrend(valueSheet({
        name: say.summaryByUnitSheet,
        title,
        today: options.today,
        headers: HEADERS.summaryByUnit,
        keys: COUNT_KEYS,
        rows: summary.byUnit.map(({ unit, ...counts }) => ({ name: unit, counts })),
        // A list without leaders gets no 按领导 page (it would be a page of nothing); the note says why.
        note: summary.byLeader.length === 0 ? `${withPending(say.byUnitNote, summary)}\n${say.noLeadersNote}` : withPending(say.byUnitNote, summary),
        chartTitle: say.byUnitChartTitle,
      }), summary.lightsByPeriod.map((row) => ({ label: row.label, 红灯: row.红灯, 黄灯: row.黄灯 }))),
      ...(summary.byLeader.length === 0
        ? []
        : [
            valueSheet({
              name: say.summaryByLeaderSheet,
              title,
              today: options.today,
              headers: HEADERS.summaryByLeader,
              keys: LEADER_KEYS,
              rows: summary.byLeader.map(({ leader, ...counts }) => ({ name: leader, counts })),
              note: say.byLeaderNote,
              chartTitle: say.byLeaderChartTitle,
            }),
          ]),
      // 三色预警 and 排名 (src/domain/alerts, src/domain/scoring): what the meeting acts on.
      buildAlertListSheet(summary.alerts, list, title, options.today),
      buildRankingSheet({ ranking: summary.ranking, items: summary.scoreItems, periodLabel: label, today: options.today, live: false }),
    ],
  };
}
