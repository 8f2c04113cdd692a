/**
 * What the task pane does, as plain async functions over a Workspace (the open Excel workbook or the
 * standalone in-memory file). React components call these and nothing below them; these call the
 * domain, src/excel (through the workspace) and src/xlsx. Long ones take OperationOptions.
 *
 * What the first screen does not need is loaded on first use, as chunks of its own (webpack splits
 * at each import()): ExcelJS and the xlsx code, jszip, the unit matcher with its pinyin and
 * traditional→simplified dictionaries, the import code, the returns code. The pane starts with the
 * rest (see the build test's size limit).
 */
import { localIso } from '../domain/datetime.js';
import { DubanError } from '../domain/errors.js';
import { safeFileName } from '../domain/filename.js';
import { cellAddress, type CellValue, type WorkbookGrid } from '../domain/grid.js';
import type { ColumnMapping } from '../domain/import/index.js';
import { readMaster, sentBackLines, type MasterContent } from '../domain/master/index.js';
import { briefMessages, gridImportMessages, noticeMessages, taskpaneMessages as say, unitMessages } from '../domain/messages/index.js';
import { parseTaskList, type TaskList, type UnitDirectory } from '../domain/model/index.js';
import { throwIfCancelled, type OperationOptions } from '../domain/operation.js';
import { parsePeriod, readPeriod, type Period } from '../domain/period/index.js';
import type { ConsolidationReport, ReturnFile } from '../domain/returns/index.js';
import { periodChoices, periodLabel, selectedPeriod, type PeriodChoice, type Summary } from '../domain/summarize/index.js';
import type { AliasDecision, TypoDecision } from '../domain/units/index.js';
import { inferListYear, LAYOUTS, locateColumns, type Finding, type LocatedColumns, type ValidationReport } from '../domain/validate/index.js';
import { SHEETS } from '../domain/vocabulary.js';
import type { CellChange, SkippedFeature } from '../excel/index.js';
import { builtinDirectory, builtinList } from './builtin.js';
import { onFirstUse, xlsxModule as xlsx } from './lazy.js';
import { XLSX_MIME, type Download, type ExcelWorkspace, type StandaloneWorkspace, type Workspace } from './workspace.js';

/** The chunks loaded on first use (lazy.ts); xlsx is shared with the standalone workspace. */
const listSheet = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/list-sheet.js'));
const fileKind = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/detect.js'));
const docx = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/docx.js'));
const csv = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../domain/csv.js'));
// The master's builder and its 单位名录 reader normalize unit names (traditional → simplified): loaded with the units.
const masterBuilder = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/master/spec.js'));
const directorySheet = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/master/sheet-directory.js'));
const units = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/units/index.js'));
const importer = onFirstUse(() => import(/* webpackChunkName: "import" */ '../domain/import/index.js'));
const returns = onFirstUse(() => import(/* webpackChunkName: "returns" */ '../domain/returns/index.js'));
// Summaries, validation and the 通报 resolve unit names through the directory (the dictionaries above).
const summaries = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/summarize/index.js'));
const validation = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/validate/index.js'));
const briefs = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/brief/index.js'));
const zipper = onFirstUse(async () => (await import(/* webpackChunkName: "jszip" */ 'jszip')).default);

const CHECKED_SHEETS = [...LAYOUTS.map((layout) => layout.sheet), SHEETS.masterMeta, SHEETS.directory];

/** Lets the browser paint between heavy steps, so progress shows and 取消 can be pressed. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The sheets readMaster needs: the metadata (list, directory), 进展汇总, and 单位名录 (who reports for a group). */
const MASTER_SHEETS = [SHEETS.masterMeta, SHEETS.progress, SHEETS.directory];

async function currentMaster(workspace: Workspace): Promise<MasterContent> {
  const grid = await workspace.readMaster(MASTER_SHEETS);
  if (grid.sheets.length === 0) throw new DubanError(say.noMaster);
  return readMaster(grid);
}

/** The units that get a return (as `distribute` counts them) and the groups still waiting for a unit. */
async function unitCount(list: TaskList, directory: UnitDirectory): Promise<{ units: number; pendingGroups: number }> {
  const { assignmentsOf, pendingOf, reportingUnits } = await summaries();
  const assignments = assignmentsOf(list, directory);
  return { units: reportingUnits(assignments).length, pendingGroups: pendingOf(assignments).groups.length };
}

