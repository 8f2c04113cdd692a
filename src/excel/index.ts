/** The Office.js adapter: what the task pane's operations may call. */
export { renderSpecToWorkbook, SheetsExistError, type RenderOptions, type RenderResult, type SkippedFeature } from './render.js';
export { widthToPoints } from './cells.js';
export { readWorkbookGrid, type ReadOptions } from './read.js';
export { attachLiveValidation, OwnWrites, type BatchRunner, type CellChange, type ChangeHandler, type LiveOptions } from './live.js';
export { officeRequirementCheck, FEATURE_SETS, type Feature, type RequirementCheck } from './requirements.js';
export { BUDGET_BYTES } from './budget.js';
export { textForExcel, needsTextGuard } from './values.js';
