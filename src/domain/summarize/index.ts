/** Per-unit and per-leader summaries: the counts, the rows they are built from, and the periods. */
export { COUNT_KEYS, type SummaryCounts } from './counts.js';
export { summarize, summaryParts, leaderInput, type Summary, type SummarizeInput, type SummaryParts, type UnitSummary, type LeaderSummary, type PendingSummary } from './summarize.js';
export { periodChoices, periodCode, periodLabel, selectedPeriod, type PeriodChoice } from './periods.js';
export { summaryCsv } from './csv.js';
export { LEADER_KEYS, deciders, taskStatus, summarizeLeaders, type LeaderCounts, type TaskStatus } from './leaders.js';
export { LIGHT_CHART_SERIES, STATUS_CHART_SERIES, type LightChartKey, type StatusChartKey } from './chart.js';
export { lightsByPeriod, chartedPeriods, type PeriodLights, type LightsByPeriodInput } from './lights-by-period.js';
