/**
 * The pane's status chart: one horizontal bar per unit or leader, stacked by the statuses of the
 * period in the colours of the sheets' charts. Drawn as plain SVG in React rather than with a chart
 * library: it is one chart type with a legend, a few kilobytes against a library's 50–200 KB, and
 * bars that run across (names on the left) stay readable at 320 px where columns with upright
 * Chinese names would not. Loaded on first use (SummaryChart.tsx).
 */
import { taskpaneMessages } from '../../domain/messages/index.js';
import type { StatusChartKey } from '../../app/index.js';
import { CHART_FONT as FONT, CHART_MUTED as MUTED, CHART_SVG as SVG, CHART_WIDTH as WIDTH } from './chartStyle.js';

export interface StatusChartRow {
  name: string;
  counts: Partial<Record<StatusChartKey, number>>;
}

export interface StatusChartProps {
  /** Who the rows are: 单位 or 分管领导. */
  what: string;
  rows: readonly StatusChartRow[];
  /** The stacked parts in order, with their colours (RGB hex): STATUS_CHART_SERIES, as on the sheets. */
  series: readonly { key: StatusChartKey; color: string }[];
}

const say = taskpaneMessages.summary.chart;
const NAME_WIDTH = 86;
const COUNT_WIDTH = 28;
const BAR_LEFT = NAME_WIDTH + 4;
const BAR_WIDTH = WIDTH - BAR_LEFT - COUNT_WIDTH;
const ROW = 17;
const BAR = 11;
const LEGEND = 22;
/** Names longer than this are cut with … (the whole name is in the row's title). */
const NAME_CHARS = 7;

const SCROLL = { overflowY: 'auto', maxHeight: '360px' } as const;

const short = (name: string) => (name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name);

export function StatusChart({ what, rows, series }: StatusChartProps) {
  const count = (row: StatusChartRow, key: StatusChartKey) => row.counts[key] ?? 0;
  const totalOf = (row: StatusChartRow) => series.reduce((sum, { key }) => sum + count(row, key), 0);
  const max = Math.max(1, ...rows.map(totalOf));
  const totals = series.map(({ key }) => ({ name: key, count: rows.reduce((sum, row) => sum + count(row, key), 0) }));
  const height = LEGEND + rows.length * ROW + 4;
  let legendX = 0;
  return (
    <div style={SCROLL} data-testid="summary-chart">
      <svg role="img" aria-label={say.label(what, rows.length, totals)} viewBox={`0 0 ${WIDTH} ${height}`} style={SVG} fontSize={FONT}>
        {series.map(({ key, color }) => {
          const x = legendX;
          legendX += 16 + key.length * FONT + 8;
          return (
            <g key={key}>
              <rect x={x} y={4} width={11} height={11} fill={`#${color}`} />
              <text x={x + 15} y={14}>
                {key}
              </text>
            </g>
          );
        })}
        {rows.map((row, i) => {
          const y = LEGEND + i * ROW;
          let x = BAR_LEFT;
          const parts = series.map(({ key }) => ({ name: key, count: count(row, key) }));
          return (
            <g key={row.name}>
              <title>{say.row(row.name, parts)}</title>
              <text x={0} y={y + BAR}>
                {short(row.name)}
              </text>
              {series.map(({ key, color }) => {
                const width = (count(row, key) / max) * BAR_WIDTH;
                const rect = width > 0 ? <rect key={key} x={x} y={y + 1} width={width} height={BAR} fill={`#${color}`} /> : null;
                x += width;
                return rect;
              })}
              <text x={x + 3} y={y + BAR} fill={MUTED}>
                {totalOf(row)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
