/** The master workbook (督办总表): its WorkbookSpec, reading it back, and the printed summary. */
export { buildMasterSpec, type MasterInput } from './spec.js';
export { readMaster, type MasterContent } from './read.js';
export { buildSummarySpec, type SummarySpecOptions } from './summary-spec.js';
export { gridOfSpec, gridOfSheet, specCellValue } from './grid-of-spec.js';
export { BREAKDOWN_HEADERS, BREAKDOWN_COL, latestEntries, milestoneText } from './sheet-breakdown.js';
export { PROGRESS_HEADERS, PROGRESS_COL } from './sheet-progress.js';
export { NAME_SEPARATOR } from './sheet-tasks.js';
export { MASTER_META, CHUNK_SIZE, chunkText } from './meta.js';
export { MASTER_STYLES, NAMES, TABLES, HEADER_ROW, FIRST_DATA_ROW, PERIOD_CELL } from './layout.js';
export { withFindings, type FindingRow } from './sheet-findings.js';
export { readDirectorySheet, workbookDirectory, type DirectoryRead } from './sheet-directory.js';
export { ALERT_NAMES, buildAlertRulesSheet, readAlertRules } from './sheet-alert-rules.js';
export { buildRankingSheet, buildScoringRulesSheet, readScoringRules } from './sheet-scoring.js';
export { buildReviewSheet, readReviews, sentBackBefore, sentBackLines, type Review } from './sheet-review.js';
export { buildClosureSheet, readClosures, type Closure } from './sheet-closure.js';
export { closureEntries } from './closure-entries.js';
export { mergeProgress, buildMergedMasterSpec, type MergedMasterInput } from './merge.js';
export { applyClosures, applyReviews, closeCandidatesOf, keptSheet, masterSheetsSpec, reviewRowsOf, sendBackNotice, type CloseCandidate, type ClosureInput, type ClosureRequest, type ReviewDecision, type ReviewRow } from './review-actions.js';
