/**
 * What the summary charts show, wherever they are drawn (the sheets' charts, the pane's): each
 * row's tasks split by the status reported for the period, in the same colours everywhere.
 */
import { LIGHTS, NOT_REPORTED, STATUSES } from '../vocabulary.js';

/** The stacked parts of a status chart, from done to missing, with their colours (RGB hex). */
export const STATUS_CHART_SERIES = [
  { key: STATUSES[0], color: '70AD47' },
  { key: STATUSES[1], color: '5B9BD5' },
  { key: STATUSES[2], color: 'C00000' },
  { key: STATUSES[3], color: 'FFC000' },
  { key: NOT_REPORTED, color: 'A5A5A5' },
] as const;

export type StatusChartKey = (typeof STATUS_CHART_SERIES)[number]['key'];

/** The lines of the lights-over-periods chart (lights-by-period.ts): 红灯 and 黄灯, dark enough to read on white. */
export const LIGHT_CHART_SERIES = [
  { key: LIGHTS[0], color: 'C00000' },
  { key: LIGHTS[1], color: 'ED7D31' },
] as const;

export type LightChartKey = (typeof LIGHT_CHART_SERIES)[number]['key'];
