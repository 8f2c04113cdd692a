/**
 * The built-in list tianjin-2023-business-environment, built from the PDF text in
 * seeds/sources/003_0b129a7a39425da9.txt. The expected values below were read by eye from the
 * source (page numbers in the comments are the text's "# Page" markers).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUSINESS_ENVIRONMENT_SOURCE,
  buildBusinessEnvironmentList,
  readBusinessEnvironmentRows,
} from '../../scripts/seeds/business-environment.js';
import { CORRECTIONS_FILE, HEADER_WORDS, parseCorrections, resolveRows } from '../../scripts/seeds/business-environment/index.js';
import { TaskListSchema, type Task } from '../../src/domain/model/index.js';
import { projectRoot } from '../helpers/cli.js';

const readSource = (name: string) => readFileSync(join(projectRoot, 'seeds', 'sources', name), 'utf8');
const list = buildBusinessEnvironmentList(readSource);
const rows = readBusinessEnvironmentRows(readSource);
const corrections = parseCorrections(readSource(CORRECTIONS_FILE));

const task = (seq: number): Task => {
  const found = list.tasks.find((t) => t.seq === seq);
  if (!found) throw new Error(`task ${seq} missing`);
  return found;
};
const leads = (seq: number) => task(seq).units.filter((u) => u.role === 'lead').map((u) => u.name);
const supports = (seq: number) => task(seq).units.filter((u) => u.role === 'support').map((u) => u.name);

const CATEGORIES: [firstSeq: number, name: string][] = [
  [1, '优化企业开办服务'], [4, '提高项目开工建设效率'], [8, '提升政务服务水平'], [18, '提高不动产登记效率'],
  [23, '完善市场监管机制'], [27, '加强劳动力市场监管'], [29, '优化纳税服务'], [33, '提升企业获得电力服务'],
  [35, '提高获得用水用气效率'], [37, '提升跨境贸易便利度'], [41, '提升企业融资便利度'], [55, '深化政府采购和招标投标改革'],
  [60, '提升创新创业活跃度'], [69, '着力培育和发展数字经济'], [75, '持续提升市场开放度'], [83, '深入推进法治化营商环境'],
  [88, '完善信用体系建设'], [94, '加强知识产权创造、保护和运用'], [99, '提高合同执行率'], [101, '加大对中小投资者保护力度'],
  [104, '提高办理企业破产便利度'], [106, '加大人才引育力度'], [110, '提高公共服务群众满意度'], [122, '持续加强生态环境保护'],
  [125, '提升城市综合立体交通便利度'],
];

const GROUPS = [
  '各区人民政府', '各有关行业主管（监管）单位', '市“双随机、一公开”监管联席会议有关成员单位', '市地方征信平台建设工作领导小组有关成员单位',
  '市委人才工作领导小组有关成员单位', '市工程建设项目审批制度改革试点工作领导小组有关成员单位', '市级有关单位', '有关区人民政府',
  '海河产业基金管委会有关成员单位', '滨海产业发展基金管委会有关成员单位',
];
const SINGLE_UNITS = [
  '东丽区人民政府', '东疆综合保税区管委会', '人民银行天津分行', '国网天津市电力公司', '天津水务集团', '天津海事局', '天津海关', '天津港集团',
  '天津滨海国际机场', '天津能源集团', '天津证监局', '天津银保监局', '市交通运输委', '市人才办', '市人社局', '市住房城乡建设委', '市体育局',
  '市公安局', '市公用事业局', '市公积金管理中心', '市农业农村委', '市医保局', '市卫生健康委', '市发展改革委', '市司法局', '市商务局',
  '市城市管理委', '市大数据管理中心', '市委依法治市办', '市委网信办', '市工业和信息化局', '市工商联', '市市场监管委', '市应急局',
  '市政务服务办', '市教委', '市文化和旅游局', '市民政局', '市水务局', '市生态环境局', '市知识产权局', '市科技局', '市税务局', '市药监局',
  '市规划资源局', '市财政局', '市贸促会', '市通信管理局', '市道路运输局', '市金融局', '市高级人民法院', '滨海新区人民政府',
];

/** The text of each row straight from the source: the lines after its 序号, page furniture left out. */
function rowTexts(text: string): string[] {
  const furniture = new Set<string>(HEADER_WORDS);
  const lines = text.split('\n').map((line) => line.trim());
  const table = lines.slice(lines.indexOf('序号'));
  const texts: string[] = [];
  for (const line of table) {
    if (line === String(texts.length + 1)) texts.push('');
    else if (texts.length > 0 && !furniture.has(line) && !line.startsWith('# Page')) texts[texts.length - 1] += line;
  }
  return texts;
}

const sourceRows = rowTexts(readSource(BUSINESS_ENVIRONMENT_SOURCE));

