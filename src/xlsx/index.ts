/**
 * The ExcelJS adapter: render a WorkbookSpec to .xlsx, read any .xlsx into plain grids, and tell
 * what kind of file a user gave when it is not one, read a returned file from its bytes.
 */
export { renderWorkbook, renderWorkbookBytes, writeWorkbook } from './render.js';
export { readWorkbook, type ReadOptions, type SheetState } from './read.js';
export { detectFileKind } from './detect.js';
export { readReturnBytes, type ReturnFileFacts } from './read-return.js';
