/**
 * Merging consolidated rows into the master: 进展汇总 keeps earlier periods; this period's rows of
 * the units that returned are replaced, never duplicated, so running consolidation again changes
 * nothing. 责任分解's latest status and the summaries come from the master builder.
 */
import { buildMasterSpec, type MasterContent } from '../master/index.js';
import type { ProgressEntry } from '../model/schemas.js';
import type { WorkbookSpec } from '../spec/types.js';
import type { ConsolidationResult } from './consolidate.js';
import { buildReturnStatusSheet, RETURN_STATUS_STYLES } from './status-sheet.js';

export function mergeProgress(
  existing: readonly ProgressEntry[],
  result: Pick<ConsolidationResult, 'entries' | 'replacedUnits'> & { plan: { period: { code: string } } },
): ProgressEntry[] {
  const period = result.plan.period.code;
  const replaced = new Set(result.replacedUnits);
  return [...existing.filter((entry) => !(entry.period === period && replaced.has(entry.unit))), ...result.entries];
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
  return buildMasterSpec({
    list: master.list,
    directory: master.directory,
    progress: mergeProgress(master.progress, result),
    period: result.plan.period.code,
    generatedAt,
    extraSheets: [buildReturnStatusSheet({ result, today })],
    extraStyles: RETURN_STATUS_STYLES,
  });
}
