/**
 * The baseline, not for use: matching the plain way, to measure the fast matcher against (bench) and
 * to check that it finds the same units (tests). Every call scans every name of the directory and
 * scores each one in full, with no index and no memo. Directory names are compared as written, so
 * they are expected to be normalized already (as seeds/units.json is).
 */
import type { UnitDirectory } from '../src/domain/model/index.js';
import { directoryNames, emptyVerdict, foundVerdict, fuzzyVerdict, isNoUnit, type Scored, type UnitMatch } from '../src/domain/units/decide.js';
import { normalizeUnitText } from '../src/domain/units/normalize.js';
import { prepare, similarity } from '../src/domain/units/similarity.js';

export function naiveMatch(directory: UnitDirectory, raw: string): UnitMatch {
  const normalized = normalizeUnitText(raw);
  if (isNoUnit(normalized)) return { input: raw, ...emptyVerdict(normalized) };
  const input = prepare(normalized);
  const scored: Scored[] = [];
  for (const name of directoryNames(directory)) {
    const key = { ...name, prepared: prepare(name.text) };
    scored.push({ key, score: similarity(input, key.prepared) });
  }
  // Only a name spelled exactly the same scores 1; a canonical name outranks an alias spelled alike.
  const exact = scored
    .filter((item) => item.score === 1)
    .sort((a, b) => Number(a.key.isAlias) - Number(b.key.isAlias) || a.key.entryIndex - b.key.entryIndex)[0];
  return { input: raw, ...(exact ? foundVerdict(normalized, exact.key) : fuzzyVerdict(normalized, scored)) };
}
