/** The consolidation report (DESIGN.md's JSON contract, plus a few fields of our own) and its inputs. */
import type { WorkbookGrid } from '../grid.js';
import type { FileKind } from '../messages/index.js';
import type { UnitMatchKind } from '../units/index.js';
import type { UnchangedRow } from '../history/index.js';
import type { UnitSource } from './identify.js';

/** What a returned file turned out to be, as the reader (src/xlsx detectFileKind) saw it. */
export type ReturnFileKind = FileKind;

interface ReturnFileFacts {
  /** How the report names the file (unique among the inputs). */
  file: string;
  /** The file name alone (recorded as 来源文件, and a last hint of the unit). */
  name: string;
  /** The file's modified time, ISO date-time. */
  mtime?: string;
  /**
   * Which of the inputs given (files and folders, in the order given) it came from: of two files
   * from one unit, the one from a later input is the later submission.
   */
  input?: number;
}

/**
 * One input file as the caller read it: a workbook (or a CSV as one sheet) with its grid; a file
 * that could not be read, with why (the reader's Chinese message); or a file of another kind (a
 * Word document, a PDF), which its kind explains.
 */
export type ReturnFile = ReturnFileFacts &
  (
    | { kind: 'xlsx' | 'csv'; grid: WorkbookGrid; problem?: undefined }
    | { kind: ReturnFileKind; grid?: undefined; problem: string }
    | { kind: Exclude<ReturnFileKind, 'xlsx' | 'csv'>; grid?: undefined; problem?: undefined }
  );

/** What a file-system entry given to consolidation is. */
export type EntryKind = 'file' | 'hidden' | 'symlink' | 'danglingLink' | 'directory' | 'unreadable' | 'special';

/** What consolidation did with an entry. */
export type EntryOutcome = 'accepted' | 'damaged' | 'superseded' | 'rejected' | 'skipped' | 'searched';

/** One entry as the caller found it: read (then `file` names its ReturnFile) or not, with why. */
export interface InputEntry {
  /** Where it is: the path given, or the folder given joined with its path inside it. */
  path: string;
  kind: EntryKind;
  /** The real path a link points to. */
  target?: string;
  /** The ReturnFile.file of the file read for this entry. */
  file?: string;
  /** For an entry not read: skipped (system files, a file seen already), rejected (a person must look), searched (a folder). */
  outcome?: 'skipped' | 'rejected' | 'searched';
  reason?: string;
}

/** Every entry given, in the order found, with what happened to it. */
export interface ReportEntry {
  path: string;
  kind: EntryKind;
  outcome: EntryOutcome;
  reason: string;
  file?: string;
  target?: string;
  unit?: string;
}

/** One unit's report on one task as a file gave it. */
export interface RowVersion {
  file: string;
  row: number;
  status: string;
  text: string;
  problems?: string;
  nextSteps?: string;
}

export interface ConsolidationReport {
  filesRead: number;
  filesRejected: { file: string; reason: string }[];
  unitsReturned: string[];
  unitsMissing: string[];
  rowsAccepted: number;
  rowsRejected: { file: string; row: number; reason: string }[];
  duplicates: { unit: string; kept: string; dropped: string[] }[];
  tampered: { file: string; seq: number }[];
  /** 照抄上期: rows whose progress text copies the unit's previous report on the task (src/domain/history). */
  unchanged: UnchangedRow[];
  /** Our additions: the list and period consolidated, how each file's unit was recognised. */
  listId: string;
  period: string;
  unitMatches: { file: string; unit: string; raw: string; source: UnitSource; kind: UnitMatchKind; confidence: number }[];
  /** Data rows not taken because a later file of the same unit reported on the same task. */
  rowsInDroppedDuplicates: number;
  /** Data rows in files rejected as a whole (when the file could be read at all). */
  rowsInRejectedFiles: number;
  /** Every file-system entry given (file, link, hidden file, folder …) with what happened to it. */
  entries: ReportEntry[];
  /**
   * Forms with rows missing against their metadata (cut short, or rows deleted): the rows they hold
   * are taken, the missing tasks are 文件不完整 — not 未填报 — and keep what 进展汇总 held.
   */
  damaged: { file: string; unit: string; missing: number[] }[];
  /** One task reported differently in two files of one unit: the later version is taken, both are kept here. */
  conflicts: { unit: string; seq: number; kept: RowVersion; dropped: RowVersion[] }[];
  /**
   * Texts a return left blank that were kept from 进展汇总 or from another file of the unit:
   * `wholeRow` when the row was left entirely blank (no status either).
   */
  keptEarlier: { unit: string; seq: number; file: string; row: number; fields: string[]; from: string; wholeRow: boolean }[];
  /** Units whose rows came from more than one file (a submission in parts, merged row by row). */
  combined: { unit: string; files: string[] }[];
  /** Workbooks whose modified time cannot be trusted (in the future, or before the form was made); it does not decide which file is later. */
  suspicious: { file: string; modified: string; reason: string }[];
}

/** Whether a unit of the plan returned, for the 报送情况 sheet. */
export interface UnitReceipt {
  unit: string;
  returned: boolean;
  /** The unit sent its form back without filling in a row (counted as not reported: 未填报). */
  untouched?: boolean;
  /** Tasks the unit reports on. */
  tasks: number;
  due: string;
  file?: string;
  receivedAt?: string;
  accepted: number;
  rejected: number;
  tampered: number;
}

/** True when the report holds anything a person must look at (exit code 1). */
export function reportHasFindings(report: ConsolidationReport): boolean {
  return (
    report.filesRejected.length > 0 ||
    report.rowsRejected.length > 0 ||
    report.duplicates.length > 0 ||
    report.tampered.length > 0 ||
    report.unitsMissing.length > 0 ||
    report.damaged.length > 0 ||
    report.conflicts.length > 0 ||
    report.suspicious.length > 0 ||
    report.unchanged.length > 0
  );
}
