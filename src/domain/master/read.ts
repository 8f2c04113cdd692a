/**
 * Reads a master workbook back: the list and directory from the metadata sheet (exactly as written),
 * the progress from the rows of 进展汇总 (as the office may have edited them).
 */
import { DubanError } from '../errors.js';
import { cellAddress, cellText, isBlankRow, type CellValue, type SheetGrid, type WorkbookGrid } from '../grid.js';
import { masterMessages as say } from '../messages/master.js';
import type { AlertRules } from '../alerts/index.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import { periodCode } from '../summarize/index.js';
import { HEADERS, isOneOf, SHEETS, STATUSES } from '../vocabulary.js';
import { readMeta } from './meta.js';
import { PROGRESS_HEADERS } from './sheet-progress.js';
import { readAlertRules } from './sheet-alert-rules.js';
import { readScoringRules } from './sheet-scoring.js';
import { readReviews, type Review } from './sheet-review.js';
import { readClosures, type Closure } from './sheet-closure.js';
import type { ScoringRules } from '../scoring/index.js';

export interface MasterContent {
  list: TaskList;
  directory: UnitDirectory;
  progress: ProgressEntry[];
  /** The 预警规则 sheet's rules (defaults when an older master has none). */
  alertRules?: AlertRules;
  /** The 考核规则 sheet's rules (defaults when an older master has none). */
  scoringRules?: ScoringRules;
  /** The decided rows of the 审核 sheet. */
  reviews?: Review[];
  /** The tasks closed in the 办结销号 sheet. */
  closures?: Closure[];
}

const HEADER_SEARCH_ROWS = 30;
const squeeze = (value: CellValue | undefined) => cellText(value).replace(/\s+/g, '');

type Field = 'period' | 'unit' | 'seq' | 'status' | 'text' | 'problems' | 'nextSteps' | 'sourceFile' | 'receivedAt';
const FIELDS: readonly Field[] = ['period', 'unit', 'seq', 'status', 'text', 'problems', 'nextSteps', 'sourceFile', 'receivedAt'];
/** The fields a row cannot do without. */
const REQUIRED: readonly Field[] = ['period', 'unit', 'seq', 'status'];

/** Header row (0-based) and the column of each field, found by header names, never by position. */
function locate(sheet: SheetGrid, file: string | undefined): { headerRow0: number; columns: Map<Field, number> } {
  const names: string[] = FIELDS.map((_, i) => PROGRESS_HEADERS[i]);
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r += 1) {
    const row = sheet.rows[r] ?? [];
    const columns = new Map<Field, number>();
    row.forEach((value, c) => {
      const index = names.indexOf(squeeze(value));
      if (index >= 0 && !columns.has(FIELDS[index])) columns.set(FIELDS[index], c);
    });
    if (REQUIRED.every((field) => columns.has(field))) return { headerRow0: r, columns };
  }
  throw new DubanError(say.headerMissing(REQUIRED.map((field) => names[FIELDS.indexOf(field)])), { file, sheet: sheet.name });
}

function readProgress(sheet: SheetGrid, file: string | undefined): ProgressEntry[] {
  const { headerRow0, columns } = locate(sheet, file);
  const entries: ProgressEntry[] = [];
  for (let r = headerRow0 + 1; r < sheet.rows.length; r += 1) {
    const row = sheet.rows[r];
    const own = [...columns.values()].map((c) => row?.[c] ?? null);
    if (isBlankRow(own)) continue;
    const at = (field: Field) => ({ file, sheet: sheet.name, cell: cellAddress(r, columns.get(field) ?? 0) });
    const raw = (field: Field) => (columns.has(field) ? cellText(row?.[columns.get(field)!]) : '');
    const text = (field: Field) => raw(field).trim();
    for (const field of REQUIRED) {
      if (!text(field)) throw new DubanError(say.progressValueMissing(PROGRESS_HEADERS[FIELDS.indexOf(field)]), at(field));
    }
    const seq = Number(text('seq'));
    if (!Number.isInteger(seq) || seq <= 0) throw new DubanError(say.badSeq(text('seq')), at('seq'));
    const status = text('status');
    if (!isOneOf(STATUSES, status)) throw new DubanError(say.badStatus(status), at('status'));
    const entry: ProgressEntry = {
      period: periodCode(text('period')),
      unit: text('unit'),
      seq,
      status,
      text: raw('text'),
      sourceFile: text('sourceFile'),
    };
    if (raw('problems')) entry.problems = raw('problems');
    if (raw('nextSteps')) entry.nextSteps = raw('nextSteps');
    if (text('receivedAt')) entry.receivedAt = text('receivedAt');
    entries.push(entry);
  }
  return entries;
}

const REPORTERS_SEPARATORS = /[、，,；;\s]+/u;

/**
 * The directory with each group's 报送单位 as the office wrote it in 单位名录 (the one column of the
 * directory an office fills in), over what the metadata sheet kept. Without the sheet or the
 * column, the metadata's directory as it is.
 */
function withReporters(directory: UnitDirectory, grid: WorkbookGrid): UnitDirectory {
  const sheet = grid.sheets.find((candidate) => candidate.name.trim() === SHEETS.directory);
  if (!sheet) return directory;
  const [nameHeader, , , , reportersHeader] = HEADERS.directory;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r += 1) {
    const headers = (sheet.rows[r] ?? []).map(squeeze);
    const nameCol = headers.indexOf(nameHeader);
    const reportersCol = headers.indexOf(reportersHeader);
    if (nameCol < 0 || reportersCol < 0) continue;
    const written = new Map<string, string[]>();
    for (const row of sheet.rows.slice(r + 1)) {
      const name = cellText(row?.[nameCol]).trim();
      if (name) written.set(name, cellText(row?.[reportersCol]).split(REPORTERS_SEPARATORS).filter(Boolean));
    }
    return {
      units: directory.units.map((unit) => {
        const reporters = unit.kind === 'group' ? written.get(unit.name) : undefined;
        if (reporters === undefined) return unit;
        const { reporters: _kept, ...rest } = unit;
        return reporters.length > 0 ? { ...rest, reporters } : rest;
      }),
    };
  }
  return directory;
}

/**
 * The list, directory and progress of a master workbook read into a grid. A DubanError naming the
 * file (and sheet, cell) when the workbook is not a Duban master or a progress row is unusable.
 */
export function readMaster(grid: WorkbookGrid, file?: string): MasterContent {
  const meta = readMeta(grid, file);
  const { list } = meta;
  const directory = withReporters(meta.directory, grid);
  const sheet = grid.sheets.find((candidate) => candidate.name.trim() === SHEETS.progress);
  if (!sheet) throw new DubanError(say.sheetMissing(SHEETS.progress), { file });
  return { list, directory, progress: readProgress(sheet, file), alertRules: readAlertRules(grid, list.year, file), scoringRules: readScoringRules(grid, file), reviews: readReviews(grid, file), closures: readClosures(grid, list, file) };
}
