/**
 * Consolidation over what the CLI (or the task pane) read: every returned file as a WorkbookGrid
 * plus its file facts. Pure: identifies each file's unit, reads its rows, combines a unit's files
 * row by row (rounds.ts) in the order that can be trusted (trust.ts), and reports every entry given
 * and everything it did not take, with a reason.
 */
import type { WorkbookGrid } from '../grid.js';
import { findUnchanged } from '../history/index.js';
import { fileKindMessages, returnAccountingMessages as say, returnFileMessages as fileReasons } from '../messages/index.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import { throwIfCancelled, type OperationOptions } from '../operation.js';
import { SHEETS } from '../vocabulary.js';
import { parsePeriod, type Period } from '../period/index.js';
import { createUnitMatcher, groupMembers, type UnitMatcher } from '../units/index.js';
import { createUnitResolver, identifyUnit, periodCodeFromFileName } from './identify.js';
import { dataRowIndexes, readRows } from './rows.js';
import { locateTable, titlePeriod, titleUnit } from './locate.js';
import { readMeta, type ReturnMeta } from './meta.js';
import { planDistribution, type DistributionPlan, type PlannedReturn } from './plan.js';
import type { ConsolidationReport, EntryOutcome, InputEntry, ReportEntry, ReturnFile, UnitReceipt } from './report.js';
import { combineUnit, progressKey, type ReadReturn } from './rounds.js';
import { compareSubmissions, trustOf, type Ordered } from './trust.js';

export interface ConsolidateInput {
  list: TaskList;
  directory: UnitDirectory;
  period: Period;
  files: readonly ReturnFile[];
  /** A matcher built from `directory`, when the caller already has one. */
  matcher?: UnitMatcher;
  /** What 进展汇总 holds already: a blank row never erases its texts, and the report says where a text was kept. */
  previous?: readonly ProgressEntry[];
  /** The time of the consolidation (ISO): a workbook saved later than this is suspicious. */
  now?: string;
  /** Every file-system entry given, in the order found; by default one entry per file. */
  entries?: readonly InputEntry[];
  /** Tasks closed (办结销号): not expected in any return (the plan skips them). */
  closed?: ReadonlySet<number>;
}

export interface ConsolidationResult {
  report: ConsolidationReport;
  /** Accepted rows as 进展汇总 entries, in the plan's unit order then by 序号. */
  entries: ProgressEntry[];
  /** One receipt per unit of the plan: returned or missing. */
  receipts: UnitReceipt[];
  /** The unit names (as 进展汇总 records them) that returned this period. */
  replacedUnits: string[];
  plan: DistributionPlan;
}

type Outcome = { ok: true; read: ReadReturn; meta: ReturnMeta | null } | { ok: false; reason: string; dataRows: number };

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
    const named = unit.unknown;
    if (!named) return reject(fileReasons.unitUnknown);
    const expanded = groupMembers(input.directory, named).length > 0 || groupMembers(input.directory, context.matcher.match(named).canonical ?? '').length > 0;
    if (!expanded && context.pending.some((item) => item.group === named || item.group === context.matcher.match(named).canonical)) return reject(fileReasons.groupPending(named));
    return reject(expanded ? fileReasons.groupExpanded(named) : fileReasons.unitNotInList(named));
  }
  const fingerprints = meta && meta.fingerprints.size > 0 ? meta.fingerprints : null;
  const rows = readRows(table, { planned: unit.planned, listTasks: context.listTasks, fingerprints }, indexes);
  const cut = table.sheet.incomplete === true;
  return { ok: true, read: { file, unit, rows, sent: fingerprints ? new Set(fingerprints.keys()) : null, ...(cut ? { cut } : {}) }, meta };
}

interface Shared {
  matcher: UnitMatcher;
  resolver: ReturnType<typeof createUnitResolver>;
  listTasks: ReadonlyMap<number, string>;
  /** Groups that wait for a unit: a return in their name is refused with that reason. */
  pending: DistributionPlan['pending'];
}

/** A hidden file (.DS_Store, ._name from a Mac) counts only when it is a return; otherwise it is a system file, skipped. */
const isHidden = (file: ReturnFile) => file.name.startsWith('.');

