/**
 * The verdict on a normalized name, shared by the fast matcher and the naive baseline (bench/): given the
 * directory names it looked at and their scores, what kind of match it is, which canonical name (if
 * any) and the top suggestions.
 */
import type { UnitDirectory } from '../model/index.js';
import { isGroupName } from './groups.js';
import { NO_UNIT } from './normalize.js';
import type { Prepared } from './similarity.js';

export interface UnitSuggestion {
  readonly name: string;
  /** 0..1, rounded to two decimals. */
  readonly score: number;
}

interface VerdictFacts {
  /** `normalizeUnitText(input)`. */
  readonly normalized: string;
  /** 0..1: 1 for exact, alias and group, the similarity for fuzzy and unknown. */
  readonly confidence: number;
  /** Whether `canonical` is a group placeholder rather than a single unit. */
  readonly isGroup: boolean;
  /** Up to three canonical names, best first. */
  readonly suggestions: readonly UnitSuggestion[];
}

/**
 * The verdict on a name, without the input (memoized per normalized text). exact: the canonical
 * name (after normalization); alias: a former name or abbreviation the directory lists; fuzzy: the
 * closest name, close enough to be taken; group: a group placeholder (the directory's, or one
 * recognised by its wording); unknown: no canonical name, see suggestions.
 */
export type UnitVerdict =
  | (VerdictFacts & { readonly kind: 'exact' | 'alias' | 'fuzzy' | 'group'; readonly canonical: string })
  | (VerdictFacts & { readonly kind: 'unknown'; readonly canonical?: undefined });

export type UnitMatchKind = UnitVerdict['kind'];

export type UnitMatch = UnitVerdict & {
  /** The text as given. */
  readonly input: string;
};

/** One name (canonical or alias) of a directory entry. */
export interface DirectoryKey {
  readonly prepared: Prepared;
  readonly canonical: string;
  readonly entryIndex: number;
  readonly isAlias: boolean;
  readonly isGroup: boolean;
}

export interface Scored {
  readonly key: DirectoryKey;
  readonly score: number;
}

/** A fuzzy match at or above this similarity is taken as the unit. */
export const FUZZY_ACCEPT = 0.8;
/** Names below this similarity are not worth suggesting. */
export const SUGGEST_MIN = 0.5;
/** Two different units this close to the best leave the choice to a person. */
export const AMBIGUITY_MARGIN = 0.02;
export const MAX_SUGGESTIONS = 3;

const round = (score: number) => Math.round(score * 100) / 100;

export function isNoUnit(normalized: string): boolean {
  return normalized === '' || normalized === NO_UNIT;
}

export function emptyVerdict(normalized: string): UnitVerdict {
  return Object.freeze({ normalized, kind: 'unknown', confidence: 0, isGroup: false, suggestions: Object.freeze([]) });
}

/** A name found as written: its canonical form or one of its aliases. */
export function foundVerdict(normalized: string, key: DirectoryKey): UnitVerdict {
  const kind = key.isAlias ? 'alias' : key.isGroup ? 'group' : 'exact';
  return Object.freeze({
    normalized,
    kind,
    canonical: key.canonical,
    confidence: 1,
    isGroup: key.isGroup,
    suggestions: Object.freeze([Object.freeze({ name: key.canonical, score: 1 })]),
  });
}

/** Best first; among equals the earlier directory entry, its canonical name before its aliases. */
function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.key.entryIndex - b.key.entryIndex || Number(a.key.isAlias) - Number(b.key.isAlias);
}

/** The verdict on a name not found as written, from the scores of the directory names looked at. */
export function fuzzyVerdict(normalized: string, scored: Scored[]): UnitVerdict {
  const ranked = [...scored].sort(byScore);
  const distinct: Scored[] = [];
  const seen = new Set<string>();
  for (const item of ranked) {
    if (seen.has(item.key.canonical)) continue;
    seen.add(item.key.canonical);
    distinct.push(item);
  }
  const suggestions = Object.freeze(
    distinct
      .filter((item) => item.score >= SUGGEST_MIN)
      .slice(0, MAX_SUGGESTIONS)
      .map((item) => Object.freeze({ name: item.key.canonical, score: round(item.score) })),
  );
  const best = distinct[0];
  const runnerUp = distinct[1];
  const inputIsGroup = isGroupName(normalized);
  const clear = best && best.score >= FUZZY_ACCEPT && !(runnerUp && runnerUp.score > best.score - AMBIGUITY_MARGIN);
  if (best && clear && (!inputIsGroup || best.key.isGroup)) {
    return Object.freeze({ normalized, kind: 'fuzzy', canonical: best.key.canonical, confidence: round(best.score), isGroup: best.key.isGroup, suggestions });
  }
  if (inputIsGroup) {
    return Object.freeze({ normalized, kind: 'group', canonical: normalized, confidence: 1, isGroup: true, suggestions });
  }
  return Object.freeze({ normalized, kind: 'unknown', confidence: best ? round(best.score) : 0, isGroup: false, suggestions });
}

/** Every name of the directory, canonical names first within each entry. */
export function* directoryNames(directory: UnitDirectory): Generator<{ text: string; canonical: string; entryIndex: number; isAlias: boolean; isGroup: boolean }> {
  for (const [entryIndex, entry] of directory.units.entries()) {
    const isGroup = entry.kind === 'group';
    yield { text: entry.name, canonical: entry.name, entryIndex, isAlias: false, isGroup };
    for (const alias of entry.aliases) yield { text: alias, canonical: entry.name, entryIndex, isAlias: true, isGroup };
  }
}