export interface MasterInfo {
  title: string;
  tasks: number;
  periods: PeriodChoice[];
}

/** What the open master holds, or null when the workspace has none (nothing loaded yet). */
export async function masterInfo(workspace: Workspace): Promise<MasterInfo | null> {
  const grid = await workspace.readMaster(MASTER_SHEETS);
  if (!grid.sheets.some((sheet) => sheet.name === SHEETS.masterMeta)) return null;
  const master = readMaster(grid);
  return { title: master.list.title, tasks: master.list.tasks.length, periods: periodChoices(master.list, master.progress) };
}

/** 打开已有的督办总表 (standalone): reads the file and makes it the master if it is one. */
export async function openMasterFile(workspace: StandaloneWorkspace, fileName: string, bytes: Uint8Array): Promise<MasterInfo> {
  const { readWorkbook } = await xlsx();
  const grid = await readWorkbook(bytes, { file: fileName });
  const master = readMaster(grid, fileName);
  workspace.adopt(fileName, grid);
  return { title: master.list.title, tasks: master.list.tasks.length, periods: periodChoices(master.list, master.progress) };
}

/** The period the pane offers first: the one under way on `today` (ISO date), else the last one. */
export function defaultPeriod(periods: readonly PeriodChoice[], today: string): string {
  const current = periods.find((choice) => {
    const period = parsePeriod(choice.code);
    return period !== null && period.start <= today && today <= period.end;
  });
  return current?.code ?? periods.at(-1)?.code ?? '';
}

export interface LoadOutcome {
  list: TaskList;
  units: number;
  /** Groups nobody reports for yet (待明确责任单位). */
  pendingGroups: number;
  skipped: SkippedFeature[];
  download?: Download;
}

/** Writes the master workbook of a list (built-in or imported) into the workspace, with its directory. */
async function loadTaskList(
  workspace: Workspace,
  list: TaskList,
  settings: { now: Date; replaceExisting?: boolean },
  options: OperationOptions,
  directory: UnitDirectory = builtinDirectory(),
): Promise<LoadOutcome> {
  const { buildMasterSpec } = await masterBuilder();
  const spec = buildMasterSpec({ list, directory, progress: [], generatedAt: localIso(settings.now) });
  const outcome = await workspace.writeMaster(spec, {
    ...options,
    replaceExisting: settings.replaceExisting ?? false,
    fileName: safeFileName(say.load.masterFileName(list.title)),
  });
  return { list, ...(await unitCount(list, directory)), ...outcome };
}

/** 加载到工作簿: renders the master workbook of a built-in list into the workspace. */
export function loadList(
  workspace: Workspace,
  listId: string,
  settings: { now: Date; replaceExisting?: boolean },
  options: OperationOptions = {},
): Promise<LoadOutcome> {
  return loadTaskList(workspace, builtinList(listId), settings, options);
}

/** A part of an imported list that could not be read: a sheet row (with its cell) or a line of the notice. */
export type ImportProblem = { row: number; cell?: string; message: string } | { line?: number; message: string };

export interface ImportOutcome extends LoadOutcome {
  /** Where 单位名录 came from: the list's own units (with the names it merged or left out) or the office's file. */
  directory: { source: 'list'; aliases: AliasDecision[]; typos: TypoDecision[] } | { source: 'file'; file: string; units: number };
  /** The sheet that was read (an .xlsx only). */
  sheet?: string;
  /** 表头 → 字段 as chosen for a sheet; empty for a notice. */
  mappings: ColumnMapping[];
  /** Rows not imported and cells to check; the rows that were read are loaded all the same. */
  problems: ImportProblem[];
}

export interface ImportSettings {
  now: Date;
  replaceExisting?: boolean;
  /** 清单年份 as the user typed it; blank or absent: read from the title or the deadlines. */
  year?: string;
  /** The office's own 单位名录 (.xlsx or .csv: 单位名称 / 别称 / 说明); absent: built from the list. */
  units?: InputFile;
}

/** An office's own directory file. */
async function readUnitsFile(input: InputFile): Promise<UnitDirectory> {
  const { readListSheet } = await listSheet();
  const { sheet } = await readListSheet(input.bytes, input.name);
  const { readDirectorySheet } = await directorySheet();
  const read = readDirectorySheet(sheet);
  if (read.missingHeader !== null) throw new DubanError(unitMessages.directoryNoHeader(read.missingHeader), { file: input.name });
  if (read.directory.units.length === 0) throw new DubanError(unitMessages.directoryEmpty, { file: input.name });
  return read.directory;
}

