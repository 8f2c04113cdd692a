/**
 * Merging consolidated rows into 进展汇总: earlier periods stay; this period's rows of the units that
 * returned are replaced, never duplicated, so running consolidation again changes nothing.
 */
import type { ProgressEntry } from '../model/schemas.js';
import type { ConsolidationResult } from './consolidate.js';

export function mergeProgress(
  existing: readonly ProgressEntry[],
  result: Pick<ConsolidationResult, 'entries' | 'replacedUnits'> & { plan: { period: { code: string } } },
): ProgressEntry[] {
  const period = result.plan.period.code;
  const replaced = new Set(result.replacedUnits);
  return [...existing.filter((entry) => !(entry.period === period && replaced.has(entry.unit))), ...result.entries];
}
