/**
 * The fast unit matcher: built once from a directory, then asked about many cells. Exact names and
 * aliases are one map lookup; fuzzy matching only scores the directory names that share character
 * pairs (or pinyin-letter pairs) with the input, and every verdict is memoized by normalized text.
 */
import type { UnitDirectory } from '../model/index.js';
import {
  directoryNames,
  emptyVerdict,
  foundVerdict,
  fuzzyVerdict,
  isNoUnit,
  type DirectoryKey,
  type Scored,
  type UnitMatch,
  type UnitVerdict,
} from './decide.js';
import { normalizeUnitText } from './normalize.js';
import { ABBREVIATION_REACH, prepare, similarity, type Prepared } from './similarity.js';
import { splitUnitCell } from './split.js';

export interface UnitMatcher {
  readonly directory: UnitDirectory;
  /** One unit name. */
  match(raw: string): UnitMatch;
  /** Every unit of a cell (split with `splitUnitCell`), in order. */
  matchCell(raw: string): readonly UnitMatch[];
}

/** How many of the best-sharing directory names are scored in full. */
const CANDIDATES = 24;
/** A directory name sharing fewer pairs than this fraction of the best-sharing one is not scored… */
const SHARED_FRACTION = 0.5;
/** …unless the input holds this fraction of the name's own pairs. */
const OWN_FRACTION = 0.75;
/** Memos are dropped and restarted beyond this many entries, so memory stays bounded. */
const MEMO_LIMIT = 200_000;
const PAIR_SPAN = 2;
const CODE_RANGE = 0x200000;

/**
 * Pairs of characters one or two apart (市发改委 → 市发, 市改, 发改, 发委, 改委), and the same for the
 * pinyin letters. One inserted, deleted or changed character leaves most pairs of a name intact.
 */
function pairIds(codes: Int32Array, initials: Int32Array): number[] {
  const ids = new Set<number>();
  for (let i = 0; i < codes.length; i += 1) {
    for (let span = 1; span <= PAIR_SPAN && i + span < codes.length; span += 1) {
      ids.add(charPair(codes[i], codes[i + span]));
      ids.add(-(initials[i] * CODE_RANGE + initials[i + span]) - 1);
    }
  }
  return [...ids];
}

function charPair(first: number, second: number): number {
  return first * CODE_RANGE + second;
}

/**
 * The pairs an abbreviation shares with its name whatever their lengths: the first character of the
 * stem with the second or third (市发改委 and 市发展改革委 share 市发; 市网信办 and 市委网信办 share
 * 市网), also for the input read with a 市 before it.
 */
function leadingPairIds(input: Prepared): number[] {
  const ids: number[] = [];
  for (const stem of [input.stem, input.withCity?.stem]) {
    const [first, ...rest] = [...(stem ?? '')].slice(0, 1 + ABBREVIATION_REACH).map((char) => char.codePointAt(0) as number);
    for (const next of rest) ids.push(charPair(first, next));
  }
  return ids;
}

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

export function createUnitMatcher(directory: UnitDirectory): UnitMatcher {
  const keys: DirectoryKey[] = [];
  const found = new Map<string, DirectoryKey>();
  const postings = new Map<number, number[]>();
  const ownPairs: number[] = [];
  for (const name of directoryNames(directory)) {
    const key: DirectoryKey = { ...name, prepared: prepare(normalizeUnitText(name.text)) };
    if (key.prepared.text === '') continue;
    const index = keys.push(key) - 1;
    const ids = pairIds(key.prepared.codes, key.prepared.initials);
    ownPairs.push(Math.max(1, ids.length));
    // Canonical names come before aliases within an entry; the first claim on a text wins.
    if (!found.has(key.prepared.text) || (!key.isAlias && found.get(key.prepared.text)?.isAlias)) found.set(key.prepared.text, key);
    for (const id of ids) {
      const list = postings.get(id);
      if (list) list.push(index);
      else postings.set(id, [index]);
    }
  }

  const longest = keys.reduce((max, key) => Math.max(max, key.prepared.codes.length), 0);
  const row = new Int32Array(longest + 1);
  const shared = new Int32Array(keys.length);
  const normalizedTexts = new Map<string, string>();
  const verdicts = new Map<string, UnitVerdict>();
  const matches = new Map<string, UnitMatch>();
  const cells = new Map<string, readonly UnitMatch[]>();

  /**
   * The directory names worth scoring: those sharing at least half as many pairs as the best-sharing
   * name, or most of their own pairs (a name inside the input), the CANDIDATES best of them when
   * there are more; and every name that could be the long form of an abbreviation.
   */
  function candidates(input: Prepared): number[] {
    const touched: number[] = [];
    let most = 0;
    for (const id of pairIds(input.codes, input.initials)) {
      for (const index of postings.get(id) ?? []) {
        if (shared[index] === 0) touched.push(index);
        shared[index] += 1;
        if (shared[index] > most) most = shared[index];
      }
    }
    const closeness = (index: number) => Math.max(shared[index] / most, shared[index] / ownPairs[index]);
    let chosen = touched.filter((index) => shared[index] >= most * SHARED_FRACTION || shared[index] >= ownPairs[index] * OWN_FRACTION);
    if (chosen.length > CANDIDATES) chosen = chosen.sort((a, b) => closeness(b) - closeness(a) || a - b).slice(0, CANDIDATES);
    for (const index of touched) shared[index] = 0;
    const all = new Set(chosen);
    for (const id of leadingPairIds(input)) for (const index of postings.get(id) ?? []) all.add(index);
    return [...all];
  }

  function judge(normalized: string): UnitVerdict {
    if (isNoUnit(normalized)) return emptyVerdict(normalized);
    const key = found.get(normalized);
    if (key) return foundVerdict(normalized, key);
    const input = prepare(normalized);
    const scored: Scored[] = candidates(input).map((index) => ({
      key: keys[index],
      score: similarity(input, keys[index].prepared, row),
    }));
    return fuzzyVerdict(normalized, scored);
  }

  function normalize(raw: string): string {
    return normalizedTexts.get(raw) ?? remember(normalizedTexts, raw, normalizeUnitText(raw));
  }

  function match(raw: string): UnitMatch {
    const known = matches.get(raw);
    if (known) return known;
    const normalized = normalize(raw);
    const verdict = verdicts.get(normalized) ?? remember(verdicts, normalized, judge(normalized));
    return remember(matches, raw, Object.freeze({ input: raw, ...verdict }));
  }

  function matchCell(raw: string): readonly UnitMatch[] {
    const known = cells.get(raw);
    if (known) return known;
    return remember(cells, raw, Object.freeze(splitUnitCell(raw, normalize).map(match)));
  }

  return { directory, match, matchCell };
}
