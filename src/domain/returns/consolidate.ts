/**
 * Consolidation over what the CLI (or the task pane) read: every returned file as a WorkbookGrid
 * plus its file facts. Pure: identifies each file's unit, reads its rows, picks the later of two
 * returns from one unit, and reports everything it did not take, with a reason.
 */
import type { WorkbookGrid } from '../grid.js';
import { fileKindMessages, returnFileMessages as fileReasons } from '../messages/index.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import { throwIfCancelled, type OperationOptions } from '../operation.js';
import { SHEETS } from '../vocabulary.js';
import { parsePeriod, type Period } from '../period/index.js';
import { createUnitMatcher, type UnitMatcher } from '../units/index.js';
import { createUnitResolver, identifyUnit, periodCodeFromFileName, type UnitIdentification } from './identify.js';
import { dataRowIndexes, readRows, type ReadRows } from './rows.js';
import { locateTable, titlePeriod, titleUnit } from './locate.js';
import { readMeta } from './meta.js';
import { groupMembers, planDistribution, type DistributionPlan, type PlannedReturn } from './plan.js';
import type { ConsolidationReport, ReturnFile, UnitReceipt } from './report.js';

export interface ConsolidateInput {
  list: TaskList;
  directory: UnitDirectory;
  period: Period;
  files: readonly ReturnFile[];
  /** A matcher built from `directory`, when the caller already has one. */
  matcher?: UnitMatcher;
}

export interface ConsolidationResult {
  report: ConsolidationReport;
  /** Accepted rows as 进展汇总 entries, in the plan's unit order then by 序号. */
  entries: ProgressEntry[];
  /** One receipt per unit of the plan: returned or missing. */
  receipts: UnitReceipt[];
  /** The unit names (as 进展汇总 records them) whose rows for this period the entries replace. */
  replacedUnits: string[];
  plan: DistributionPlan;
}

interface ReadReturn {
  file: ReturnFile;
  unit: UnitIdentification;
  rows: ReadRows;
  receivedAt?: string;
}

type Outcome = { ok: true; read: ReadReturn } | { ok: false; reason: string; dataRows: number };

/** Why a file is refused before its content is looked at: not a workbook, or unreadable. */
function refusal(file: ReturnFile): string | null {
  if (file.name.startsWith('~$')) return fileReasons.lockFile;
  if (file.kind !== 'xlsx' && file.kind !== 'csv') return file.problem || fileKindMessages[file.kind];
  return file.grid ? null : file.problem || fileKindMessages.corrupt;
}

function periodLabel(code: string): string {
  return parsePeriod(code)?.label ?? code;
}

function readOne(file: ReturnFile, grid: WorkbookGrid, input: ConsolidateInput, context: Shared): Outcome {
  // A master workbook (this one, or a merged copy) left among the returns holds no return rows.
  if (grid.sheets.some((sheet) => sheet.name === SHEETS.masterMeta)) return { ok: false, reason: fileReasons.masterFile, dataRows: 0 };
  const meta = readMeta(grid);
  const table = locateTable(grid);
  const indexes = table ? dataRowIndexes(table) : [];
  const dataRows = indexes.length;
  const reject = (reason: string): Outcome => ({ ok: false, reason, dataRows });
  if (meta && meta.listId && meta.listId !== input.list.id) return reject(fileReasons.otherList(meta.listId, meta.listTitle));
  if (meta && meta.period && meta.period !== input.period.code) return reject(fileReasons.otherPeriod(periodLabel(meta.period), input.period.label));
  if (!table) return reject(file.kind === 'csv' ? fileReasons.csvNoHeader : fileReasons.noTable);
  if (!meta?.period) {
    const titled = titlePeriod(table);
    const written = titled ? titled.replace(/\(.*\)$/, '') : periodCodeFromFileName(file.name);
    const code = written ? parsePeriod(written)?.code : undefined;
    if (code && code !== input.period.code) return reject(fileReasons.otherPeriod(periodLabel(code), input.period.label));
  }
  const unit = identifyUnit(context.resolver, { metaUnit: meta?.unit || null, titleUnit: titleUnit(table), fileName: file.name });
  if ('unknown' in unit) {
    if (!unit.unknown) return reject(fileReasons.unitUnknown);
    const expanded = groupMembers(input.directory, unit.unknown).length > 0 || groupMembers(input.directory, context.matcher.match(unit.unknown).canonical ?? '').length > 0;
    return reject(expanded ? fileReasons.groupExpanded(unit.unknown) : fileReasons.unitNotInList(unit.unknown));
  }
  const rows = readRows(table, {
    planned: unit.planned,
    listTasks: context.listTasks,
    fingerprints: meta && meta.fingerprints.size > 0 ? meta.fingerprints : null,
  }, indexes);
  const receivedAt = grid.modified ?? file.mtime;
  return { ok: true, read: { file, unit, rows, ...(receivedAt ? { receivedAt } : {}) } };
}

