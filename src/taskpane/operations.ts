/**
 * The pane's ports bound to the application layer's use cases (src/app): each function here calls
 * one use case with the workspace (the open workbook, or the standalone in-memory file), the
 * bundled catalogue and the pane's clock. Components call these and nothing below them.
 */
import {
  closeCandidates as candidates,
  closeTasks as close,
  consolidateReturnFiles as consolidate,
  createMaster,
  distributeReturns,
  draftBrief as brief,
  readMasterFile,
  readYear,
  recordReviews as record,
  reviewRows as rows,
  returnsInMemory,
  startLiveValidation as startLive,
  summarizeMaster as summarize,
  validateStoredWorkbook,
  zipModule,
  type BriefOutcome,
  type CandidateListing,
  type Clock,
  type CloseOutcome,
  type ConsolidateOutcome,
  type CreateMasterOutcome,
  type DistributeOutcome,
  type FileSink,
  type InputFile,
  type ListInput,
  type LiveResult,
  type MasterInfo,
  type ReviewDecision,
  type ReviewListing,
  type ReviewOutcome,
  type SummaryOutcome,
} from '../app/index.js';
import { localIso } from '../domain/datetime.js';
import { DubanError } from '../domain/errors.js';
import { safeFileName } from '../domain/filename.js';
import { appMessages, taskpaneMessages as say } from '../domain/messages/index.js';
import type { OperationOptions } from '../domain/operation.js';
import { readPeriod } from '../domain/period/index.js';
import type { ValidationReport } from '../domain/validate/index.js';
import { paneCatalogue } from './builtin.js';
import { XLSX_MIME, type Download, type ExcelWorkspace, type StandaloneWorkspace, type Workspace } from './workspace.js';

export { defaultPeriod, masterInfo, type InputFile, type LiveResult, type MasterInfo } from '../app/index.js';
export type { BriefOutcome, CandidateListing, CloseOutcome, ConsolidateOutcome, ReviewDecision, ReviewListing, ReviewOutcome, SummaryOutcome };
export type LoadOutcome = CreateMasterOutcome;

const clockAt = (now: Date): Clock => ({ now: () => localIso(now) });

/** 加载到工作簿: the master of a built-in list, with the built-in directory. */
export function loadList(workspace: Workspace, listId: string, settings: { now: Date; replaceExisting?: boolean }, options: OperationOptions = {}): Promise<LoadOutcome> {
  return createMaster({ store: workspace, catalogue: paneCatalogue, clock: clockAt(settings.now) }, { source: { kind: 'builtin', id: listId }, replaceExisting: settings.replaceExisting }, options);
}

export interface ImportSettings {
  now: Date;
  replaceExisting?: boolean;
  /** 清单年份 as the user typed it; blank or absent: read from the title or the deadlines. */
  year?: string;
  /** The office's own 单位名录; absent: built from the list. */
  units?: InputFile;
}

async function loadImported(workspace: Workspace, input: ListInput, settings: ImportSettings, options: OperationOptions): Promise<LoadOutcome> {
  return createMaster(
    { store: workspace, catalogue: paneCatalogue, clock: clockAt(settings.now) },
    { source: { kind: 'import', input, year: readYear(settings.year) }, units: settings.units, replaceExisting: settings.replaceExisting },
    options,
  );
}

/** 识别并加载: a notice's full text → the list, loaded as a built-in one is. */
export function loadNoticeText(workspace: Workspace, text: string, settings: ImportSettings, options: OperationOptions = {}): Promise<LoadOutcome> {
  return loadImported(workspace, { kind: 'notice', text }, settings, options);
}

/** 导入其他单位的清单: an .xlsx / .csv / .txt / .docx → the list, loaded as a built-in one is. */
export function loadForeignListFile(workspace: Workspace, file: InputFile, settings: ImportSettings, options: OperationOptions = {}): Promise<LoadOutcome> {
  options.onProgress?.({ done: 0, total: 1, note: file.name });
  return loadImported(workspace, { kind: 'file', file }, settings, options);
}

/** 打开已有的督办总表 (standalone): reads the file and makes it the master if it is one. */
export async function openMasterFile(workspace: StandaloneWorkspace, fileName: string, bytes: Uint8Array): Promise<MasterInfo> {
  const { grid, info } = await readMasterFile({ name: fileName, bytes });
  workspace.adopt(fileName, grid);
  return info;
}

