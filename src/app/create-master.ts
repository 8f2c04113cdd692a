/**
 * 加载清单 / duban init: the master workbook of a list — built-in, a list JSON, or imported — with
 * its unit directory, validated as it will be written, into the store.
 */
import { DubanError } from '../domain/errors.js';
import { parseJsonText, parseTaskList, type TaskList, type UnitDirectory } from '../domain/model/index.js';
import { taskpaneMessages, unitMessages } from '../domain/messages/index.js';
import { safeFileName } from '../domain/filename.js';
import { throwIfCancelled, type OperationOptions } from '../domain/operation.js';
import type { AliasDecision, TypoDecision } from '../domain/units/index.js';
import { importList, type ImportedList, type ListInput } from './import-list.js';
import { assignmentsModule, listSheetModule, masterModule, unitsModule, validateModule } from './lazy.js';
import type { Catalogue, Clock, InputFile, MasterStore, WriteOutcome } from './ports.js';

/** The list to load. */
export type ListSource =
  | { kind: 'builtin'; id: string }
  /** A TaskList as JSON (what `duban import` and `duban export` write). */
  | { kind: 'json'; file: InputFile }
  /** Another office's list, read by the importer. */
  | { kind: 'import'; input: ListInput; year?: number; id?: string };

/** Where the master's 单位名录 came from. */
export type DirectoryOrigin =
  | { source: 'builtin' }
  | { source: 'file'; file: string; units: number }
  /** The list's own units, with the names it merged and the slips it left out. */
  | { source: 'list'; units: number; groups: number; aliases: AliasDecision[]; typos: TypoDecision[] };

export interface CreateMasterInput {
  source: ListSource;
  /** The office's own 单位名录 (.xlsx or .csv: 单位名称 / 别称 / 说明). */
  units?: InputFile;
  /** The period the summaries show first. */
  period?: string;
  /** The generation time; now when absent. */
  generatedAt?: string;
  /** Replace the master's sheets in an open workbook that has them. */
  replaceExisting?: boolean;
}

export interface CreateMasterOutcome extends WriteOutcome {
  list: TaskList;
  directory: DirectoryOrigin;
  /** Units that get a return form (as `distribute` counts them). */
  units: number;
  /** Groups nobody reports for yet (待明确责任单位). */
  pendingGroups: number;
  /** Validation findings written to 校验结果. */
  findings: number;
  /** How an imported list was read. */
  imported?: ImportedList;
}

export interface MasterPorts {
  store: MasterStore;
  catalogue: Catalogue;
  clock: Clock;
}

async function readUnitsFile(file: InputFile): Promise<UnitDirectory> {
  const { sheet } = await (await listSheetModule()).readListSheet(file.bytes, file.name);
  const { readDirectorySheet } = await masterModule();
  const read = readDirectorySheet(sheet);
  if (read.missingHeader !== null) throw new DubanError(unitMessages.directoryNoHeader(read.missingHeader), { file: file.name, sheet: sheet.name });
  if (read.directory.units.length === 0) throw new DubanError(unitMessages.directoryEmpty, { file: file.name, sheet: sheet.name });
  return read.directory;
}

/** The office's file when given; the built-in directory for a built-in list; else the list's own units. */
async function directoryFor(list: TaskList, units: InputFile | undefined, catalogue: Catalogue): Promise<{ directory: UnitDirectory; origin: DirectoryOrigin }> {
  if (units) {
    const directory = await readUnitsFile(units);
    return { directory, origin: { source: 'file', file: units.name, units: directory.units.length } };
  }
  if (catalogue.ids().includes(list.id)) return { directory: await catalogue.directory(), origin: { source: 'builtin' } };
  const { directory, aliases, typos } = (await unitsModule()).buildListDirectory(list);
  const groups = directory.units.filter((entry) => entry.kind === 'group').length;
  return { directory, origin: { source: 'list', units: directory.units.length - groups, groups, aliases, typos } };
}

async function listOf(source: ListSource, catalogue: Catalogue): Promise<{ list: TaskList; imported?: ImportedList }> {
  if (source.kind === 'builtin') return { list: await catalogue.list(source.id) };
  if (source.kind === 'json') {
    const { file } = source;
    return { list: parseTaskList(parseJsonText(new TextDecoder().decode(file.bytes), { file: file.name }), { file: file.name }) };
  }
  const imported = await importList(source.input, { year: source.year, id: source.id });
  return { list: imported.list, imported };
}

/** Reads the list and its directory, builds the master, validates it as written and writes it with its findings. */
export async function createMaster(ports: MasterPorts, input: CreateMasterInput, options: OperationOptions = {}): Promise<CreateMasterOutcome> {
  const { list, imported } = await listOf(input.source, ports.catalogue);
  throwIfCancelled(options.signal);
  const { directory, origin } = await directoryFor(list, input.units, ports.catalogue);
  const [{ buildMasterSpec, gridOfSpec, withFindings }, { createUnitMatcher }, { validateWorkbook }, { assignmentsOf, pendingOf, reportingUnits }] = await Promise.all([
    masterModule(),
    unitsModule(),
    validateModule(),
    assignmentsModule(),
  ]);
  const generatedAt = input.generatedAt ?? ports.clock.now();
  const spec = buildMasterSpec({ list, directory, progress: [], period: input.period, generatedAt });
  // The sheets are validated as they will be written, then written with their findings.
  const report = validateWorkbook(gridOfSpec(spec), { matcher: createUnitMatcher(directory), year: list.year }, { signal: options.signal });
  const written = await ports.store.writeMaster(withFindings(spec, report.findings), {
    ...options,
    replaceExisting: input.replaceExisting ?? false,
    fileName: safeFileName(taskpaneMessages.load.masterFileName(list.title)),
  });
  const assignments = assignmentsOf(list, directory);
  return {
    ...written,
    list,
    directory: origin,
    units: reportingUnits(assignments).length,
    pendingGroups: pendingOf(assignments).groups.length,
    findings: report.findings.length,
    imported,
  };
}

/** A built-in list as JSON, or a list JSON file read and checked (`duban export`). */
export async function exportList(catalogue: Catalogue, source: Extract<ListSource, { kind: 'builtin' | 'json' }>): Promise<TaskList> {
  return (await listOf(source, catalogue)).list;
}
