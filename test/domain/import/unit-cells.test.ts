import fc from 'fast-check';
import type { SheetGrid } from '../../../src/domain/grid.js';
import { classifyHeader, importGrid, parseNoticeText, type ParsedUnits } from '../../../src/domain/import/index.js';
import { gridImportMessages, noticeMessages } from '../../../src/domain/messages/index.js';

/** A notice whose table has the given header and one task whose last cells are `cells` (lines after '\n'). */
function viaNotice(header: readonly string[], cells: readonly string[]) {
  const text = [
    '天津市人民政府关于做好2023年重点工作的通知',
    '',
    ...['序号', '重点工作', ...header].map((cell) => `\t${cell}`),
    ...[1, '甲', ...cells].map((cell) => `\t${cell}`),
  ].join('\n');
  return parseNoticeText(text, { id: 'notice', source: 'notice.txt' });
}

/** A sheet with the given header and one task whose last cells are `cells`. */
function viaGrid(header: readonly string[], cells: readonly string[]) {
  const sheet: SheetGrid = { name: 'S', state: 'visible', rows: [['序号', '重点工作', ...header], [1, '甲', ...cells]], merges: [] };
  return importGrid(sheet, { id: 'grid', source: 'grid.xlsx', year: 2023 });
}

const unitsOf = ({ list }: { list: { tasks: ParsedUnits[] } }): ParsedUnits => ({
  units: list.tasks[0].units,
  jointLead: list.tasks[0].jointLead,
});

/** Pieces a unit cell is made of, in any order: names, separators, role phrases, "none" marks. */
const piece = fc.constantFrom(
  '市财政局',
  '天津市财政局',
  '市发展改革委',
  '市外办（市港澳办、市侨办）',
  '市“双随机、一公开”监管联席会议有关成员单位',
  '《条例》实施工作小组',
  '各区人民政府',
  '等市级有关单位',
  '、',
  '，',
  ',',
  '；',
  '\n',
  ' ',
  '　',
  '。',
  '按职责分工负责',
  '按照各自职责分别负责',
  '—',
  '无',
  '／',
);
const unitCell = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('unit cells read the same in every importer', () => {
  // Invariant: a 责任单位 cell gives the same units, roles and joint lead from a notice as from a sheet.
  test('a 责任单位 cell', () => {
    fc.assert(
      fc.property(unitCell, (cell) => {
        expect(unitsOf(viaNotice(['责任单位'], [cell]))).toEqual(unitsOf(viaGrid(['责任单位'], [cell])));
      }),
    );
  });

  // Invariant: separate 牵头单位 and 配合单位 cells give the same units and roles from a notice as from a sheet.
  test('separate 牵头单位 and 配合单位 cells', () => {
    fc.assert(
      fc.property(unitCell, unitCell, (lead, support) => {
        const header = ['牵头单位', '配合单位'];
        expect(unitsOf(viaNotice(header, [lead, support]))).toEqual(unitsOf(viaGrid(header, [lead, support])));
      }),
    );
  });

  test('"A、B等市级有关单位" names A, B and the group, in a notice as in a sheet', () => {
    const cell = '市发展改革委、市财政局等市级有关单位';
    const expected = {
      units: [
        { name: '市发展改革委', role: 'lead', group: false },
        { name: '市财政局', role: 'support', group: false },
        { name: '市级有关单位', role: 'support', group: true },
      ],
      jointLead: false,
    };
    expect(unitsOf(viaNotice(['责任单位'], [cell]))).toEqual(expected);
    expect(unitsOf(viaGrid(['责任单位'], [cell]))).toEqual(expected);
  });

  test('a name written twice, once with 天津市, counts once', () => {
    expect(unitsOf(viaNotice(['责任单位'], ['市财政局、天津市财政局\n市税务局'])).units.map((u) => u.name)).toEqual(['市财政局', '市税务局']);
  });

  test('无 or ／ in a unit cell names no unit, and the task is reported as having none', () => {
    expect(viaGrid(['责任单位'], ['无']).problems.map((p) => p.message)).toEqual([gridImportMessages.noUnits(1)]);
    expect(viaNotice(['责任单位'], ['／']).problems.map((p) => p.message)).toEqual([noticeMessages.noUnits(1)]);
  });
});

describe('header words are one table for every importer', () => {
  test('主责单位 and 参与单位 name the lead and supporting units, in a notice as in a sheet', () => {
    const header = ['主责单位', '参与单位'];
    const cells = ['市商务局', '市财政局'];
    const expected = {
      units: [
        { name: '市商务局', role: 'lead', group: false },
        { name: '市财政局', role: 'support', group: false },
      ],
      jointLead: false,
    };
    const notice = viaNotice(header, cells);
    expect(notice.problems).toEqual([]);
    expect(unitsOf(notice)).toEqual(expected);
    expect(unitsOf(viaGrid(header, cells))).toEqual(expected);
  });

  test('other spellings of the unit columns are recognized', () => {
    expect(['主责部门', '协作单位', '参与部门', '配合部门', '责任单位（列第一位的为牵头单位）'].map(classifyHeader)).toEqual([
      'leadUnits',
      'supportUnits',
      'supportUnits',
      'supportUnits',
      'units',
    ]);
  });
});
