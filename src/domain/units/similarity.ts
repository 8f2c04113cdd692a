/**
 * How alike two normalized unit names are, 0..1. One score for both the fast matcher and the naive
 * baseline, so the two can only differ in which names they look at, never in how they judge them.
 */
import { codePoints, initialsOf } from './chinese.js';

const CITY = '市';

/** A name cut before its institutional ending: 市发展改革 + 委. */
interface Stemmed {
  stem: string;
  suffix: string;
}

/** Institutional endings that name the same kind of body (委 = 委员会, 办 = 办公室). */
const SUFFIXES: readonly [string, string][] = [
  ['委员会', '委'],
  ['办公室', '办'],
  ['办公厅', '厅'],
  ['管委会', '管委会'],
  ['委', '委'],
  ['局', '局'],
  ['办', '办'],
  ['厅', '厅'],
  ['中心', '中心'],
  ['总队', '总队'],
];

function splitSuffix(text: string): Stemmed {
  for (const [ending, as] of SUFFIXES) {
    if (text.length > ending.length && text.endsWith(ending)) return { stem: text.slice(0, -ending.length), suffix: as };
  }
  return { stem: text, suffix: '' };
}

/** A name ready for comparison: its code points, their pinyin first letters and its stem. */
export interface Prepared extends Stemmed {
  text: string;
  codes: Int32Array;
  initials: Int32Array;
  /** The stem of 市 + text, for a name typed without its 市 (发改委); null when it has one. */
  withCity: Stemmed | null;
}

export function prepare(text: string): Prepared {
  const codes = codePoints(text);
  const withCity = text.startsWith(CITY) ? null : splitSuffix(CITY + text);
  return { text, codes, initials: initialsOf(codes), ...splitSuffix(text), withCity };
}

/** Levenshtein distance; `row` is scratch space of at least b.length + 1 entries. */
export function editDistance(a: Int32Array, b: Int32Array, row: Int32Array = new Int32Array(b.length + 1)): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0];
    row[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j];
      const cost = ai === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length];
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of short) {
    at = long.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

/** How far into a name the second character of its abbreviation may be (市网信办: 网 is third in 市委网信办). */
export const ABBREVIATION_REACH = 2;

/**
 * Chinese abbreviations keep the first character and drop inner ones: 市发改委 ⊂ 市发展改革委,
 * 市网信办 ⊂ 市委网信办, 市人社局 ⊂ 市人力资源和社会保障局. A different institutional ending
 * (市市场监管局 / 市市场监管委) costs a little.
 */
function abbreviationScore(a: Stemmed, b: Stemmed, minCoverage = 0): number {
  if (a.stem.length < 2 || a.stem.length > b.stem.length || a.stem[0] !== b.stem[0]) return 0;
  if (a.stem.length / b.stem.length < minCoverage) return 0;
  // The second character comes early in the long name too (an abbreviation starts like its name).
  const second = b.stem.indexOf(a.stem[1], 1);
  if (second < 1 || second > ABBREVIATION_REACH) return 0;
  if (!isSubsequence(a.stem, b.stem)) return 0;
  const sameEnding = a.suffix === b.suffix;
  if (!sameEnding && (a.suffix === '' || b.suffix === '')) return 0;
  return 0.8 + (0.15 * a.stem.length) / b.stem.length - (sameEnding ? 0 : 0.08);
}

/** One name inside the other: 市发展改革委牵头 ⊃ 市发展改革委; 发展改革委 ⊂ 市发展改革委. */
function containmentScore(input: string, name: string): number {
  if (name.length >= 3 && input.length > name.length && input.includes(name)) return 0.75 + (0.2 * name.length) / input.length;
  if (input.length >= 3 && name.length > input.length && name.includes(input)) return 0.7 + (0.2 * input.length) / name.length;
  return 0;
}

/** Best way the (normalized) input resembles a name: characters, pinyin first letters, abbreviation, containment. */
export function similarity(input: Prepared, name: Prepared, row?: Int32Array): number {
  if (input.text === name.text) return 1;
  const longest = Math.max(input.codes.length, name.codes.length);
  if (longest === 0) return 0;
  const bySound = name.codes.length + 1;
  const scratch = row && row.length >= bySound ? row : new Int32Array(bySound);
  const chars = 1 - editDistance(input.codes, name.codes, scratch) / longest;
  const letters = 1 - editDistance(input.initials, name.initials, scratch) / longest;
  // Same sounds, other characters (a pinyin input slip): half the way from the characters to the sounds.
  const sound = letters > chars ? (chars + letters) / 2 : 0;
  // The input abbreviates the name, or (mostly covering it) spells out a name the directory keeps short.
  let abbreviation = Math.max(abbreviationScore(input, name), abbreviationScore(name, input, 0.6));
  if (abbreviation === 0 && input.withCity && name.withCity === null) {
    abbreviation = Math.max(0, abbreviationScore(input.withCity, name) - 0.05);
  }
  const best = Math.max(chars, sound, abbreviation, containmentScore(input.text, name.text));
  return Math.min(best, 0.99);
}
