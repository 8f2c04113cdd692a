/**
 * Which unit a returned file is from: the metadata sheet, else the 填报单位 title cell, else the file
 * name, each normalized through the unit directory and matched against the units of the plan.
 */
import { normalizeUnitText, type UnitMatchKind, type UnitMatcher } from '../units/index.js';
import type { DistributionPlan, PlannedReturn } from './plan.js';

export type UnitSource = 'meta' | 'title' | 'fileName';

export interface UnitIdentification {
  planned: PlannedReturn;
  /** The text the unit was read from. */
  raw: string;
  source: UnitSource;
  /** exact: the list's own name; alias / fuzzy / group: as the directory matched it. */
  kind: UnitMatchKind;
  confidence: number;
}

export interface UnitResolver {
  resolve(raw: string, source: UnitSource): UnitIdentification | null;
}

export function createUnitResolver(plan: DistributionPlan, matcher: UnitMatcher): UnitResolver {
  const byName = new Map<string, PlannedReturn>();
  const byCanonical = new Map<string, PlannedReturn>();
  for (const planned of plan.returns) {
    byName.set(normalizeUnitText(planned.unit), planned);
    const canonical = matcher.match(planned.unit).canonical;
    if (canonical && !byCanonical.has(canonical)) byCanonical.set(canonical, planned);
  }
  return {
    resolve(raw, source) {
      const normalized = normalizeUnitText(raw);
      if (!normalized) return null;
      const direct = byName.get(normalized);
      if (direct) return { planned: direct, raw, source, kind: 'exact', confidence: 1 };
      const match = matcher.match(raw);
      const planned = match.canonical ? byCanonical.get(match.canonical) : undefined;
      if (!planned) return null;
      const kind: UnitMatchKind = match.kind === 'exact' ? 'alias' : match.kind;
      return { planned, raw, source, kind, confidence: match.confidence };
    },
  };
}

const PERIOD_IN_NAME = /^(\d{4}([qQhH]\d|-\d{1,2})?|\d{4}年.*|第?[一二三四1-4]季度|[上下]半年|\d{1,2}月份?)$/;
const DECORATION = /^(副本|copy|填报表|进展填报|进展情况|报送|最终版|终稿|修改版|\d+)$/i;

/** Candidate unit names in a file name: the whole stem, then its parts split at - _ spaces and brackets. */
export function unitCandidatesFromFileName(fileName: string): string[] {
  // A name made safe (src/domain/filename.ts) may end in ~ and a hash: not part of the unit's name.
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/~[0-9a-f]{10}$/i, '');
  const parts = stem
    .split(/[-_\s—–.·、，,()（）[\]【】]+/)
    .map((part) => part.trim())
    .filter((part) => part && !PERIOD_IN_NAME.test(part) && !DECORATION.test(part));
  return [...new Set([stem, ...parts])];
}

/** The period code a file name carries (市商务局-2023Q1.xlsx → 2023Q1), if any. */
export function periodCodeFromFileName(fileName: string): string | null {
  const match = /(?:^|[^0-9])(\d{4}(?:[qQ][1-4]|[hH][12]|-(?:0[1-9]|1[0-2])))(?![0-9])/.exec(fileName.replace(/^.*[\\/]/, ''));
  return match ? match[1] : null;
}

export interface IdentifyInput {
  metaUnit: string | null;
  titleUnit: string | null;
  fileName: string;
}

/**
 * The metadata's unit decides when the metadata is there. Otherwise the title cell, then the file
 * name; a title naming no unit of the plan still lets a clear file name decide. Null with the text
 * that was found when nothing names a unit of the plan.
 */
export function identifyUnit(resolver: UnitResolver, input: IdentifyInput): UnitIdentification | { unknown: string | null } {
  if (input.metaUnit) return resolver.resolve(input.metaUnit, 'meta') ?? { unknown: input.metaUnit };
  if (input.titleUnit) {
    const found = resolver.resolve(input.titleUnit, 'title');
    if (found) return found;
  }
  for (const part of unitCandidatesFromFileName(input.fileName)) {
    const found = resolver.resolve(part, 'fileName');
    if (found) return found;
  }
  return { unknown: input.titleUnit || null };
}
