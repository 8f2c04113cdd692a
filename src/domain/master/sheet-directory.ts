/** 单位名录: the unit directory, whose name column feeds the unit dropdowns (NAMES.units). */
import type { UnitDirectory } from '../model/schemas.js';
import type { DefinedNameSpec, SheetSpec } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { NAMES, TABLES, columnRange, styled, tableSheet } from './layout.js';
import { NAME_SEPARATOR } from './sheet-tasks.js';

const WIDTHS = [30, 40, 8, 18, 40];

export function buildDirectorySheet(directory: UnitDirectory): SheetSpec {
  return tableSheet({
    name: SHEETS.directory,
    title: say.directoryTitle,
    info: say.directoryInfo,
    infoHeight: 20,
    headers: HEADERS.directory,
    widths: WIDTHS,
    rows: directory.units.map((unit) => ({
      cells: [
        styled(unit.name, 'text'),
        styled(unit.aliases.join(NAME_SEPARATOR), 'text'),
        styled(say.unitKind[unit.kind], 'center'),
        styled(unit.group ?? '', 'text'),
        styled(unit.note ?? '', 'text'),
      ],
    })),
    table: { name: TABLES.directory, style: 'TableStyleLight9' },
  });
}

/** The canonical names, for list validations. */
export function directoryNames(directory: UnitDirectory): DefinedNameSpec {
  return { name: NAMES.units, ref: columnRange(SHEETS.directory, 0, directory.units.length) };
}