function importYear(text: string | undefined): number | undefined {
  const year = text?.trim() ?? '';
  if (year === '') return undefined;
  if (!/^\d{4}$/.test(year)) throw new DubanError(say.importList.badYear(year));
  return Number(year);
}

/** Runs an importer; its "no year" message (which speaks of the CLI's --year) is put in the pane's words. */
function importing<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DubanError && (error.problem === gridImportMessages.noYear || error.problem === noticeMessages.noYear)) {
      throw new DubanError(say.importList.noYear, error.location);
    }
    throw error;
  }
}

async function loadImported(
  workspace: Workspace,
  imported: { list: TaskList; mappings: ColumnMapping[]; problems: ImportProblem[]; sheet?: string },
  source: string,
  settings: ImportSettings,
  options: OperationOptions,
): Promise<ImportOutcome> {
  const [{ listIdFor }, { buildListDirectory }] = await Promise.all([importer(), units()]);
  const list = parseTaskList({ ...imported.list, id: imported.list.id || listIdFor(source, imported.list.title) }, { file: source });
  if (list.tasks.length === 0) {
    throw new DubanError(say.importList.noTaskRead(imported.problems[0]?.message ?? ''), { file: source });
  }
  throwIfCancelled(options.signal);
  // The list brings its own directory, unless the office gives theirs.
  const own = buildListDirectory(list);
  const office = settings.units ? await readUnitsFile(settings.units) : null;
  const outcome = await loadTaskList(workspace, list, settings, options, office ?? own.directory);
  const directory: ImportOutcome['directory'] = office && settings.units
    ? { source: 'file', file: settings.units.name, units: office.units.length }
    : { source: 'list', aliases: own.aliases, typos: own.typos };
  return { ...outcome, sheet: imported.sheet, mappings: imported.mappings, problems: imported.problems, directory };
}

/** 识别并加载: a notice's full text with its attachment table → the list, loaded as a built-in one is. */
export async function loadNoticeText(
  workspace: Workspace,
  text: string,
  settings: ImportSettings,
  options: OperationOptions = {},
): Promise<ImportOutcome> {
  if (text.trim() === '') throw new DubanError(say.importList.pasteEmpty);
  const year = importYear(settings.year);
  const source = say.importList.pastedSource;
  const { importNoticeText } = await importer();
  const imported = importing(() => importNoticeText(text, { id: '', year, source }));
  return loadImported(workspace, { ...imported, mappings: [] }, source, settings, options);
}

/**
 * 导入其他单位的清单: the first visible sheet of an .xlsx (or a .csv) with its own headers → the list,
 * loaded as a built-in one is. The id comes from the file name, as `duban import` makes it.
 */
export async function loadForeignListFile(
  workspace: Workspace,
  input: InputFile,
  settings: ImportSettings,
  options: OperationOptions = {},
): Promise<ImportOutcome> {
  const year = importYear(settings.year);
  options.onProgress?.({ done: 0, total: 1, note: input.name });
  const [{ detectFileKind }, { importGrid, importNoticeText }] = await Promise.all([fileKind(), importer(), breathe()]);
  const kind = detectFileKind(input.bytes, input.name);
  // A notice saved as text or as a Word document is read as a notice.
  if (kind === 'text' || kind === 'docx') {
    const text = kind === 'docx' ? await (await docx()).readDocxText(input.bytes, input.name) : (await csv()).decodeCsvBytes(input.bytes, { file: input.name });
    const notice = importing(() => importNoticeText(text, { id: '', year, source: input.name }));
    return loadImported(workspace, { ...notice, mappings: [] }, input.name, settings, options);
  }
  const { readListSheet } = await listSheet();
  const { sheet, fromWorkbook } = await readListSheet(input.bytes, input.name);
  throwIfCancelled(options.signal);
  const imported = importing(() => importGrid(sheet, { id: '', year, source: input.name }));
  return loadImported(workspace, { ...imported, sheet: fromWorkbook ? sheet.name : undefined }, input.name, settings, options);
}

