/**
 * Merging consolidated rows into the master, row by row: a row of this period replaces the row
 * 进展汇总 holds for the same unit and task, and nothing else — earlier periods, other units, and
 * tasks a return did not cover stay as they were, and a text left blank never erases the text held.
 * Running consolidation again changes nothing. 责任分解's latest status and the summaries come from
 * the master builder.
 */
import type { ProgressEntry } from '../model/schemas.js';
import type { ConsolidationResult } from '../returns/consolidate.js';
import { progressKey } from '../returns/rounds.js';
import { buildReturnStatusSheet, RETURN_STATUS_STYLES } from '../returns/status-sheet.js';
import type { WorkbookSpec } from '../spec/types.js';
import { closureEntries } from './closure-entries.js';
import type { MasterContent } from './read.js';
import { buildMasterSpec } from './spec.js';

const TEXT_FIELDS = ['text', 'problems', 'nextSteps'] as const;

/** The new row, with any text it left blank taken from the row it replaces. */
function keepTexts(entry: ProgressEntry, held: ProgressEntry | undefined): ProgressEntry {
  if (!held) return entry;
  const kept = { ...entry };
  for (const field of TEXT_FIELDS) if (!kept[field] && held[field]) kept[field] = held[field];
  return kept;
}

export function mergeProgress(existing: readonly ProgressEntry[], result: Pick<ConsolidationResult, 'entries'>): ProgressEntry[] {
  const incoming = new Map(result.entries.map((entry) => [progressKey(entry), entry]));
  const held = new Map(existing.map((entry) => [progressKey(entry), entry]));
  return [
    ...existing.filter((entry) => !incoming.has(progressKey(entry))),
    ...result.entries.map((entry) => keepTexts(entry, held.get(progressKey(entry)))),
  ];
}

export interface MergedMasterInput {
  master: MasterContent;
  result: ConsolidationResult;
  /** ISO date-time of the consolidation (the file's timestamps). */
  generatedAt: string;
  /** ISO date, for the 报送情况 summary and the 催办 texts. */
  today: string;
}

/** The master workbook with the merged progress, the refreshed summaries for the period and 报送情况. */
export function buildMergedMasterSpec({ master, result, generatedAt, today }: MergedMasterInput): WorkbookSpec {
  const progress = mergeProgress(master.progress, result);
  // 办结销号: closed tasks count as 已完成 for every unit that no longer reports on them.
  progress.push(...closureEntries(master.list, master.directory, master.closures ?? [], result.plan.period.code, progress));
  return buildMasterSpec({
    list: master.list,
    directory: master.directory,
    progress,
    period: result.plan.period.code,
    generatedAt,
    extraSheets: [buildReturnStatusSheet({ result, today })],
    extraStyles: RETURN_STATUS_STYLES,
    alertRules: master.alertRules,
    scoringRules: master.scoringRules,
    reviews: master.reviews,
    closures: master.closures,
  });
}
