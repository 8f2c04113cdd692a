/** 单位名录: the unit directory, whose name column feeds the unit dropdowns (NAMES.units). */
import type { UnitDirectory } from '../model/schemas.js';
import type { DefinedNameSpec, SheetSpec } from '../spec/types.js';
import { masterMessages as say } from '../messages/master.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { HEADER_ROW, NAMES, TABLES, columnRange, lastDataRow, printSetup, styled } from './layout.js';
import { NAME_SEPARATOR } from './sheet-tasks.js';

const WIDTHS = [30, 40, 8, 18, 40];

export function buildDirectorySheet(directory: UnitDirectory): SheetSpec {
  const last = lastDataRow(directory.units.length);
  return {
    name: SHEETS.directory,
    columns: WIDTHS.map((width) => ({ width })),
    rows: [
      { cells: [styled(say.directoryTitle, 'title')], height: 36 },
      { cells: [styled(say.directoryInfo, 'info')], height: 20 },
      { cells: HEADERS.directory.map((header) => styled(header, 'header')), height: 24 },
      ...directory.units.map((unit) => ({
        cells: [
          styled(unit.name, 'text'),
          styled(unit.aliases.join(NAME_SEPARATOR), 'text'),
          styled(say.unitKind[unit.kind], 'center'),
          styled(unit.group ?? '', 'text'),
          styled(unit.note ?? '', 'text'),
        ],
      })),
    ],
    merges: ['A1:E1', 'A2:E2'],
    freeze: { rows: HEADER_ROW, columns: 0 },
    tables: [{ name: TABLES.directory, ref: `A${HEADER_ROW}:E${last}`, style: 'TableStyleLight9', filter: true }],
    print: printSetup(say.directoryTitle, HEADERS.directory.length - 1, last),
  };
}

/** The canonical names, for list validations. */
export function directoryNames(directory: UnitDirectory): DefinedNameSpec {
  return { name: NAMES.units, ref: columnRange(SHEETS.directory, 0, directory.units.length) };
}