describe('the built-in list tianjin-2023-business-environment', () => {
  test('the notice gives the title, issuer, date, year and the four quarterly report dates', () => {
    expect({ ...list, tasks: undefined }).toEqual({
      id: 'tianjin-2023-business-environment',
      title: '天津市政务服务办关于印发天津市2023年优化营商环境责任清单的通知',
      issuer: '天津市政务服务办',
      issuedOn: '2023-01-06',
      year: 2023,
      source: BUSINESS_ENVIRONMENT_SOURCE,
      reporting: { schedule: 'quarterly', deadlines: ['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10'] },
      tasks: undefined,
    });
  });

  test('it has 129 tasks numbered 1 to 129 and fits the model', () => {
    expect(list.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 129 }, (_, i) => i + 1));
    expect(TaskListSchema.parse(list)).toEqual(list);
  });

  test('the 25 categories open at their rows, without their numbering, and carry down', () => {
    const opened = list.tasks.filter((t, i) => i === 0 || t.categoryNo !== list.tasks[i - 1].categoryNo);
    expect(opened.map((t) => [t.seq, t.category])).toEqual(CATEGORIES);
    expect(opened.map((t) => t.categoryNo)).toEqual(CATEGORIES.map((_, i) => i + 1));
    expect([task(7).category, task(54).category, task(129).category]).toEqual(['提高项目开工建设效率', '提升企业融资便利度', '提升城市综合立体交通便利度']);
  });

  test('no task names leaders, is jointly led, or has its own deadline: the notice sets the schedule', () => {
    for (const t of list.tasks) {
      expect([t.leaders, t.jointLead, t.deadline]).toEqual([[], false, { text: '', milestones: [], ongoing: false, source: 'notice' }]);
    }
  });

  test('a 牵头部门 of "—" leaves the task with support units only', () => {
    // 83, 84 and 87 (page 151) are the only rows whose lead is "—".
    expect(list.tasks.filter((t) => !t.units.some((u) => u.role === 'lead')).map((t) => t.seq)).toEqual([83, 84, 87]);
    expect(supports(83)).toEqual(['市委依法治市办']);
    expect(supports(87)).toEqual(['市级有关单位', '各区人民政府']);
  });

  test('a 责任单位 of "—" leaves the task with its lead only', () => {
    expect(task(27).units).toEqual([{ name: '市人社局', role: 'lead', group: false }]);
    expect(task(28).units).toEqual([{ name: '市人社局', role: 'lead', group: false }]);
    expect(task(73).units.map((u) => [u.name, u.role])).toEqual([['市金融局', 'lead'], ['人民银行天津分行', 'lead'], ['天津银保监局', 'lead']]);
  });

  test('several lead departments all lead, in the order written', () => {
    expect(leads(4)).toEqual(['市住房城乡建设委', '市发展改革委']);
    expect(leads(9)).toEqual(['市政务服务办', '市委网信办', '市公安局', '市大数据管理中心']);
    expect(leads(71)).toEqual(['市发展改革委', '滨海新区人民政府']); // separated by ，
    expect(leads(129)).toEqual(['滨海新区人民政府', '市交通运输委']);
  });

  test('content broken by a page end is joined with nothing inserted', () => {
    expect(task(4).content).toBe(
      '持续实施轨道建设项目审批和重大变更审批政策。执行《天津市轨道交通和城市道路桥梁建设项目设计变更管理办法》和轨道建设项目审批优化措施，提升审批效率。',
    );
    expect(task(10).content).toBe(
      '持续推进“津心办”APP便民服务事项按照国家统一标准与国家政务服务平台对接。推动更多“跨省通办”事项在“津心办”APP办理，通过移动端为企业群众提供异地办事服务。',
    );
    expect(task(25).content).toBe('以“双随机、一公开”监管工作平台为支撑，加强对部门内部“双随机、一公开”监管和部门联合抽查常态化工作的量化考核。');
    expect(task(117).content).toBe(
      '建设天津智慧教育平台，下设天津中小学智慧教育平台、天津智慧职教平台、天津智慧高教平台、天津24365大学生就业服务平台4个子门户平台。',
    );
    expect(task(127).content).toBe('全力打造“轨道上的京津冀”，建成津兴城际，加快津潍高铁、京滨城际南段、津静线市域（郊）铁路建设。');
    expect(leads(117)).toEqual(['市教委']);
  });

  test('a category and a unit list that run on past a page end are joined too', () => {
    // Row 55 (pages 147–148): 深化政府采购和招标投标 | 改革, and 市交通运 | 输委.
    expect(task(55).category).toBe('深化政府采购和招标投标改革');
    expect(task(55).content).toBe('运用大数据、区块链等技术在公共资源交易中的应用，实现交易、金融、信用、监管数据共享和服务协同。');
    expect(supports(55)).toEqual(['市财政局', '市住房城乡建设委', '市交通运输委', '市规划资源局', '市水务局', '市级有关单位']);
    expect(supports(4)).toEqual(['市规划资源局', '市财政局', '市交通运输委', '市城市管理委', '市水务局']);
  });

  test('group placeholders are kept as groups, after the units listed before 等', () => {
    expect(task(8).units.filter((u) => u.role === 'support')).toEqual([{ name: '市级有关单位', role: 'support', group: true }]);
    expect(task(5).units.filter((u) => u.role === 'support').map((u) => [u.name, u.group])).toEqual([
      ['市发展改革委', false],
      ['市规划资源局', false],
      ['市政务服务办', false],
      ['市工程建设项目审批制度改革试点工作领导小组有关成员单位', true],
    ]);
    expect(supports(11).slice(-3)).toEqual(['市公积金管理中心', '市级有关单位', '各区人民政府']);
    expect(task(23).units.map((u) => [u.name, u.group])).toEqual([
      ['市市场监管委', false],
      ['市“双随机、一公开”监管联席会议有关成员单位', true],
    ]);
  });

  test('content and lead on one extracted line are told apart (rows 14 and 15)', () => {
    expect([task(14).content, leads(14), supports(14)]).toEqual([
      '持续推进全市数据共享开放工作。',
      ['市委网信办'],
      ['市大数据管理中心', '市级有关单位'],
    ]);
    expect([task(15).content, leads(15), supports(15)]).toEqual(['持续推动行政许可事项标准化。', ['市政务服务办'], ['市级有关单位']]);
  });

  test('no field holds a page marker, a line break, a stray header word or the extractor\'s spaces', () => {
    for (const t of list.tasks) {
      for (const text of [t.category, t.content, ...t.units.map((u) => u.name)]) {
        expect(text).not.toMatch(/# Page|\n|\r/);
        // A header word only where the row itself says it (87: 明确牵头部门、规定联合办理).
        for (const word of HEADER_WORDS.filter((w) => text.includes(w))) {
          expect({ seq: t.seq, word, inRow: sourceRows[t.seq - 1].includes(word) }).toEqual({ seq: t.seq, word, inRow: true });
        }
        expect(text).not.toMatch(/[\x21-\x7e] [\u0080-\uffff]|[\u0080-\uffff] [\x21-\x7e]/);
      }
      expect(t.content).toMatch(/。$/);
    }
  });

  test('every unit is one of the list\'s own names, and exactly the placeholders are groups', () => {
    const names = new Map(list.tasks.flatMap((t) => t.units.map((u) => [u.name, u.group] as const)));
    expect([...names.keys()].sort()).toEqual([...SINGLE_UNITS, ...GROUPS].sort());
    expect([...names].filter(([, group]) => group).map(([name]) => name).sort()).toEqual([...GROUPS].sort());
  });
});