interface Shared {
  matcher: UnitMatcher;
  resolver: ReturnType<typeof createUnitResolver>;
  listTasks: ReadonlyMap<number, string>;
}

/** Later first: the workbook's modified time when both have one and they differ, then the file's, then the name. */
function later(a: ReadReturn, b: ReadReturn): ReadReturn {
  const am = a.file.grid?.modified;
  const bm = b.file.grid?.modified;
  if (am && bm && am !== bm) return am > bm ? a : b;
  const at = a.file.mtime ?? '';
  const bt = b.file.mtime ?? '';
  if (at !== bt) return at > bt ? a : b;
  return a.file.file >= b.file.file ? a : b;
}

export function consolidateReturns(input: ConsolidateInput, options: OperationOptions = {}): ConsolidationResult {
  const plan = planDistribution(input);
  const matcher = input.matcher ?? createUnitMatcher(input.directory);
  const shared: Shared = {
    matcher,
    resolver: createUnitResolver(plan, matcher),
    listTasks: new Map(input.list.tasks.map((task) => [task.seq, task.content])),
  };
  const report: ConsolidationReport = {
    filesRead: input.files.length,
    filesRejected: [],
    unitsReturned: [],
    unitsMissing: [],
    rowsAccepted: 0,
    rowsRejected: [],
    duplicates: [],
    tampered: [],
    listId: input.list.id,
    period: input.period.code,
    unitMatches: [],
    rowsInDroppedDuplicates: 0,
    rowsInRejectedFiles: 0,
  };

  const byUnit = new Map<PlannedReturn, ReadReturn[]>();
  input.files.forEach((file, index) => {
    throwIfCancelled(options.signal);
    options.onProgress?.({ done: index, total: input.files.length, note: file.file });
    const refused = refusal(file);
    const outcome: Outcome = refused || !file.grid ? { ok: false, reason: refused ?? fileKindMessages.corrupt, dataRows: 0 } : readOne(file, file.grid, input, shared);
    if (!outcome.ok) {
      report.filesRejected.push({ file: file.file, reason: outcome.reason });
      report.rowsInRejectedFiles += outcome.dataRows;
      return;
    }
    const { unit } = outcome.read;
    report.unitMatches.push({ file: file.file, unit: unit.planned.unit, raw: unit.raw, source: unit.source, kind: unit.kind, confidence: unit.confidence });
    const list = byUnit.get(unit.planned) ?? [];
    list.push(outcome.read);
    byUnit.set(unit.planned, list);
  });
  options.onProgress?.({ done: input.files.length, total: input.files.length });

  const entries: ProgressEntry[] = [];
  const receipts: UnitReceipt[] = [];
  const replacedUnits = new Set<string>();
  for (const planned of plan.returns) {
    const reads = byUnit.get(planned);
    if (!reads) {
      report.unitsMissing.push(planned.unit);
      receipts.push({ unit: planned.unit, returned: false, tasks: planned.tasks.length, due: planned.due, accepted: 0, rejected: 0, tampered: 0 });
      continue;
    }
    const kept = reads.reduce(later);
    const dropped = reads.filter((read) => read !== kept);
    if (dropped.length > 0) {
      report.duplicates.push({ unit: planned.unit, kept: kept.file.file, dropped: dropped.map((read) => read.file.file) });
      report.rowsInDroppedDuplicates += dropped.reduce((sum, read) => sum + read.rows.dataRows, 0);
    }
    report.unitsReturned.push(planned.unit);
    report.rowsAccepted += kept.rows.accepted.length;
    for (const row of kept.rows.rejected) report.rowsRejected.push({ file: kept.file.file, row: row.row, reason: row.reason });
    const tampered = kept.rows.accepted.filter((row) => row.tampered);
    for (const row of tampered) report.tampered.push({ file: kept.file.file, seq: row.task.seq });
    for (const task of planned.tasks) replacedUnits.add(task.unitName);
    for (const row of [...kept.rows.accepted].sort((a, b) => a.task.seq - b.task.seq)) {
      entries.push({
        period: input.period.code,
        unit: row.task.unitName,
        seq: row.task.seq,
        status: row.status,
        text: row.text,
        ...(row.problems ? { problems: row.problems } : {}),
        ...(row.nextSteps ? { nextSteps: row.nextSteps } : {}),
        sourceFile: kept.file.name,
        ...(kept.receivedAt ? { receivedAt: kept.receivedAt } : {}),
      });
    }
    receipts.push({
      unit: planned.unit,
      returned: true,
      tasks: planned.tasks.length,
      due: planned.due,
      file: kept.file.file,
      ...(kept.receivedAt ? { receivedAt: kept.receivedAt } : {}),
      accepted: kept.rows.accepted.length,
      rejected: kept.rows.rejected.length,
      tampered: tampered.length,
    });
  }
  return { report, entries, receipts, replacedUnits: [...replacedUnits], plan };
}
