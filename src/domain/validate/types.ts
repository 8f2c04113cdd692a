/** The vocabulary of validation: findings, their kinds, and what a check needs to know. */
import type { CellValue } from '../grid.js';
import type { UnitMatcher } from '../units/index.js';

export const FINDING_KINDS = [
  'unknown-unit',
  'alias-unit',
  'pending-group',
  'duplicate-unit-in-cell',
  'lead-missing',
  'unparseable-deadline',
  'impossible-date',
  'deadline-outside-list-year',
  'leader-unknown',
  'status-invalid',
  'seq-duplicate',
  'seq-gap',
  'seq-invalid',
  'seq-unknown',
  'role-invalid',
  'header-missing',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One problem in one cell, as the 校验结果 sheet and `duban validate --json` show it. */
export interface Finding {
  sheet: string;
  /** A1 address. */
  cell: string;
  kind: FindingKind;
  /** The offending text: the unit or leader name for unit and leader findings, else the cell's text. */
  value: string;
  /** Chinese, complete. */
  message: string;
  /** What to write instead ('' when there is nothing sure to suggest). */
  suggestion: string;
}

/** A finding before it is placed in a cell. */
export type Verdict = Omit<Finding, 'sheet' | 'cell'>;

/**
 * What a column holds, which decides the checks on its cells:
 * seq — 任务清单's own numbering; seqRef — a number that must exist in 任务清单;
 * deadline — a 完成时限 phrase (in the list's year); milestones — a 时限节点 phrase (any year);
 * leaders — leader names; leadUnits / supportUnits — units of a task row; unit — a unit of a
 * 责任分解 or 进展汇总 row; role — 牵头 / 配合; status — a 进展状态.
 */
export type ColumnRole =
  | 'seq'
  | 'seqRef'
  | 'deadline'
  | 'milestones'
  | 'leaders'
  | 'leadUnits'
  | 'supportUnits'
  | 'unit'
  | 'role'
  | 'status';

export interface ValidationContext {
  matcher: UnitMatcher;
  /** The list's year: 年底前 means 12-31 of it, and deadlines should fall in it. */
  year: number;
  /**
   * The known leaders. Without it, the leaders named in 任务清单 are the known ones, and only the
   * other sheets' leader cells are checked against them.
   */
  leaders?: readonly string[];
}

/** One cell to check on its own, e.g. the cell a user just edited. */
export interface CellInput {
  sheet: string;
  cell: string;
  role: ColumnRole;
  value: CellValue;
}

export interface ValidationReport {
  findings: Finding[];
  /** Every kind, zero included. */
  counts: Record<FindingKind, number>;
  /** The sheets that were recognised and checked, in workbook order. */
  sheetsChecked: string[];
}

export function countFindings(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}
