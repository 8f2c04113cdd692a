/** The master workbook as the use cases read it, wherever it lives. */
import { DubanError } from '../domain/errors.js';
import { readMaster, type MasterContent } from '../domain/master/index.js';
import { appMessages } from '../domain/messages/index.js';
import { parsePeriod } from '../domain/period/index.js';
import { periodChoices, type PeriodChoice } from '../domain/summarize/index.js';
import { SHEETS } from '../domain/vocabulary.js';
import type { WorkbookGrid } from '../domain/grid.js';
import { readerModule } from './lazy.js';
import type { InputFile, MasterStore } from './ports.js';

/** Every sheet readMaster reads: the metadata, 进展汇总, 单位名录 and the office's own rule sheets. */
export const MASTER_SHEETS: readonly string[] = [
  SHEETS.masterMeta,
  SHEETS.progress,
  SHEETS.directory,
  SHEETS.alertRules,
  SHEETS.scoringRules,
  SHEETS.review,
  SHEETS.closure,
];

/**
 * The master's content. A named file that is no master is told so (readMaster says which sheet is
 * missing); an open workbook or the standalone page without one is told to load a list first.
 */
export async function openMaster(store: MasterStore, file?: string): Promise<MasterContent> {
  const grid = await store.readMaster(MASTER_SHEETS);
  if (file === undefined && !grid.sheets.some((sheet) => sheet.name === SHEETS.masterMeta)) throw new DubanError(appMessages.noMaster, {}, 'noMaster');
  return readMaster(grid, file);
}

export interface MasterInfo {
  title: string;
  tasks: number;
  year: number;
  periods: PeriodChoice[];
}

export function infoOf(master: MasterContent): MasterInfo {
  return { title: master.list.title, tasks: master.list.tasks.length, year: master.list.year, periods: periodChoices(master.list, master.progress) };
}

/** What the store's master holds, or null when it has none (nothing loaded yet). */
export async function masterInfo(store: MasterStore): Promise<MasterInfo | null> {
  const grid = await store.readMaster(MASTER_SHEETS);
  if (!grid.sheets.some((sheet) => sheet.name === SHEETS.masterMeta)) return null;
  return infoOf(readMaster(grid));
}

/** A master workbook the user opened (standalone): its grid, checked to be a master, and what it holds. */
export async function readMasterFile(file: InputFile): Promise<{ grid: WorkbookGrid; info: MasterInfo }> {
  const { readWorkbook } = await readerModule();
  const grid = await readWorkbook(file.bytes, { file: file.name });
  return { grid, info: infoOf(readMaster(grid, file.name)) };
}

/** The period offered first: the one under way on `today` (ISO date), else the last one. */
export function defaultPeriod(periods: readonly PeriodChoice[], today: string): string {
  const current = periods.find((choice) => {
    const period = parsePeriod(choice.code);
    return period !== null && period.start <= today && today <= period.end;
  });
  return current?.code ?? periods.at(-1)?.code ?? '';
}
