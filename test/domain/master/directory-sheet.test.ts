import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMasterSpec, gridOfSpec, readDirectorySheet, workbookDirectory } from '../../../src/domain/master/index.js';
import { parseTaskList, parseUnitDirectory } from '../../../src/domain/model/index.js';
import { SHEETS } from '../../../src/domain/vocabulary.js';
import { projectRoot } from '../../helpers/cli.js';

const seed = (name: string) => JSON.parse(readFileSync(join(projectRoot, 'seeds', name), 'utf8')) as unknown;

describe('单位名录 read back from a workbook', () => {
  test('the built-in directory written into a master reads back with every name, alias, kind and group', () => {
    const directory = parseUnitDirectory(seed('units.json'));
    const list = parseTaskList(seed('tianjin-2023-key-work.json'));
    const grid = gridOfSpec(buildMasterSpec({ list, directory, progress: [], generatedAt: '2023-04-01T00:00:00Z' }));
    const read = workbookDirectory(grid);
    expect(read?.units.map((entry) => [entry.name, entry.aliases, entry.kind, entry.group])).toEqual(
      directory.units.map((entry) => [entry.name, entry.aliases, entry.kind, entry.group]),
    );
  });

  test('an alias with 、 inside brackets stays one alias; a row without a name is skipped', () => {
    const sheet = { name: SHEETS.directory, state: 'visible' as const, merges: [], rows: [['单位名录'], ['单位名称', '别称', '说明'], ['市外事办', '市外办（市港澳办、市侨办）、市外办', ''], ['', '孤立的别称', '']] };
    expect(readDirectorySheet(sheet).directory.units).toEqual([{ name: '市外事办', aliases: ['市外办（市港澳办、市侨办）', '市外办'], kind: 'unit' }]);
  });
});
