/**
 * How a 责任单位 (or 牵头单位 / 配合单位) cell becomes units with their roles. Both importers read
 * unit cells here, and the cell is split by the project's one splitter (`splitUnitCell`), so a cell
 * names the same units in a notice, in another office's sheet and in the validator.
 *
 * - Line breaks and 、，,；; separate units, except inside brackets and quotes; "A、B等市级有关单位"
 *   names A, B and the group.
 * - Names are kept as written, without the punctuation that ends them (市财政局。 → 市财政局);
 *   a name written twice (compared normalized) counts once; —, 无 and ／ name no unit.
 * - The first unit leads and the others support, unless the cell says 按职责分工负责 (or 按照各自
 *   职责分别负责 …): then every unit named before the phrase leads and the task is jointly led.
 */
import type { UnitRole } from '../model/index.js';
import { isGroupName, normalizeUnitText, splitUnitCell } from '../units/index.js';
import { cellLines, cleanName, NONE } from './notice-fields.js';

const JOINT_LEAD = /按(?:照)?(?:各自)?职责(?:分工)?(?:分别)?负责/;

export interface ParsedUnits {
  units: UnitRole[];
  jointLead: boolean;
}

/** The names not seen before (compared normalized), in order. */
function distinct(names: readonly string[], seen = new Set<string>()): string[] {
  return names.filter((name) => {
    const key = normalizeUnitText(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Unit names in order, each once, as written without trailing punctuation. */
export function unitNames(text: string): string[] {
  return distinct(splitUnitCell(text).map(cleanName).filter((name) => name !== '' && !NONE.test(name)));
}

/** A cell's names and how many of them, from the first, lead jointly (0: the cell does not say so). */
function readUnitCell(lines: readonly string[]): { names: string[]; jointUpTo: number } {
  const text = cellLines(lines).join('\n');
  const match = JOINT_LEAD.exec(text);
  if (!match) return { names: unitNames(text), jointUpTo: 0 };
  const before = unitNames(text.slice(0, match.index));
  const after = unitNames(text.slice(match.index + match[0].length));
  return { names: [...before, ...distinct(after, new Set(before.map(normalizeUnitText)))], jointUpTo: before.length };
}

function role(name: string, lead: boolean): UnitRole {
  return { name, role: lead ? 'lead' : 'support', group: isGroupName(normalizeUnitText(name)) };
}

/** One 责任单位 cell, given as its lines: the first unit leads, or every unit before 按职责分工负责. */
export function parseUnits(lines: readonly string[]): ParsedUnits {
  const { names, jointUpTo } = readUnitCell(lines);
  if (jointUpTo > 0) return { units: names.map((name, i) => role(name, i < jointUpTo)), jointLead: true };
  return { units: names.map((name, i) => role(name, i === 0)), jointLead: false };
}

/** Separate 牵头单位 and 配合单位 cells: every named lead unit leads, the others support. */
export function parseLeadAndSupportUnits(leadLines: readonly string[], supportLines: readonly string[]): ParsedUnits {
  const lead = readUnitCell(leadLines);
  const support = distinct(readUnitCell(supportLines).names, new Set(lead.names.map(normalizeUnitText)));
  return {
    units: [...lead.names.map((name) => role(name, true)), ...support.map((name) => role(name, false))],
    jointLead: lead.jointUpTo > 0,
  };
}