/** 校验: every finding of the master's 任务清单 and 责任分解 sheets. */
export async function validateMaster(workspace: Workspace, options: OperationOptions = {}): Promise<ValidationReport> {
  const grid = await workspace.readMaster(CHECKED_SHEETS);
  const year = inferListYear(grid);
  if (year === undefined) throw new DubanError(say.validate.yearUnknown);
  // The workbook's 单位名录 as the user left it; the built-in directory only for a workbook without one.
  const [{ createUnitMatcher }, { workbookDirectory }, { validateWorkbook }] = await Promise.all([units(), directorySheet(), validation()]);
  const report = validateWorkbook(grid, { matcher: createUnitMatcher(workbookDirectory(grid) ?? builtinDirectory()), year }, options);
  if (report.sheetsChecked.length === 0) throw new DubanError(say.validate.nothingToCheck);
  return report;
}

export interface LiveResult {
  sheet: string;
  address: string;
  findings: Finding[];
  /** Set when the change was too large to check cell by cell. */
  note?: string;
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

/** 即时校验 (Excel only): validates each edited cell; resolves to the function that stops it. */
export async function startLiveValidation(
  workspace: ExcelWorkspace,
  onResult: (result: LiveResult) => void,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  const grid: WorkbookGrid = await workspace.readMaster(CHECKED_SHEETS);
  const year = inferListYear(grid);
  if (year === undefined) throw new DubanError(say.validate.yearUnknown);
  const columns = new Map<string, LocatedColumns>();
  for (const layout of LAYOUTS) {
    const sheet = grid.sheets.find((candidate) => candidate.name === layout.sheet);
    const located = sheet ? locateColumns(sheet, layout) : null;
    if (located) columns.set(layout.sheet, located);
  }
  if (columns.size === 0) throw new DubanError(say.validate.nothingToCheck);
  const [{ createUnitMatcher }, { workbookDirectory }, { createCellValidator }] = await Promise.all([units(), directorySheet(), validation()]);
  const validator = createCellValidator({ matcher: createUnitMatcher(workbookDirectory(grid) ?? builtinDirectory()), year });
  return workspace.watch(
    [...columns.keys()],
    (change) => {
      if (change.kind === 'tooLarge') onResult({ sheet: change.sheet, address: change.address, findings: [], note: change.message });
      else onResult({ sheet: change.sheet, address: change.address, findings: judgeChange(change, columns, (input) => validator.validateCell(input)) });
    },
    onError,
  );
}

export interface ReturnsOutcome {
  count: number;
  period: Period;
  download: Download;
}

/** 生成各单位填报表: one return workbook per unit with rows in the period, zipped. */
export async function generateReturns(
  workspace: Workspace,
  periodCode: string,
  settings: { now: Date },
  options: OperationOptions = {},
): Promise<ReturnsOutcome> {
  const period = readPeriod(periodCode);
  const [{ list, directory, reviews, closures }, { planDistribution, buildReturnSpec }, { renderWorkbookBytes }, JSZip] = await Promise.all([
    currentMaster(workspace),
    returns(),
    xlsx(),
    zipper(),
  ]);
  const plan = planDistribution({ list, directory, period, closed: new Set((closures ?? []).map((closure) => closure.seq)) });
  const sentBack = sentBackLines(reviews ?? [], period.code);
  if (plan.returns.length === 0) throw new DubanError(say.returns.none);
  const generatedAt = localIso(settings.now);
  const zip = new JSZip();
  const parts: Download[] = [];
  const total = plan.returns.length;
  for (const [index, planned] of plan.returns.entries()) {
    throwIfCancelled(options.signal);
    options.onProgress?.({ done: index, total, note: planned.fileName });
    await breathe();
    const bytes = await renderWorkbookBytes(buildReturnSpec({ plan, planned, generatedAt, sentBack: sentBack.get(planned.unit) ?? [] }));
    zip.file(planned.fileName, bytes, { date: settings.now, binary: true });
    parts.push({ fileName: planned.fileName, bytes, mime: XLSX_MIME });
  }
  throwIfCancelled(options.signal);
  options.onProgress?.({ done: total, total });
  // The workbooks are compressed already; storing them keeps the zip quick to build.
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { count: total, period, download: { fileName: safeFileName(say.returns.zipName(period.label)), bytes, mime: 'application/zip', parts } };
}

/** A file the user dropped or chose. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** File.lastModified, milliseconds. */
  lastModified?: number;
}