export function consolidateReturns(input: ConsolidateInput, options: OperationOptions = {}): ConsolidationResult {
  const plan = planDistribution(input);
  const matcher = input.matcher ?? createUnitMatcher(input.directory);
  const shared: Shared = {
    matcher,
    resolver: createUnitResolver(plan, matcher),
    listTasks: new Map(input.list.tasks.map((task) => [task.seq, task.content])),
    pending: plan.pending,
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
    entries: [],
    damaged: [],
    conflicts: [],
    keptEarlier: [],
    combined: [],
    suspicious: [],
    unchanged: [],
  };
  /** What happened to each file read, by ReturnFile.file, for the entries. */
  const fates = new Map<string, Pick<ReportEntry, 'outcome' | 'reason' | 'unit'>>();

  const byUnit = new Map<PlannedReturn, Ordered[]>();
  const reads = new Map<ReturnFile, ReadReturn>();
  input.files.forEach((file, index) => {
    throwIfCancelled(options.signal);
    options.onProgress?.({ done: index, total: input.files.length, note: file.file });
    const refused = refusal(file);
    const outcome: Outcome = refused || !file.grid ? { ok: false, reason: refused ?? fileKindMessages.corrupt, dataRows: 0 } : readOne(file, file.grid, input, shared);
    if (!outcome.ok) {
      report.rowsInRejectedFiles += outcome.dataRows;
      if (isHidden(file)) {
        fates.set(file.file, { outcome: 'skipped', reason: say.hiddenNotReturn(outcome.reason) });
        return;
      }
      report.filesRejected.push({ file: file.file, reason: outcome.reason });
      fates.set(file.file, { outcome: 'rejected', reason: outcome.reason });
      return;
    }
    const { unit } = outcome.read;
    report.unitMatches.push({ file: file.file, unit: unit.planned.unit, raw: unit.raw, source: unit.source, kind: unit.kind, confidence: unit.confidence });
    const trust = trustOf(file, outcome.meta, input.now);
    report.suspicious.push(...trust.suspicious);
    reads.set(file, { ...outcome.read, ...(trust.time ? { receivedAt: trust.time } : {}) });
    const list = byUnit.get(unit.planned) ?? [];
    list.push({ file, trust, index });
    byUnit.set(unit.planned, list);
  });
  options.onProgress?.({ done: input.files.length, total: input.files.length });

  const previous = new Map((input.previous ?? []).filter((entry) => entry.period === input.period.code).map((entry) => [progressKey(entry), entry]));
  const entries: ProgressEntry[] = [];
  const receipts: UnitReceipt[] = [];
  const replacedUnits = new Set<string>();
  for (const planned of plan.returns) {
    const ordered = byUnit.get(planned);
    if (!ordered) {
      report.unitsMissing.push(planned.unit);
      receipts.push({ unit: planned.unit, returned: false, tasks: planned.tasks.length, due: planned.due, accepted: 0, rejected: 0, tampered: 0 });
      continue;
    }
    const unitReads = [...ordered].sort(compareSubmissions).map((item) => reads.get(item.file)!);
    if (unitReads.every((read) => read.rows.untouched)) {
      // Sent back as it was sent: the unit has not reported, whatever came back (未填报, once per file).
      for (const read of unitReads) {
        report.filesRejected.push({ file: read.file.file, reason: fileReasons.untouched });
        report.rowsInRejectedFiles += read.rows.dataRows;
        fates.set(read.file.file, { outcome: 'rejected', reason: fileReasons.untouched, unit: planned.unit });
      }
      report.unitsMissing.push(planned.unit);
      receipts.push({ unit: planned.unit, returned: false, untouched: true, tasks: planned.tasks.length, due: planned.due, file: unitReads.map((read) => read.file.file).join('、'), accepted: 0, rejected: 0, tampered: 0 });
      continue;
    }
    const rounds = combineUnit(planned, unitReads, input.period.code, previous);
    const contributors = unitReads.filter((_, i) => rounds.taken[i] > 0);
    const latest = contributors.length > 0 ? contributors[contributors.length - 1] : unitReads[unitReads.length - 1];
    const idle = unitReads.filter((read) => !contributors.includes(read) && read !== latest);
    if (idle.length > 0) {
      report.duplicates.push({ unit: planned.unit, kept: latest.file.file, dropped: idle.map((read) => read.file.file) });
    }
    if (contributors.length > 1) report.combined.push({ unit: planned.unit, files: contributors.map((read) => read.file.file) });
    unitReads.forEach((read, i) => {
      const missing = rounds.missing[i];
      if (missing.length > 0 || read.cut) report.damaged.push({ file: read.file.file, unit: planned.unit, missing });
      const outcome: EntryOutcome = missing.length > 0 || read.cut ? 'damaged' : rounds.taken[i] > 0 || read === latest ? 'accepted' : 'superseded';
      const reason =
        outcome === 'damaged' ? say.damaged(missing.join('、'), rounds.taken[i])
        : outcome === 'superseded' ? say.superseded(latest.file.file)
        : say.accepted(planned.unit, rounds.taken[i]);
      fates.set(read.file.file, { outcome, reason, unit: planned.unit });
    });

    report.unitsReturned.push(planned.unit);
    report.rowsAccepted += rounds.entries.length;
    report.rowsRejected.push(...rounds.rejected);
    report.rowsInDroppedDuplicates += rounds.superseded;
    report.tampered.push(...rounds.tampered);
    report.conflicts.push(...rounds.conflicts);
    report.keptEarlier.push(...rounds.keptEarlier);
    for (const task of planned.tasks) replacedUnits.add(task.unitName);
    entries.push(...rounds.entries);
    receipts.push({
      unit: planned.unit,
      returned: true,
      tasks: planned.tasks.length,
      due: planned.due,
      file: (contributors.length > 0 ? contributors : [latest]).map((read) => read.file.file).join('、'),
      ...(latest.receivedAt ? { receivedAt: latest.receivedAt } : {}),
      accepted: rounds.entries.length,
      rejected: rounds.rejected.length,
      tampered: rounds.tampered.length,
    });
  }
  const accounted = accountEntries(input.entries ?? input.files.map((file) => ({ path: file.file, kind: 'file' as const, file: file.file })), fates);
  report.entries = accounted.entries;
  report.filesRejected.push(...accounted.rejected);
  report.unchanged = findUnchanged(input.previous ?? [], entries);
  return { report, entries, receipts, replacedUnits: [...replacedUnits], plan };
}

/** Every entry given, with what happened to it; entries not read that a person must look at are rejected files too. */
function accountEntries(given: readonly InputEntry[], fates: ReadonlyMap<string, Pick<ReportEntry, 'outcome' | 'reason' | 'unit'>>) {
  const rejected: ConsolidationReport['filesRejected'] = [];
  const entries = given.map((entry): ReportEntry => {
    const { path, kind, target, file } = entry;
    const base = { path, kind, ...(target ? { target } : {}), ...(file ? { file } : {}) };
    const fate = file ? fates.get(file) : undefined;
    if (fate) return { ...base, ...fate };
    const outcome = entry.outcome ?? 'skipped';
    const reason = entry.reason ?? '';
    if (outcome === 'rejected') rejected.push({ file: path, reason });
    return { ...base, outcome, reason };
  });
  return { entries, rejected };
}
