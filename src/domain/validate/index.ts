/** Cell validation of workbooks in Duban's layout: findings with cells, messages and suggestions. */
export { validateWorkbook } from './workbook.js';
export { createCellValidator, validateCell, readSeq, type CellValidator } from './cell.js';
export { columnRoleOf, locateColumns, LAYOUTS, type SheetLayout, type LocatedColumns } from './layout.js';
export { inferListYear } from './year.js';
export {
  FINDING_KINDS,
  countFindings,
  type CellInput,
  type ColumnRole,
  type Finding,
  type FindingKind,
  type ValidationContext,
  type ValidationReport,
  type Verdict,
} from './types.js';
