/**
 * 校验 / duban validate: every finding of a workbook's 任务清单 and 责任分解 (a master, or a return
 * form), judged against the workbook's own 单位名录; and 即时校验 of each edited cell in Excel.
 */
import { DubanError } from '../domain/errors.js';
import { cellAddress, type CellValue, type WorkbookGrid } from '../domain/grid.js';
import { validateMessages } from '../domain/messages/index.js';
import type { OperationOptions } from '../domain/operation.js';
import { parsePeriod } from '../domain/period/index.js';
import type { CellChange } from '../domain/spec/index.js';
import type { Finding, LocatedColumns, ValidationReport } from '../domain/validate/index.js';
import { SHEETS } from '../domain/vocabulary.js';
import { masterModule, returnsModule, unitsModule, validateModule } from './lazy.js';
import type { Catalogue, MasterStore } from './ports.js';

/** The sheets validation reads: the checked layouts, and where the year and the directory are written. */
async function checkedSheets(): Promise<string[]> {
  const { LAYOUTS } = await validateModule();
  return [...LAYOUTS.map((layout) => layout.sheet), SHEETS.masterMeta, SHEETS.directory, SHEETS.returnMeta];
}

/** A return form states its period in its metadata; the period's year is the list's. */
async function returnYear(grid: WorkbookGrid): Promise<number | undefined> {
  const { readMeta } = await returnsModule();
  const period = parsePeriod(readMeta(grid)?.period ?? '');
  return period ? Number(period.start.slice(0, 4)) : undefined;
}

/** The year and the unit matcher a workbook is judged by; `file` names it in messages. */
async function judgedBy(grid: WorkbookGrid, catalogue: Catalogue, settings: { year?: number; file?: string }) {
  const [{ inferListYear }, { workbookDirectory }, { createUnitMatcher }] = await Promise.all([validateModule(), masterModule(), unitsModule()]);
  const year = settings.year ?? inferListYear(grid) ?? (await returnYear(grid));
  if (year === undefined) throw new DubanError(validateMessages.yearUnknown, { file: settings.file }, 'workbookYearUnknown');
  // The workbook's own 单位名录 as the user left it; the built-in directory only for a workbook without one.
  return { year, matcher: createUnitMatcher(workbookDirectory(grid) ?? (await catalogue.directory())) };
}

export interface ValidateInput {
  /** 清单年份 when the workbook does not say it. */
  year?: number;
  /** The file's name, for messages. */
  file?: string;
}

export async function validateStoredWorkbook(
  ports: { store: MasterStore; catalogue: Catalogue },
  input: ValidateInput = {},
  options: OperationOptions = {},
): Promise<ValidationReport> {
  const grid = await ports.store.readMaster(await checkedSheets());
  const [{ validateWorkbook, LAYOUTS }, context] = await Promise.all([validateModule(), judgedBy(grid, ports.catalogue, input)]);
  const report = validateWorkbook(grid, context, options);
  if (report.sheetsChecked.length === 0) throw new DubanError(validateMessages.nothingToValidate(LAYOUTS.map((layout) => layout.sheet)), { file: input.file });
  return report;
}

/** The findings of the cells of one change, judged by the column each cell is in. */
export function judgeChange(
  change: Extract<CellChange, { kind: 'cells' }>,
  columns: ReadonlyMap<string, LocatedColumns>,
  validate: (input: { sheet: string; cell: string; role: NonNullable<ReturnType<LocatedColumns['roles']['get']>>; value: CellValue }) => Finding[],
): Finding[] {
  const located = columns.get(change.sheet);
  if (!located) return [];
  const findings: Finding[] = [];
  change.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const row0 = change.row0 + r;
      const col0 = change.col0 + c;
      const role = located.roles.get(col0);
      if (row0 <= located.headerRow0 || !role) return;
      findings.push(...validate({ sheet: change.sheet, cell: cellAddress(row0, col0), role, value }));
    }),
  );
  return findings;
}

export interface LiveResult {
  sheet: string;
  address: string;
  findings: Finding[];
  /** Set when the change was too large to check cell by cell. */
  note?: string;
}

/** A store that reports the user's edits (the open workbook in Excel). */
export interface WatchedStore extends MasterStore {
  watch(sheets: readonly string[], handler: (change: CellChange) => void, onError: (error: unknown) => void): Promise<() => Promise<void>>;
}

/** 即时校验: validates each edited cell of the checked sheets; resolves to the function that stops it. */
export async function startLiveValidation(
  ports: { store: WatchedStore; catalogue: Catalogue },
  onResult: (result: LiveResult) => void,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  const grid = await ports.store.readMaster(await checkedSheets());
  const [{ LAYOUTS, locateColumns, createCellValidator }, context] = await Promise.all([validateModule(), judgedBy(grid, ports.catalogue, {})]);
  const columns = new Map<string, LocatedColumns>();
  for (const layout of LAYOUTS) {
    const sheet = grid.sheets.find((candidate) => candidate.name === layout.sheet);
    const located = sheet ? locateColumns(sheet, layout) : null;
    if (located) columns.set(layout.sheet, located);
  }
  if (columns.size === 0) throw new DubanError(validateMessages.nothingToValidate(LAYOUTS.map((layout) => layout.sheet)));
  const validator = createCellValidator(context);
  return ports.store.watch(
    [...columns.keys()],
    (change) => {
      if (change.kind === 'tooLarge') onResult({ sheet: change.sheet, address: change.address, findings: [], note: change.message });
      else onResult({ sheet: change.sheet, address: change.address, findings: judgeChange(change, columns, (cell) => validator.validateCell(cell)) });
    },
    onError,
  );
}
