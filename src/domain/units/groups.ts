/**
 * Group placeholders name several units at once (各区人民政府, 市级有关单位, 相关区人民政府,
 * 市"双随机、一公开"监管联席会议有关成员单位 …). They are kept as groups, never as single units:
 * a group whose members the directory knows (or whose reporting units 单位名录 names) reports
 * through them; any other group waits for the office to say who reports for it (待明确责任单位).
 */
import type { UnitDirectory, UnitEntry, UnitRole } from '../model/schemas.js';
import { normalizeUnitText } from './normalize.js';

const GROUP_PATTERNS: readonly RegExp[] = [
  /各/, // 各区人民政府, 各有关行业主管部门, 区直各部门, 全区经济运行各专班
  /有关/, // 市级有关单位, 有关区人民政府, …领导小组有关成员单位
  /^相关/, // 相关区人民政府
  /成员单位$/,
];

export function isGroupName(name: string): boolean {
  return GROUP_PATTERNS.some((pattern) => pattern.test(name));
}

/**
 * Who answers for one unit named by a list:
 * - unit: a single unit, under the directory's canonical name;
 * - group: a group placeholder and the units that report for it (canonical names);
 * - pending: a group nobody has been named to report for yet (待明确责任单位).
 */
export type Responsibility =
  | { kind: 'unit'; unit: string }
  | { kind: 'group'; group: string; reporters: string[] }
  | { kind: 'pending'; group: string };

export interface ResponsibilityResolver {
  /** The directory's canonical name of a unit or group (exact or alias, after normalization), else the name itself. */
  canonical(name: string): string;
  resolve(unit: Pick<UnitRole, 'name'> & Partial<Pick<UnitRole, 'group'>>): Responsibility;
}

/** Built once per directory; every lookup is one map access after normalization. */
export function createResponsibilityResolver(directory: UnitDirectory): ResponsibilityResolver {
  const byText = new Map<string, UnitEntry>();
  for (const entry of directory.units) {
    for (const text of [entry.name, ...entry.aliases]) {
      const key = normalizeUnitText(text);
      // Canonical names win over another entry's alias of the same text.
      if (key && (!byText.has(key) || text === entry.name)) byText.set(key, entry);
    }
  }
  const lookup = (name: string) => byText.get(normalizeUnitText(name));
  const canonical = (name: string) => lookup(name)?.name ?? name.trim();

  const members = new Map<string, string[]>();
  for (const entry of directory.units) {
    if (!entry.group || entry.kind === 'group') continue;
    const group = canonical(entry.group);
    members.set(group, [...(members.get(group) ?? []), entry.name]);
  }

  function resolve(unit: Pick<UnitRole, 'name'> & Partial<Pick<UnitRole, 'group'>>): Responsibility {
    const entry = lookup(unit.name);
    const name = entry?.name ?? unit.name.trim();
    const isGroup = entry ? entry.kind === 'group' : Boolean(unit.group) || isGroupName(normalizeUnitText(unit.name));
    if (!isGroup) return { kind: 'unit', unit: name };
    const reporters = [...new Set([...(entry?.reporters ?? []).map(canonical), ...(members.get(name) ?? [])])].filter((reporter) => reporter !== name);
    return reporters.length > 0 ? { kind: 'group', group: name, reporters } : { kind: 'pending', group: name };
  }

  return { canonical, resolve };
}

/** The units reporting for a group placeholder: its directory members or the reporters 单位名录 names. */
export function groupMembers(directory: UnitDirectory, group: string): string[] {
  const resolved = createResponsibilityResolver(directory).resolve({ name: group, group: true });
  return resolved.kind === 'group' ? resolved.reporters : [];
}
