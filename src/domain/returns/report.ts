/** The consolidation report (DESIGN.md's JSON contract, plus a few fields of our own) and its inputs. */
import type { WorkbookGrid } from '../grid.js';
import type { FileKind } from '../messages/index.js';
import type { UnitMatchKind } from '../units/index.js';
import type { UnitSource } from './identify.js';

/** What a returned file turned out to be, as the reader (src/xlsx detectFileKind) saw it. */
export type ReturnFileKind = FileKind;

/** One input file as the caller read it. */
export interface ReturnFile {
  /** How the report names the file (unique among the inputs). */
  file: string;
  /** The file name alone (recorded as 来源文件, and a last hint of the unit). */
  name: string;
  /** The file's modified time, ISO date-time. */
  mtime?: string;
  kind: ReturnFileKind;
  /** The workbook (or the CSV as one sheet) when it could be read. */
  grid?: WorkbookGrid;
  /** Why it could not be read (the reader's Chinese message), when `grid` is absent. */
  problem?: string;
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
  /** Our additions: the list and period consolidated, how each file's unit was recognised. */
  listId: string;
  period: string;
  unitMatches: { file: string; unit: string; raw: string; source: UnitSource; kind: UnitMatchKind; confidence: number }[];
  /** Data rows in returns dropped as the earlier of two from one unit. */
  rowsInDroppedDuplicates: number;
  /** Data rows in files rejected as a whole (when the file could be read at all). */
  rowsInRejectedFiles: number;
}

/** Whether a unit of the plan returned, for the 报送情况 sheet. */
export interface UnitReceipt {
  unit: string;
  returned: boolean;
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
    report.unitsMissing.length > 0
  );
}
