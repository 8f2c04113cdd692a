/**
 * The built-in directory seeds/units.json against the unit names of both built-in lists: every name
 * maps to exactly one canonical unit or group, and the names the two lists spell differently are one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildUnitDirectory, UNIT_ALIASES_SOURCE } from '../../../scripts/seeds/units.js';
import { parseTaskList, parseUnitDirectory, type TaskList } from '../../../src/domain/model/index.js';
import {
  createUnitMatcher,
  DISTRICT_GOVERNMENTS_GROUP,
  normalizeUnitText,
  TIANJIN_DISTRICT_GOVERNMENTS,
} from '../../../src/domain/units/index.js';
import { projectRoot } from '../../helpers/cli.js';
import { naiveMatch } from '../../../bench/naive-match.js';

const seeds = join(projectRoot, 'seeds');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(seeds, name), 'utf8'));
const keyWork = parseTaskList(readJson('tianjin-2023-key-work.json'));
const business = parseTaskList(readJson('tianjin-2023-business-environment.json'));
const directory = parseUnitDirectory(readJson('units.json'));
const matcher = createUnitMatcher(directory);

const unitNames = (list: TaskList) => [...new Set(list.tasks.flatMap((task) => task.units.map((unit) => unit.name)))];

/**
 * The 责任单位 cells of the key-work notice read straight from its text (not from the JSON): the sixth
 * tab-indented cell of each numbered row, up to the 注： note under the table.
 */
function keyWorkUnitCells(): string[] {
  const text = readFileSync(join(seeds, 'sources', '000_966d7ba61376989e.txt'), 'utf8');
  const table = text.slice(text.indexOf('\n\t1\n'), text.indexOf('注：'));
  const cells = table.split(/\n\t/).slice(1);
  const unitCells: string[] = [];
  for (let at = 0; at + 5 < cells.length; at += 6) unitCells.push(cells[at + 5]);
  return unitCells;
}