/** 校验: every finding of the master's 任务清单 and 责任分解 sheets. */
export function validateMaster(workspace: Workspace, options: OperationOptions = {}): Promise<ValidationReport> {
  return validateStoredWorkbook({ store: workspace, catalogue: paneCatalogue }, {}, options);
}

/** 即时校验 (Excel only): validates each edited cell; resolves to the function that stops it. */
export function startLiveValidation(workspace: ExcelWorkspace, onResult: (result: LiveResult) => void, onError: (error: unknown) => void): Promise<() => Promise<void>> {
  return startLive({ store: workspace, catalogue: paneCatalogue }, onResult, onError);
}

/** The returns of one run as one zip to download, each workbook kept for hosts that cannot save a download. */
function zipSink(now: Date, zipName: () => string): FileSink<Download> {
  const parts: Download[] = [];
  return {
    async write(fileName: string, bytes: Uint8Array) {
      parts.push({ fileName, bytes, mime: XLSX_MIME });
    },
    async close(): Promise<Download> {
      const JSZip = await zipModule();
      const zip = new JSZip();
      for (const part of parts) zip.file(part.fileName, part.bytes, { date: now, binary: true });
      // The workbooks are compressed already; storing them keeps the zip quick to build.
      const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
      return { fileName: safeFileName(zipName()), bytes, mime: 'application/zip', parts };
    },
  };
}

export interface ReturnsOutcome extends DistributeOutcome<Download> {
  count: number;
}

/** 生成各单位填报表: one return workbook per unit with rows in the period, zipped. */
export async function generateReturns(workspace: Workspace, periodCode: string, settings: { now: Date }, options: OperationOptions = {}): Promise<ReturnsOutcome> {
  const period = readPeriod(periodCode);
  const outcome = await distributeReturns(
    { store: workspace, output: zipSink(settings.now, () => say.returns.zipName(period.label)), clock: clockAt(settings.now) },
    { period },
    options,
  );
  return { ...outcome, count: outcome.files.length };
}

/** 汇总回收表: reads every returned file, consolidates, and writes 进展汇总 / 报送情况 into the master. */
export function consolidateReturnFiles(workspace: Workspace, inputs: readonly InputFile[], periodCode: string, settings: { now: Date }, options: OperationOptions = {}): Promise<ConsolidateOutcome> {
  if (inputs.length === 0) return Promise.reject(new DubanError(appMessages.noReturnFiles));
  return consolidate({ store: workspace, returns: returnsInMemory(inputs), clock: clockAt(settings.now) }, { period: readPeriod(periodCode) }, options);
}

/** 按单位 / 按领导: the counts the summary sheets show, for a period (the latest reported by default). */
export function summarizeMaster(workspace: Workspace, settings: { now: Date; period?: string }): Promise<SummaryOutcome> {
  return summarize({ store: workspace, clock: clockAt(settings.now) }, { period: settings.period || undefined });
}

/** 生成通报: the 通报 draft of a period from the open master, as text and .docx. */
export function draftBrief(workspace: Workspace, periodCode: string, settings: { now: Date }): Promise<BriefOutcome> {
  return brief({ store: workspace, clock: clockAt(settings.now) }, { period: periodCode || undefined, docx: true });
}

/** 审核: the period's returned rows with their decisions so far. */
export function reviewRows(workspace: Workspace, periodCode: string): Promise<ReviewListing> {
  return rows({ store: workspace }, { period: periodCode || undefined });
}

/** 保存审核结果: the decisions written into the master's 审核 sheet. */
export function recordReviews(workspace: Workspace, periodCode: string, decisions: readonly ReviewDecision[], settings: { now: Date }, options: OperationOptions = {}): Promise<ReviewOutcome> {
  return record({ store: workspace, clock: clockAt(settings.now) }, { period: periodCode, decisions }, options);
}

/** 办结销号: the tasks whose lead unit reported 已完成, not closed yet. */
export function closeCandidates(workspace: Workspace): Promise<CandidateListing> {
  return candidates({ store: workspace });
}

/** 办结销号: one task closed with its date and basis, written into the master's 办结销号 sheet. */
export function closeTask(workspace: Workspace, closure: { seq: number; date: string; basis: string }, settings: { now: Date }, options: OperationOptions = {}): Promise<CloseOutcome> {
  return close({ store: workspace, clock: clockAt(settings.now) }, { closures: [closure] }, options);
}