/** Reads one returned file as consolidation expects it; unreadable files carry their reason. */
export async function readReturnFile(input: InputFile, shownName: string): Promise<ReturnFile> {
  const mtime = input.lastModified !== undefined ? localIso(new Date(input.lastModified)) : undefined;
  const { readReturnBytes } = await xlsx();
  return readReturnBytes(input.bytes, { file: shownName, name: input.name, mtime });
}

/** Names as the report shows them: the file name, numbered when two inputs share one. */
export function shownNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}（${count}）`;
  });
}

export interface ConsolidateOutcome {
  report: ConsolidationReport;
  /** Units that should have returned. */
  expected: number;
  skipped: SkippedFeature[];
  download?: Download;
}

/** 汇总回收表: reads every returned file, consolidates, and writes 进展汇总 / 报送情况 into the master. */
export async function consolidateReturnFiles(
  workspace: Workspace,
  inputs: readonly InputFile[],
  periodCode: string,
  settings: { now: Date },
  options: OperationOptions = {},
): Promise<ConsolidateOutcome> {
  if (inputs.length === 0) throw new DubanError(say.consolidate.noFiles);
  const period = readPeriod(periodCode);
  const [master, { consolidateReturns, buildMergedMasterSpec }] = await Promise.all([currentMaster(workspace), returns()]);
  const names = shownNames(inputs.map((input) => input.name));
  const files: ReturnFile[] = [];
  for (const [index, input] of inputs.entries()) {
    throwIfCancelled(options.signal);
    options.onProgress?.({ done: index, total: inputs.length, note: names[index] });
    await breathe();
    files.push(await readReturnFile(input, names[index]));
  }
  const generatedAt = localIso(settings.now);
  const result = consolidateReturns({ list: master.list, directory: master.directory, period, files, previous: master.progress, closed: new Set((master.closures ?? []).map((closure) => closure.seq)), now: generatedAt }, { signal: options.signal });
  const spec = buildMergedMasterSpec({ master, result, generatedAt, today: generatedAt.slice(0, 10) });
  const outcome = await workspace.writeMaster(spec, {
    signal: options.signal,
    replaceExisting: true,
    fileName: safeFileName(say.consolidate.mergedFile(master.list.title, period.label)),
  });
  options.onProgress?.({ done: inputs.length, total: inputs.length });
  return { report: result.report, expected: result.plan.returns.length, ...outcome };
}

export interface SummaryOutcome extends Summary {
  period: string;
  periodLabel: string;
  /** The day the 三色预警 lights are for. */
  today: string;
}

/** 按单位 / 按领导: the counts the summary sheets show, for a period (the latest reported by default). */
export async function summarizeMaster(workspace: Workspace, settings: { now: Date; period?: string }): Promise<SummaryOutcome> {
  const { list, directory, progress, alertRules, scoringRules } = await currentMaster(workspace);
  const period = selectedPeriod(list, progress, settings.period);
  const today = localIso(settings.now).slice(0, 10);
  const { summarize } = await summaries();
  const summary = summarize({ list, directory, progress, period, today, rules: alertRules, scoring: scoringRules });
  return { ...summary, period, periodLabel: periodLabel(period), today };
}

export interface BriefOutcome {
  periodLabel: string;
  /** The 通报 as plain text to paste. */
  text: string;
  /** The 通报 as a Word document. */
  download: Download;
}

/** 生成通报: the 通报 draft of a period from the open master, as text and .docx (the Word writer loads on first use). */
export async function draftBrief(workspace: Workspace, periodCode: string, settings: { now: Date }): Promise<BriefOutcome> {
  const master = await currentMaster(workspace);
  const period = selectedPeriod(master.list, master.progress, periodCode || undefined);
  const { buildBrief, briefText } = await briefs();
  const brief = buildBrief({ ...master, period, today: localIso(settings.now).slice(0, 10), rules: master.alertRules, scoring: master.scoringRules });
  // The docx library is large: loaded only when someone asks for a 通报, never in the initial bundle.
  const { renderBriefDocx } = await import(/* webpackChunkName: "docx" */ '../docx/index.js');
  const bytes = await renderBriefDocx(brief);
  const label = periodLabel(period);
  return {
    periodLabel: label,
    text: briefText(brief),
    download: { fileName: briefMessages.fileName(label), bytes, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  };
}
