import { createUnitMatcher, FUZZY_ACCEPT } from '../../../src/domain/units/index.js';
import { naiveMatch } from '../../../bench/naive-match.js';
import { aDirectory, TIANJIN_UNITS } from './builders.js';

const plain = createUnitMatcher(aDirectory(TIANJIN_UNITS));
const withAliases = createUnitMatcher(
  aDirectory(TIANJIN_UNITS, { 市委网信办: ['市网信办'], 市外办: ['市外办（市港澳办）'], 市工业和信息化局: ['市经信委'] }),
);

describe('matching a unit name against the directory', () => {
  test('a canonical name is an exact match with full confidence', () => {
    const match = plain.match('市发展改革委');
    expect(match).toMatchObject({ input: '市发展改革委', kind: 'exact', canonical: '市发展改革委', confidence: 1, isGroup: false });
  });

  test('a name that differs only in spacing, width, brackets or script is still exact', () => {
    expect(plain.match(' 市发展\n改革委　').kind).toBe('exact');
    expect(plain.match('市發展改革委')).toMatchObject({ kind: 'exact', canonical: '市发展改革委', normalized: '市发展改革委' });
    expect(withAliases.match('市外办(市港澳办)')).toMatchObject({ kind: 'alias', canonical: '市外办' });
  });

  test('天津市 before a city department and 区政府 for a district are exact', () => {
    expect(plain.match('天津市发展改革委')).toMatchObject({ kind: 'exact', canonical: '市发展改革委' });
    expect(plain.match('和平区政府')).toMatchObject({ kind: 'exact', canonical: '和平区人民政府' });
    expect(plain.match('滨海新区')).toMatchObject({ kind: 'exact', canonical: '滨海新区人民政府' });
  });

  test('an alias or former name gives the canonical name', () => {
    expect(withAliases.match('市网信办')).toMatchObject({ kind: 'alias', canonical: '市委网信办', confidence: 1 });
    expect(withAliases.match('市经信委')).toMatchObject({ kind: 'alias', canonical: '市工业和信息化局' });
  });

  test('an abbreviation is matched fuzzily and suggested: 市发改委 → 市发展改革委', () => {
    const match = plain.match('市发改委');
    expect(match.kind).toBe('fuzzy');
    expect(match.canonical).toBe('市发展改革委');
    expect(match.confidence).toBeGreaterThanOrEqual(FUZZY_ACCEPT);
    expect(match.confidence).toBeLessThan(1);
    expect(match.suggestions[0]).toEqual({ name: '市发展改革委', score: match.confidence });
  });

  test('another institutional ending of the same stem is the same unit: 市市场监管局 → 市市场监管委', () => {
    expect(plain.match('市市场监管局')).toMatchObject({ kind: 'fuzzy', canonical: '市市场监管委' });
  });

  test('a name missing an inner character is found without an alias: 市网信办 → 市委网信办', () => {
    expect(plain.match('市网信办')).toMatchObject({ kind: 'fuzzy', canonical: '市委网信办' });
  });

  test('common abbreviations of long names are found', () => {
    expect(plain.match('市工信局').canonical).toBe('市工业和信息化局');
    expect(plain.match('市住建委').canonical).toBe('市住房城乡建设委');
    expect(plain.match('市城管委').canonical).toBe('市城市管理委');
    expect(plain.match('市发展和改革委员会').canonical).toBe('市发展改革委');
  });

  test('a typo of one character is corrected', () => {
    expect(plain.match('市财正局')).toMatchObject({ kind: 'fuzzy', canonical: '市财政局' });
    expect(plain.match('市规划资原局')).toMatchObject({ kind: 'fuzzy', canonical: '市规划资源局' });
  });

  test('a homophone slip of the pinyin input method is corrected by the pinyin letters', () => {
    // 叫 and 教 share the letter j: the characters alone (2 of 3 alike) would not be enough.
    expect(plain.match('市叫委')).toMatchObject({ kind: 'fuzzy', canonical: '市教委' });
  });

  test('an unknown name gets suggestions but no canonical name', () => {
    const match = plain.match('市宇航局');
    expect(match.kind).toBe('unknown');
    expect(match.canonical).toBeUndefined();
    expect(match.confidence).toBeLessThan(FUZZY_ACCEPT);
    expect(match.suggestions.length).toBeGreaterThan(0);
    expect(match.suggestions.length).toBeLessThanOrEqual(3);
    for (const suggestion of match.suggestions) {
      expect(TIANJIN_UNITS).toContain(suggestion.name);
      expect(suggestion.score).toBeLessThan(FUZZY_ACCEPT);
    }
    const scores = match.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('a name that resembles two units equally is left to a person', () => {
    const ambiguous = createUnitMatcher(aDirectory(['市甲乙局', '市甲丙局']));
    const match = ambiguous.match('市甲局');
    expect(match.kind).toBe('unknown');
    expect(match.suggestions.map((s) => s.name)).toEqual(['市甲乙局', '市甲丙局']);
  });

  test('a name unlike anything gets no suggestion', () => {
    expect(plain.match('ＸＹＺ')).toMatchObject({ kind: 'unknown', suggestions: [] });
    expect(plain.match('')).toMatchObject({ kind: 'unknown', confidence: 0, suggestions: [] });
  });

  test('group placeholders are recognised as groups', () => {
    expect(plain.match('各区人民政府')).toMatchObject({ kind: 'group', canonical: '各区人民政府', isGroup: true });
    expect(plain.match('各区政府')).toMatchObject({ kind: 'fuzzy', canonical: '各区人民政府', isGroup: true });
    // Not in the directory, but worded as a group: it stands for itself.
    expect(plain.match('各有关行业主管部门')).toMatchObject({ kind: 'group', canonical: '各有关行业主管部门', isGroup: true });
  });

  test('a group placeholder is never taken for a single unit', () => {
    const match = plain.match('有关区人民政府');
    expect(match.kind).toBe('group');
    expect(match.canonical).toBe('有关区人民政府');
  });

  test('the same input gives the same (memoized) answer', () => {
    expect(plain.match('市发改委')).toBe(plain.match('市发改委'));
  });
});

describe('matching a whole cell', () => {
  test('each unit of the cell is matched in order', () => {
    const matches = plain.matchCell('市发改委、天津市财政局\n市“双随机、一公开”监管联席会议有关成员单位；市宇航局');
    expect(matches.map((m) => [m.kind, m.canonical])).toEqual([
      ['fuzzy', '市发展改革委'],
      ['exact', '市财政局'],
      ['group', '市“双随机、一公开”监管联席会议有关成员单位'],
      ['unknown', undefined],
    ]);
  });

  test('"A等市级有关单位" gives the unit and the group', () => {
    expect(plain.matchCell('市大数据管理中心等市级有关单位').map((m) => m.canonical)).toEqual(['市大数据管理中心', '市级有关单位']);
  });
});

describe('the naive baseline', () => {
  test('finds what the fast matcher finds on the named examples', () => {
    const directory = aDirectory(TIANJIN_UNITS);
    for (const raw of ['市发改委', '市市场监管局', '市网信办', '市叫委', '天津市发展改革委', '和平区', '市宇航局', '各区政府']) {
      const naive = naiveMatch(directory, raw);
      const fast = plain.match(raw);
      expect({ raw, kind: naive.kind, canonical: naive.canonical }).toEqual({ raw, kind: fast.kind, canonical: fast.canonical });
    }
  });
});
