/** Returns: per-unit return workbooks (distribute) and their consolidation into the master. */
export { planDistribution, returnFileName, returnDueDate, type DistributionPlan, type PlannedReturn, type ReturnTask, type PlanInput } from './plan.js';
export { buildReturnSpec, type ReturnSpecInput } from './spec.js';
export { readMeta, type ReturnMeta } from './meta.js';
export { taskFingerprint, sameTaskText } from './fingerprint.js';
export { normalizeStatus } from './status.js';
export { locateTable, type LocatedTable } from './locate.js';
export { dataRowIndexes, parseSeq } from './rows.js';
export { consolidateReturns, type ConsolidateInput, type ConsolidationResult } from './consolidate.js';
export { reportHasFindings, type ConsolidationReport, type EntryKind, type EntryOutcome, type InputEntry, type ReportEntry, type ReturnFile, type ReturnFileKind, type RowVersion, type UnitReceipt } from './report.js';
export { buildReturnStatusSheet, RETURN_STATUS_STYLES, type StatusSheetInput } from './status-sheet.js';
export { listWording, type ListWording } from './text.js';
