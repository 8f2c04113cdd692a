/**
 * The pane's lights over the periods: a line each for 红灯 and 黄灯 across the reported periods, each
 * point labelled with its count, in the colours of the sheets' line chart. Plain SVG in React like
 * StatusChart (same chunk, loaded on first use), readable at 320 px for up to twelve periods: the
 * labels under the points drop the year when every period shares it (2023年5月 → 5月).
 */
import type { LightChartKey } from '../../app/index.js';
import { alertMessages } from '../../domain/messages/index.js';
import { CHART_FONT as FONT, CHART_MUTED as MUTED, CHART_SVG as SVG, CHART_WIDTH as WIDTH } from './chartStyle.js';

export interface LightsChartRow {
  label: string;
  红灯: number;
  黄灯: number;
}

export interface LightsChartProps {
  rows: readonly LightsChartRow[];
  /** The lines in order with their colours (RGB hex): LIGHT_CHART_SERIES, as on the sheets. */
  series: readonly { key: LightChartKey; color: string }[];
}

const LEFT = 22;
const RIGHT = WIDTH - 4;
const TOP = 34;
const BOTTOM = 118;
const HEIGHT = 150;
const SMALL = 10;

const RULE = 'var(--colorNeutralStroke2)';
/** 黄灯's line is dashed: where the two counts are equal the red line shows through it. */
const dash = (s: number) => (s === 0 ? undefined : '6 4');

/** The periods' labels, without the year when all of them share it. */
function shortLabels(labels: readonly string[]): string[] {
  const years = new Set(labels.map((label) => /^\d{4}年/.exec(label)?.[0] ?? label));
  if (years.size !== 1) return [...labels];
  const [year] = years;
  return labels.map((label) => (label.startsWith(year) && label.length > year.length ? label.slice(year.length) : label));
}

export function LightsChart({ rows, series }: LightsChartProps) {
  const max = Math.max(1, ...rows.flatMap((row) => series.map(({ key }) => row[key])));
  const step = (RIGHT - LEFT) / Math.max(1, rows.length);
  const x = (i: number) => LEFT + step * (i + 0.5);
  const y = (value: number) => BOTTOM - (value / max) * (BOTTOM - TOP);
  const labels = shortLabels(rows.map((row) => row.label));
  // Upright labels would not read in Chinese: with many periods every other one is named.
  const every = labels.some((label) => label.length * SMALL > step + 6) ? 2 : 1;
  let legendX = 0;
  return (
    <div data-testid="lights-chart">
      <svg role="img" aria-label={alertMessages.pane.trend.label(rows)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} style={SVG} fontSize={FONT}>
        {series.map(({ key, color }, s) => {
          const at = legendX;
          legendX += 22 + key.length * FONT + 12;
          return (
            <g key={key}>
              <line x1={at} y1={10} x2={at + 18} y2={10} stroke={`#${color}`} strokeWidth={2.5} strokeDasharray={dash(s)} />
              <circle cx={at + 9} cy={10} r={3} fill={`#${color}`} />
              <text x={at + 22} y={14}>
                {key}
              </text>
            </g>
          );
        })}
        <line x1={LEFT} y1={BOTTOM} x2={RIGHT} y2={BOTTOM} stroke={RULE} />
        <text x={LEFT - 4} y={TOP + 4} textAnchor="end" fill={MUTED} fontSize={SMALL}>
          {max}
        </text>
        <text x={LEFT - 4} y={BOTTOM + 4} textAnchor="end" fill={MUTED} fontSize={SMALL}>
          0
        </text>
        {series.map(({ key, color }, s) => (
          <g key={key}>
            <polyline points={rows.map((row, i) => `${x(i)},${y(row[key])}`).join(' ')} fill="none" stroke={`#${color}`} strokeWidth={2.5} strokeLinejoin="round" strokeDasharray={dash(s)} />
            {rows.map((row, i) => {
              // 红灯's count above its point, 黄灯's below, so equal counts do not print over each other.
              const labelY = s === 0 ? y(row[key]) - 6 : Math.min(y(row[key]) + 14, BOTTOM + 12);
              return (
                <g key={row.label}>
                  <circle cx={x(i)} cy={y(row[key])} r={3.5} fill={`#${color}`} />
                  <text x={x(i)} y={labelY} textAnchor="middle" fontSize={SMALL} fill={`#${color}`} fontWeight="bold">
                    {row[key]}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
        {labels.map((label, i) =>
          i % every === (rows.length - 1) % every ? (
            <text key={rows[i].label} x={x(i)} y={HEIGHT - 4} textAnchor="middle" fill={MUTED} fontSize={SMALL}>
              {label}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  );
}
