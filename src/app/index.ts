/**
 * The application layer: one use case per operation, shared by the CLI (src/cli) and the task pane
 * (src/taskpane). Each takes its ports (ports.ts), plain input and {signal, onProgress}, and
 * returns a typed outcome; the shells parse their input and present the outcome in their own way.
 */
export type { Catalogue, Clock, Download, FileSink, InputFile, MasterStore, ReturnSource, WriteOptions, WriteOutcome } from './ports.js';
export { DOCX_MIME, XLSX_MIME } from './ports.js';
export { BUILTIN_LIST_IDS, catalogueOf, isBuiltinListId, type BuiltinListId, type CatalogueData } from './catalogue.js';
export { readYear, readPeriodText, readDate, periodOutsideYear } from './options.js';
export { defaultPeriod, infoOf, masterInfo, openMaster, readMasterFile, MASTER_SHEETS, type MasterInfo } from './master.js';
export { importList, type ImportedList, type ImportProblem, type ImportSettings, type ListInput } from './import-list.js';
export { createMaster, exportList, type CreateMasterInput, type CreateMasterOutcome, type DirectoryOrigin, type ListSource, type MasterPorts } from './create-master.js';
export { validateStoredWorkbook, startLiveValidation, judgeChange, type LiveResult, type ValidateInput, type WatchedStore } from './validate.js';
export { distributeReturns, type DistributeOutcome } from './distribute.js';
export { consolidateReturnFiles, type ConsolidateOutcome } from './consolidate.js';
export { returnsInMemory, shownNames } from './returns-in-memory.js';
export { summarizeMaster, summaryWorkbook, summaryCsvText, summaryJson, type SummaryOutcome, type SummarizeInput } from './summarize.js';
export { draftBrief, type BriefInput, type BriefOutcome } from './brief.js';
export {
  closeCandidates,
  closeTasks,
  recordReviews,
  reviewRows,
  type CandidateListing,
  type CloseCandidate,
  type CloseOutcome,
  type Closure,
  type ClosureRequest,
  type ReviewDecision,
  type ReviewListing,
  type ReviewOutcome,
  type ReviewRow,
} from './review.js';
export { fillDemoReturnFiles, type DemoReturnsOutcome } from './demo.js';
export { onFirstUse, xlsxModule, zipModule } from './lazy.js';

// What the shells present with: the domain's error and cancellation, period labels, report helpers.
export { DubanError, type ErrorCode } from '../domain/errors.js';
export { CancelledError, type OperationOptions, type Progress } from '../domain/operation.js';
export { localIso } from '../domain/datetime.js';
export { COUNT_KEYS, LEADER_KEYS, LIGHT_CHART_SERIES, STATUS_CHART_SERIES, periodLabel, type PeriodChoice, type StatusChartKey, type LightChartKey } from '../domain/summarize/index.js';
export { reportHasFindings } from '../domain/returns/index.js';
