/**
 * seeds/units.json: the unit directory of the built-in lists. Every distinct unit (or group) the
 * lists name appears once under its canonical name; the alias decisions come from the reviewed
 * source seeds/sources/unit-aliases.json, each with the note that justifies it. The sixteen district
 * governments are listed as members of 各区人民政府 even where a list only names the group.
 */
import { z } from 'zod';
import { unitMessages } from '../../src/domain/messages/index.js';
import type { TaskList, UnitDirectory, UnitEntry } from '../../src/domain/model/index.js';
import {
  DISTRICT_GOVERNMENTS_GROUP,
  NO_UNIT,
  TIANJIN_DISTRICT_GOVERNMENTS,
  isGroupName,
  normalizeUnitText,
} from '../../src/domain/units/index.js';

export const UNIT_ALIASES_SOURCE = 'unit-aliases.json';

const LevelSchema = z.enum(['city', 'district', 'central', 'enterprise', 'other']);

const AliasSourceSchema = z.object({
  comment: z.string().optional(),
  aliases: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).min(1), note: z.string().min(1) })),
  levels: z.array(z.object({ level: LevelSchema, units: z.array(z.string().min(1)), note: z.string().min(1) })),
});
type AliasSource = z.infer<typeof AliasSourceSchema>;
type AliasDecision = AliasSource['aliases'][number];

/** A unit as the lists name it, gathered in order of first appearance. */
interface Named {
  name: string;
  isGroup: boolean;
  /** Indexes of the lists that name it. */
  lists: Set<number>;
}

function fail(problem: string): never {
  throw new Error(`${UNIT_ALIASES_SOURCE}: ${problem}`);
}

/** The source names units in their normalized form, so that what it says is what is compared. */
function normalizedAsWritten(name: string): string {
  if (normalizeUnitText(name) !== name) fail(`「${name}」 is not in normalized form (「${normalizeUnitText(name)}」)`);
  return name;
}

function readDecisions(source: AliasSource): { decisions: Map<string, AliasDecision>; canonicalOf: Map<string, string> } {
  const decisions = new Map<string, AliasDecision>();
  const canonicalOf = new Map<string, string>();
  for (const decision of source.aliases) {
    const name = normalizedAsWritten(decision.name);
    if (decisions.has(name)) fail(`「${name}」 has two entries`);
    decisions.set(name, decision);
    for (const alias of decision.aliases) {
      const key = normalizedAsWritten(alias);
      if (key === name) fail(`alias 「${alias}」 of 「${name}」 is the same name once normalized`);
      const taken = canonicalOf.get(key);
      if (taken) fail(`alias 「${alias}」 is claimed by both 「${taken}」 and 「${name}」`);
      canonicalOf.set(key, name);
    }
  }
  for (const name of decisions.keys()) {
    if (canonicalOf.has(name)) fail(`「${name}」 is both a canonical name and an alias of 「${canonicalOf.get(name)}」`);
  }
  return { decisions, canonicalOf };
}

function gatherNamed(lists: readonly TaskList[], canonicalOf: Map<string, string>): Map<string, Named> {
  const named = new Map<string, Named>();
  lists.forEach((list, listIndex) => {
    for (const task of list.tasks) {
      for (const unit of task.units) {
        const normalized = normalizeUnitText(unit.name);
        if (normalized === '' || normalized === NO_UNIT) throw new Error(`${list.id} task ${task.seq}: empty unit name 「${unit.name}」`);
        const name = canonicalOf.get(normalized) ?? normalized;
        const entry = named.get(name) ?? { name, isGroup: false, lists: new Set<number>() };
        entry.isGroup ||= unit.group || isGroupName(name);
        entry.lists.add(listIndex);
        named.set(name, entry);
      }
    }
  });
  for (const government of TIANJIN_DISTRICT_GOVERNMENTS) {
    if (!named.has(government)) named.set(government, { name: government, isGroup: false, lists: new Set() });
  }
  return named;
}

function readLevels(source: AliasSource, named: Map<string, Named>): Map<string, UnitEntry['level']> {
  const levels = new Map<string, UnitEntry['level']>();
  for (const { level, units } of source.levels) {
    for (const unit of units) {
      const name = normalizedAsWritten(unit);
      if (levels.has(name)) fail(`「${name}」 has two levels`);
      if (!named.has(name)) fail(`level given for 「${name}」, which no list names`);
      levels.set(name, level);
    }
  }
  return levels;
}

function levelOf(unit: Named, levels: Map<string, UnitEntry['level']>): UnitEntry['level'] {
  if (unit.isGroup) return undefined;
  const decided = levels.get(unit.name);
  if (decided) return decided;
  if (TIANJIN_DISTRICT_GOVERNMENTS.includes(unit.name)) return 'district';
  if (unit.name.startsWith('市')) return 'city';
  return fail(`no level decided for 「${unit.name}」 (add it to levels)`);
}

function noteOf(unit: Named, lists: readonly TaskList[], decision: AliasDecision | undefined): string {
  const usage =
    unit.lists.size > 0
      ? unitMessages.namedIn([...unit.lists].sort().map((index) => lists[index].title), lists.length)
      : unitMessages.namedThroughGroup(DISTRICT_GOVERNMENTS_GROUP);
  const kind = unit.isGroup && !decision ? unitMessages.groupPlaceholder : '';
  return `${usage}${kind}${decision?.note ?? unitMessages.noAlias}`;
}

/** The directory of every unit both lists name, with the reviewed alias decisions. */
export function buildUnitDirectory(lists: readonly TaskList[], readSource: (name: string) => string): UnitDirectory {
  const source = AliasSourceSchema.parse(JSON.parse(readSource(UNIT_ALIASES_SOURCE)));
  const { decisions, canonicalOf } = readDecisions(source);
  const named = gatherNamed(lists, canonicalOf);
  for (const name of decisions.keys()) {
    if (!named.has(name)) fail(`「${name}」 is named in no list; drop the entry or fix its name`);
  }
  const levels = readLevels(source, named);
  const units: UnitEntry[] = [...named.values()].map((unit) => {
    const decision = decisions.get(unit.name);
    const level = levelOf(unit, levels);
    return {
      name: unit.name,
      aliases: decision ? [...decision.aliases] : [],
      kind: unit.isGroup ? 'group' : 'unit',
      ...(TIANJIN_DISTRICT_GOVERNMENTS.includes(unit.name) ? { group: DISTRICT_GOVERNMENTS_GROUP } : {}),
      ...(level ? { level } : {}),
      note: noteOf(unit, lists, decision),
    };
  });
  return { units };
}
