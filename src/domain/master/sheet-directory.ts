/** 单位名录: the unit directory, whose name column feeds the unit dropdowns (NAMES.units). */
import { cellText, type CellValue, type SheetGrid, type WorkbookGrid } from '../grid.js';
import type { UnitDirectory, UnitEntry } from '../model/schemas.js';
import { isGroupName, normalizeUnitText, splitUnitCell } from '../units/index.js';
import type { DefinedNameSpec, SheetSpec } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { NAMES, TABLES, columnRange, styled, tableSheet } from './layout.js';
import { readMeta } from './meta.js';
import { NAME_SEPARATOR } from './sheet-tasks.js';
import { createResponsibilityResolver } from '../units/groups.js';

const WIDTHS = [30, 36, 8, 16, 28, 40];

export function buildDirectorySheet(directory: UnitDirectory): SheetSpec {
  const resolver = createResponsibilityResolver(directory);
  return tableSheet({
    name: SHEETS.directory,
    title: say.directoryTitle,
    info: say.directoryInfo,
    infoHeight: 20,
    headers: HEADERS.directory,
    widths: WIDTHS,
    rows: directory.units.map((unit) => {
      const pending = unit.kind === 'group' && resolver.resolve({ name: unit.name, group: true }).kind === 'pending';
      return {
        cells: [
          styled(unit.name, 'text'),
          styled(unit.aliases.join(NAME_SEPARATOR), 'text'),
          styled(say.unitKind[unit.kind], 'center'),
          styled(unit.group ?? '', 'text'),
          // Who reports for a group: open to the office, and marked while nobody does.
          styled((unit.reporters ?? []).join(NAME_SEPARATOR), unit.kind === 'group' ? (pending ? 'pendingInput' : 'input') : 'text'),
          styled(pending ? `${say.pendingDirectoryNote}${unit.note ? `\n${unit.note}` : ''}` : (unit.note ?? ''), 'text'),
        ],
      };
    }),
    table: { name: TABLES.directory, style: 'TableStyleLight9' },
  });
}

/** The canonical names, for list validations. */
export function directoryNames(directory: UnitDirectory): DefinedNameSpec {
  return { name: NAMES.units, ref: columnRange(SHEETS.directory, 0, directory.units.length) };
}

/** Header words of a directory sheet, by field: the master's own headers and what offices write. */
const DIRECTORY_HEADERS: Readonly<Record<'name' | 'aliases' | 'kind' | 'group' | 'reporters' | 'note', readonly string[]>> = {
  name: [HEADERS.directory[0], '单位', '名称', '规范名称', '单位全称'],
  aliases: [HEADERS.directory[1], '别名', '简称', '曾用名', '别称/简称'],
  kind: [HEADERS.directory[2], '分类'],
  group: [HEADERS.directory[3]],
  reporters: [HEADERS.directory[4]],
  note: [HEADERS.directory[5], '备注'],
};
const DIRECTORY_SCAN_ROWS = 10;

export interface DirectoryRead {
  directory: UnitDirectory;
  /** The header texts of the first row when no 单位名称 header was found (null when it was). */
  missingHeader: string[] | null;
}

/**
 * A unit directory from a sheet laid out as 单位名录 (单位名称 | 别称 | 类型 | 所属 | 报送单位 | 说明): the
 * master's own sheet as the user left it, or an office's directory file (单位名称 / 别称 / 说明).
 * The header may sit below a title; aliases are split on 、，；; a name in 各… / …有关… or marked
 * 单位组 is a group.
 */
export function readDirectorySheet(sheet: SheetGrid): DirectoryRead {
  const squeeze = (value: CellValue | undefined) => cellText(value).replace(/[\s\u3000]+/g, '');
  for (let r = 0; r < Math.min(DIRECTORY_SCAN_ROWS, sheet.rows.length); r += 1) {
    const row = (sheet.rows[r] ?? []).map(squeeze);
    const column = (field: keyof typeof DIRECTORY_HEADERS) => row.findIndex((text) => DIRECTORY_HEADERS[field].includes(text));
    const name = column('name');
    if (name < 0) continue;
    const [aliases, kind, group, reporters, note] = (['aliases', 'kind', 'group', 'reporters', 'note'] as const).map(column);
    const at = (cells: readonly CellValue[], c: number) => (c < 0 ? '' : cellText(cells[c]).trim());
    const units: UnitEntry[] = [];
    for (const cells of sheet.rows.slice(r + 1)) {
      const unitName = at(cells ?? [], name).replace(/[\s\u3000]+/g, '');
      if (unitName === '') continue;
      const isGroup = at(cells, kind) === say.unitKind.group || (at(cells, kind) === '' && isGroupName(normalizeUnitText(unitName)));
      const entry: UnitEntry = {
        name: unitName,
        // Split as unit cells are: a 、 inside brackets or quotes belongs to the alias.
        aliases: splitUnitCell(at(cells, aliases)).filter((alias) => alias !== unitName),
        kind: isGroup ? 'group' : 'unit',
      };
      if (at(cells, group)) entry.group = at(cells, group);
      const reporting = splitUnitCell(at(cells, reporters));
      if (isGroup && reporting.length > 0) entry.reporters = reporting;
      // The 待明确责任单位 line is the sheet's own words, not the office's note.
      const noteText = at(cells, note).replace(say.pendingDirectoryNote, '').trim();
      if (noteText) entry.note = noteText;
      units.push(entry);
    }
    return { directory: { units }, missingHeader: null };
  }
  return { directory: { units: [] }, missingHeader: (sheet.rows[0] ?? []).map((cell) => cellText(cell).trim()).filter((text) => text !== '') };
}

/**
 * The directory a workbook's units are checked against: its 单位名录 sheet as the user left it (their
 * additions and aliases count), else the directory kept in the master's metadata; null when the
 * workbook has neither.
 */
export function workbookDirectory(grid: WorkbookGrid): UnitDirectory | null {
  const sheet = grid.sheets.find((candidate) => candidate.name.trim() === SHEETS.directory);
  if (sheet) {
    const read = readDirectorySheet(sheet);
    if (read.missingHeader === null && read.directory.units.length > 0) return read.directory;
  }
  try {
    return readMeta(grid).directory;
  } catch {
    return null;
  }
}
