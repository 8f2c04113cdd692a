/**
 * The unit directory a list brings with it: every unit and group the list names, canonicalised
 * within the list. Two names of one list that are the same unit written two ways (区发改局 and
 * 区发展改革局) become one entry — the longer, spelled-out name canonical, the other its alias —
 * and each such decision is returned so it can be shown to the user. Nothing outside the list is
 * added: suggestions made from this directory can only name the list's own units.
 */
import { unitMessages as say } from '../messages/units.js';
import type { TaskList, UnitDirectory, UnitEntry } from '../model/index.js';
import { pinyinOf } from './chinese.js';
import { isGroupName } from './groups.js';
import { normalizeUnitText, NO_UNIT } from './normalize.js';
import { prepare, similarity } from './similarity.js';

/** Two names of one list at least this alike, one abbreviating the other, are the same unit. */
export const SAME_UNIT = 0.85;

export interface AliasDecision {
  canonical: string;
  alias: string;
  score: number;
}

/** A name one character off another of the same list, the two characters sounding alike: a slip. */
export interface TypoDecision {
  typo: string;
  intended: string;
}

export interface ListDirectory {
  directory: UnitDirectory;
  aliases: AliasDecision[];
  /** Names left out of the directory as slips of another name (validation then suggests the intended one). */
  typos: TypoDecision[];
}

/**
 * 区发该局 written once where 区发改局 is written elsewhere: same length, one character changed, and
 * the two characters sound the same (改/该, gai). 区财政局 / 区民政局 and 区税务局 / 区商务局 are not.
 */
function isSlip(rare: string, common: string): boolean {
  const a = [...rare];
  const b = [...common];
  if (a.length !== b.length || a.length < 3) return false;
  const differing = a.flatMap((char, i) => (char === b[i] ? [] : [i]));
  if (differing.length !== 1) return false;
  const at = differing[0];
  return pinyinOf(a[at]) === pinyinOf(b[at]);
}

interface Seen {
  name: string;
  normalized: string;
  count: number;
  group: boolean;
}

/** The list's unit names, each once (compared normalized), in order of first appearance, with how often. */
function namesOf(list: TaskList): Seen[] {
  const byKey = new Map<string, Seen>();
  for (const task of list.tasks) {
    for (const unit of task.units) {
      const normalized = normalizeUnitText(unit.name);
      if (normalized === '' || normalized === NO_UNIT) continue;
      const seen = byKey.get(normalized);
      if (seen) seen.count += 1;
      else byKey.set(normalized, { name: unit.name.trim(), normalized, count: 1, group: unit.group || isGroupName(normalized) });
    }
  }
  return [...byKey.values()];
}

/** Whether one name is the other written short: same first character, the short one's characters in order. */
function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let at = 0;
  for (const char of short) {
    at = long.indexOf(char, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

export function buildListDirectory(list: TaskList): ListDirectory {
  const names = namesOf(list);
  const prepared = names.map((seen) => prepare(seen.normalized));
  const aliasOf = new Map<number, number>();
  const aliases: AliasDecision[] = [];
  // Longer names first: a spelled-out name is the canonical one its abbreviations join.
  const order = names.map((_, i) => i).sort((a, b) => names[b].normalized.length - names[a].normalized.length || a - b);
  for (const i of order) {
    if (aliasOf.has(i) || names[i].group) continue;
    for (const j of order) {
      if (j === i || aliasOf.has(j) || names[j].group || aliasOf.has(i)) continue;
      const short = names[j].normalized;
      const long = names[i].normalized;
      if (!abbreviates(short, long)) continue;
      const score = similarity(prepared[j], prepared[i]);
      if (score < SAME_UNIT) continue;
      aliasOf.set(j, i);
      aliases.push({ canonical: names[i].name, alias: names[j].name, score: Math.round(score * 100) / 100 });
    }
  }
  const typos: TypoDecision[] = [];
  const slipOf = new Set<number>();
  names.forEach((rare, i) => {
    if (aliasOf.has(i) || rare.group) return;
    const common = names.find((other, j) => j !== i && other.count > rare.count && isSlip(rare.normalized, other.normalized));
    if (!common) return;
    slipOf.add(i);
    typos.push({ typo: rare.name, intended: common.name });
  });
  const entries: { at: number; entry: UnitEntry }[] = [];
  names.forEach((seen, i) => {
    if (aliasOf.has(i) || slipOf.has(i)) return;
    const own = aliases.filter((decision) => decision.canonical === seen.name).map((decision) => decision.alias);
    // An entry stands where the list first names the unit, under whichever of its names.
    const at = Math.min(i, ...[...aliasOf].filter(([, canonical]) => canonical === i).map(([alias]) => alias));
    entries.push({ at, entry: { name: seen.name, aliases: own, kind: seen.group ? 'group' : 'unit', note: own.length > 0 ? say.mergedAliases(own) : say.fromList } });
  });
  const units = entries.sort((a, b) => a.at - b.at).map(({ entry }) => entry);
  return { directory: { units }, aliases, typos };
}