describe('reading the PDF text', () => {
  const resolved = resolveRows(rows, corrections);

  test('every character of a row lands in exactly one of its cells', () => {
    const sorted = (text: string) => [...text.replace(/\s/g, '')].sort().join('');
    expect(sourceRows).toHaveLength(129);
    resolved.forEach((row, i) => {
      const cells = `${row.category ?? ''}${row.content}${row.lead}${row.support}`;
      expect({ seq: row.seq, chars: sorted(cells) }).toEqual({ seq: row.seq, chars: sorted(sourceRows[i]) });
    });
  });

  test('every row the corrections do not cover has exactly one reading', () => {
    const corrected = new Set(corrections.map((fix) => fix.seq));
    const unclear = rows.filter((row) => row.readings.length !== 1 && !corrected.has(row.seq));
    expect(unclear.map((row) => row.seq)).toEqual([]);
  });

  test('the corrections are few, explained, and each one changes what the parser reads', () => {
    expect(corrections.length).toBeLessThanOrEqual(5);
    for (const fix of corrections) {
      expect(fix.reason.length).toBeGreaterThan(20);
      const row = rows.find((r) => r.seq === fix.seq);
      expect(row).toBeDefined();
      const parsedAlone = row!.readings.length === 1 ? row!.readings[0][fix.field] : undefined;
      expect(parsedAlone).not.toBe(fix.value);
    }
  });

  test('a correction the parser does not need, or for a row that does not exist, stops the build', () => {
    const idle = { seq: 1, field: 'lead' as const, value: '市市场监管委', reason: 'the parser already reads this lead' };
    expect(() => resolveRows(rows, [...corrections, idle])).toThrow(/not needed/);
    expect(() => resolveRows(rows, [{ ...idle, seq: 130 }])).toThrow(/no row 130/);
  });

  test('a row with no reading is taken from its corrections, and fails without them', () => {
    const row = { seq: 1, line: 1, opensCategory: false, readings: [] };
    expect(() => resolveRows([row], [])).toThrow(/0 readings/);
    const fixes = [
      { seq: 1, field: 'content' as const, value: '推进平台建设。', reason: 'a reason long enough to explain it' },
      { seq: 1, field: 'lead' as const, value: '市商务局', reason: 'a reason long enough to explain it' },
      { seq: 1, field: 'support' as const, value: '—', reason: 'a reason long enough to explain it' },
    ];
    expect(resolveRows([row], fixes)).toEqual([{ seq: 1, line: 1, category: null, content: '推进平台建设。', lead: '市商务局', support: '—' }]);
  });
});
