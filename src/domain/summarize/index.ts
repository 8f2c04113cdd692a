/** Per-unit and per-leader summaries: the counts, the rows they are built from, and the periods. */
export { COUNT_KEYS, type SummaryCounts } from './counts.js';
export { summarize, summaryParts, leaderInput, type Summary, type SummarizeInput, type SummaryParts, type UnitSummary, type LeaderSummary, type PendingSummary } from './summarize.js';
// The assignments summaries count over; their home is domain/assignments (re-exported while src/app/create-master.ts takes them from here).
export { assignmentsOf, pendingOf, reportingUnits, type Assignment } from '../assignments/index.js';
export { periodChoices, periodCode, periodLabel, selectedPeriod, type PeriodChoice } from './periods.js';
export { summaryCsv } from './csv.js';
export { LEADER_KEYS, deciders, taskStatus, summarizeLeaders, type LeaderCounts, type TaskStatus } from './leaders.js';
