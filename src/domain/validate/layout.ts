/**
 * Where the checked columns are: each sheet Duban writes is recognised by name, and its header row
 * is found by the header names (a title may sit above it), never by position.
 */
import { cellText, type CellValue, type SheetGrid } from '../grid.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import type { ColumnRole } from './types.js';

export interface SheetLayout {
  sheet: string;
  /** The headers that identify the header row. */
  required: readonly string[];
  /** Header name → what the column holds. */
  columns: Readonly<Record<string, ColumnRole>>;
  /**
   * Headers of columns Duban fills by formula from the others. A row with values in these alone is
   * empty: Excel keeps one such row in an empty table, its formulas computed from blank cells.
   */
  derived?: readonly string[];
}

const [SEQ, , , DEADLINE, LEADER, LEAD, SUPPORT] = HEADERS.taskList;
const [, UNIT, ROLE, BREAKDOWN_LEADER, MILESTONES, , STATUS] = HEADERS.breakdown;
const RETURN_ROLE = HEADERS.returnForm[3];

export const LAYOUTS: readonly SheetLayout[] = [
  {
    sheet: SHEETS.taskList,
    required: [SEQ, DEADLINE, LEAD],
    columns: { [SEQ]: 'seq', [DEADLINE]: 'deadline', [LEADER]: 'leaders', [LEAD]: 'leadUnits', [SUPPORT]: 'supportUnits' },
  },
  {
    sheet: SHEETS.breakdown,
    required: [SEQ, UNIT, ROLE],
    columns: { [SEQ]: 'seqRef', [UNIT]: 'unit', [ROLE]: 'role', [BREAKDOWN_LEADER]: 'leaders', [MILESTONES]: 'milestones', [STATUS]: 'status' },
  },
  {
    sheet: SHEETS.progress,
    required: [SEQ, UNIT, STATUS],
    columns: { [SEQ]: 'seqRef', [UNIT]: 'unit', [STATUS]: 'status' },
    derived: [HEADERS.progressMore[1], HEADERS.progressMore[2]],
  },
  {
    sheet: SHEETS.returnForm,
    required: [SEQ, STATUS],
    columns: { [SEQ]: 'seqRef', [DEADLINE]: 'deadline', [RETURN_ROLE]: 'role', [STATUS]: 'status' },
  },
];

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 30;

const squeeze = (value: CellValue | undefined) => cellText(value).replace(/\s+/g, '');

export interface LocatedColumns {
  headerRow0: number;
  /** Column index → role, for the columns present. */
  roles: Map<number, ColumnRole>;
  /** Role → column index (the first column with that header). */
  byRole: Map<ColumnRole, number>;
  /** Columns filled by formula (SheetLayout.derived), which do not make a row hold data. */
  derived: Set<number>;
}

/** The header row (0-based) and the checked columns, or null when no row carries the required headers. */
export function locateColumns(sheet: SheetGrid, layout: SheetLayout): LocatedColumns | null {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r += 1) {
    const names = (sheet.rows[r] ?? []).map(squeeze);
    if (!layout.required.every((header) => names.includes(header))) continue;
    const roles = new Map<number, ColumnRole>();
    const byRole = new Map<ColumnRole, number>();
    const derived = new Set<number>();
    names.forEach((name, c) => {
      if (layout.derived?.includes(name)) derived.add(c);
      const role = layout.columns[name];
      if (!role || byRole.has(role)) return;
      roles.set(c, role);
      byRole.set(role, c);
    });
    return { headerRow0: r, roles, byRole, derived };
  }
  return null;
}

/** The role of a column given its sheet and header text, for checking a single edited cell. */
export function columnRoleOf(sheetName: string, header: string): ColumnRole | undefined {
  const layout = LAYOUTS.find((candidate) => candidate.sheet === sheetName.trim());
  return layout?.columns[squeeze(header)];
}
