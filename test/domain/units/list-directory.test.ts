import fc from 'fast-check';
import type { TaskList } from '../../../src/domain/model/index.js';
import { buildListDirectory, normalizeUnitText } from '../../../src/domain/units/index.js';

function aList(...cells: [lead: string, ...support: string[]][]): TaskList {
  return {
    id: 'x',
    title: 't',
    issuer: '',
    issuedOn: null,
    year: 2024,
    source: 's',
    reporting: { schedule: 'none', deadlines: [] },
    tasks: cells.map(([lead, ...support], i) => ({
      seq: i + 1,
      category: '',
      categoryNo: null,
      content: `任务${i + 1}`,
      deadline: { text: '', milestones: [], ongoing: false, source: 'notice' },
      leaders: [],
      units: [{ name: lead, role: 'lead', group: false }, ...support.map((name) => ({ name, role: 'support' as const, group: name.startsWith('各') }))],
      jointLead: false,
    })),
  };
}

describe("a list's own unit directory", () => {
  test('an abbreviation and its full name in one list are one unit, the full name canonical, the decision returned', () => {
    const { directory, aliases } = buildListDirectory(aList(['区发改局', '各街道'], ['区发展改革局', '区财政局'], ['区财政局']));
    expect(directory.units.map((entry) => [entry.name, entry.aliases, entry.kind])).toEqual([
      ['区发展改革局', ['区发改局'], 'unit'],
      ['各街道', [], 'group'],
      ['区财政局', [], 'unit'],
    ]);
    expect(aliases).toEqual([{ canonical: '区发展改革局', alias: '区发改局', score: expect.any(Number) }]);
  });

  test('two different units one character apart stay two units', () => {
    const { directory, typos } = buildListDirectory(aList(['区财政局'], ['区民政局'], ['区财政局']));
    expect(directory.units.map((entry) => entry.name)).toEqual(['区财政局', '区民政局']);
    expect(typos).toEqual([]);
  });

  test('a name written once, one like-sounding character off a name written more often, is left out as a slip', () => {
    const { directory, typos } = buildListDirectory(aList(['区发改局'], ['区发改局'], ['区发该局']));
    expect(directory.units.map((entry) => entry.name)).toEqual(['区发改局']);
    expect(typos).toEqual([{ typo: '区发该局', intended: '区发改局' }]);
  });

  // Whatever the list, every name and alias of its directory is a unit the list itself names.
  test('names nothing the list does not name', () => {
    const name = fc.stringMatching(/^[区县市][发改财政商务教育交通体]{2,5}局$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.array(name, { maxLength: 3 })), { minLength: 1, maxLength: 8 }), (rows) => {
        const list = aList(...rows.map(([lead, support]): [string, ...string[]] => [lead, ...support]));
        const named = new Set(list.tasks.flatMap((task) => task.units.map((unit) => normalizeUnitText(unit.name))));
        const { directory } = buildListDirectory(list);
        return directory.units.flatMap((entry) => [entry.name, ...entry.aliases]).every((text) => named.has(normalizeUnitText(text)));
      }),
    );
  });
});