describe('the built-in unit directory', () => {
  test('names each unit once, written in normalized form', () => {
    const names = directory.units.flatMap((unit) => [unit.name, ...unit.aliases]);
    expect(names.map(normalizeUnitText)).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  test('every unit name of both lists maps to exactly one canonical unit or group', () => {
    const canonical = new Set(directory.units.map((unit) => unit.name));
    for (const name of [...unitNames(keyWork), ...unitNames(business)]) {
      const match = matcher.match(name);
      expect({ name, kind: match.kind }).toEqual({ name, kind: expect.stringMatching(/^(exact|alias|group)$/) });
      expect(canonical.has(match.canonical as string)).toBe(true);
      expect(naiveMatch(directory, name).canonical).toBe(match.canonical);
    }
  });

  test('every 责任单位 cell of the key-work notice text splits into directory units', () => {
    const cells = keyWorkUnitCells();
    expect(cells).toHaveLength(160);
    for (const cell of cells) {
      const matches = matcher.matchCell(cell);
      expect(matches.length).toBeGreaterThan(0);
      for (const match of matches) expect({ input: match.input, kind: match.kind }).toEqual({ input: match.input, kind: expect.stringMatching(/^(exact|alias|group)$/) });
    }
  });

  test('the names the two lists spell differently are one unit', () => {
    const keyWorkNames = new Set(unitNames(keyWork));
    const businessNames = new Set(unitNames(business));
    const pairs: [keyWorkSpelling: string, businessSpelling: string, canonical: string][] = [
      ['市网信办', '市委网信办', '市委网信办'],
      ['天津东疆综合保税区管委会', '东疆综合保税区管委会', '天津东疆综合保税区管委会'],
      ['相关区人民政府', '有关区人民政府', '相关区人民政府'],
    ];
    for (const [inKeyWork, inBusiness, canonical] of pairs) {
      expect({ inKeyWork, listed: keyWorkNames.has(inKeyWork) }).toEqual({ inKeyWork, listed: true });
      expect({ inBusiness, listed: businessNames.has(inBusiness) }).toEqual({ inBusiness, listed: true });
      expect(matcher.match(inKeyWork).canonical).toBe(canonical);
      expect(matcher.match(inBusiness).canonical).toBe(canonical);
    }
    // Within the key-work list: the office and its second plate are one unit.
    expect(keyWorkNames.has('市外办（市港澳办）') && keyWorkNames.has('市外办')).toBe(true);
    expect(matcher.match('市外办（市港澳办）').canonical).toBe('市外办');
  });

  test('common abbreviations and former names reach the canonical unit', () => {
    const expected: Record<string, string> = {
      市发改委: '市发展改革委',
      市工信局: '市工业和信息化局',
      市经信委: '市工业和信息化局',
      市市场监管局: '市市场监管委',
      市人力社保局: '市人社局',
      市住建委: '市住房城乡建设委',
      市规划局: '市规划资源局',
      市规划和自然资源局: '市规划资源局',
      市商务委: '市商务局',
      市地方金融监管局: '市金融局',
      天津金融监管局: '天津银保监局',
      中国人民银行天津市分行: '人民银行天津分行',
      蓟县: '蓟州区人民政府',
    };
    for (const [alias, canonical] of Object.entries(expected)) {
      expect({ alias, canonical: matcher.match(alias).canonical }).toEqual({ alias, canonical });
    }
  });

  test('lists all sixteen district governments as members of 各区人民政府', () => {
    for (const government of TIANJIN_DISTRICT_GOVERNMENTS) {
      const entry = directory.units.find((unit) => unit.name === government);
      expect(entry).toMatchObject({ kind: 'unit', level: 'district', group: DISTRICT_GOVERNMENTS_GROUP });
    }
    expect(directory.units.find((unit) => unit.name === DISTRICT_GOVERNMENTS_GROUP)).toMatchObject({ kind: 'group' });
    expect(directory.units.filter((unit) => unit.group === DISTRICT_GOVERNMENTS_GROUP)).toHaveLength(16);
  });

  test('every unit has a level (groups excepted) and a note stating its alias decision', () => {
    for (const unit of directory.units) {
      expect({ name: unit.name, hasLevel: unit.level !== undefined }).toEqual({ name: unit.name, hasLevel: unit.kind === 'unit' });
      expect(unit.note?.length ?? 0).toBeGreaterThan(10);
    }
  });
});

describe('building the directory from the alias decisions', () => {
  const aList = (names: string[]): TaskList =>
    parseTaskList({
      id: 'sample',
      title: '示例清单',
      issuer: '示例',
      issuedOn: null,
      year: 2023,
      source: 'test',
      reporting: { schedule: 'none', deadlines: [] },
      tasks: [{ seq: 1, category: '示例', content: '示例任务', deadline: { text: '', milestones: [] }, leaders: [], units: names.map((name) => ({ name, role: 'support' })) }],
    });
  const source = (aliases: object[], levels: object[] = []) => (name: string) => {
    expect(name).toBe(UNIT_ALIASES_SOURCE);
    return JSON.stringify({ aliases, levels });
  };

  test('unifies two spellings through a decision and keeps its note', () => {
    const decision = { name: '市委网信办', aliases: ['市网信办'], note: '两份清单写法不同，指同一单位。' };
    const built = buildUnitDirectory([aList(['市网信办', '市财政局']), aList(['市委网信办'])], source([decision]));
    const entry = built.units.find((unit) => unit.name === '市委网信办');
    expect(entry).toMatchObject({ aliases: ['市网信办'], level: 'city' });
    expect(entry?.note).toContain(decision.note);
    expect(built.units.some((unit) => unit.name === '市网信办')).toBe(false);
    expect(built.units.filter((unit) => unit.group === DISTRICT_GOVERNMENTS_GROUP)).toHaveLength(16);
  });

  test('refuses an alias claimed by two units', () => {
    const decisions = [
      { name: '市财政局', aliases: ['市财税局'], note: '甲' },
      { name: '市税务局', aliases: ['市财税局'], note: '乙' },
    ];
    expect(() => buildUnitDirectory([aList(['市财政局', '市税务局'])], source(decisions))).toThrow(/市财税局/);
  });

  test('refuses a decision about a unit no list names', () => {
    expect(() => buildUnitDirectory([aList(['市财政局'])], source([{ name: '市外办', aliases: ['市港澳办'], note: '甲' }]))).toThrow(/市外办/);
  });

  test('refuses a unit whose level cannot be told from its name without a decision', () => {
    expect(() => buildUnitDirectory([aList(['天津海关'])], source([]))).toThrow(/天津海关/);
    const levels = [{ level: 'central', units: ['天津海关'], note: '中央驻津单位。' }];
    expect(buildUnitDirectory([aList(['天津海关'])], source([], levels)).units[0]).toMatchObject({ name: '天津海关', level: 'central' });
  });
});
