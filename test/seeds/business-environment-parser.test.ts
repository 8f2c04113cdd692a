/**
 * The reader of the business-environment PDF text, on small tables laid out here the way the PDF
 * extractor lays them out: a header, a 序号 line, then each column's lines in turn (content lines
 * cut after 、 and ，), and at a page break a page marker and the header again.
 */
import fc from 'fast-check';
import {
  HEADER_WORDS,
  closeExtractorSpaces,
  readRows,
  splitSource,
  splitUnitColumn,
  type RowReading,
} from '../../scripts/seeds/business-environment/index.js';

const HEADER = HEADER_WORDS.join('\n');

/** A table of rows, each row a list of pages, each page a list of extracted lines. */
function tableText(rows: readonly (readonly (readonly string[])[])[]): string {
  let page = 1;
  const out = [`# Page ${page}:`, '清单标题', HEADER];
  rows.forEach((pages, i) => {
    out.push(String(i + 1));
    pages.forEach((lines, p) => {
      if (p > 0) out.push('', `# Page ${(page += 1)}:`, HEADER);
      out.push(...lines);
    });
  });
  return `${out.join('\n')}\n`;
}

function read(rows: readonly (readonly (readonly string[])[])[]): RowReading[] {
  return readRows(splitSource(tableText(rows)).rows);
}

describe('reading rows of the business-environment PDF text', () => {
  test('content and lead that share one extracted line are cut after the 。', () => {
    const [row] = read([[['持续推进全市数据共享开放工作。市委网信办', '市大数据管理中心等', '市级有关单位']]]);
    expect(row.readings).toEqual([{ category: null, content: '持续推进全市数据共享开放工作。', lead: '市委网信办', support: '市大数据管理中心等市级有关单位' }]);
  });

  test('a row broken by a page end is joined column by column across the break', () => {
    const pageA = ['1.提高项目开', '工建设效率', '持续实施轨道建设项目审批和重', '大变更审批政策。执行《天津市轨', '市住房城乡建', '设委', '市规划资源局、市财', '政局、市交通运输委、', '市城市管理委、市水'];
    const pageB = ['道交通建设项目设计变更办法》', '，提升审批效率。', '务局'];
    const [row] = read([[pageA, pageB]]);
    expect(row.readings).toEqual([
      {
        category: '1.提高项目开工建设效率',
        content: '持续实施轨道建设项目审批和重大变更审批政策。执行《天津市轨道交通建设项目设计变更办法》，提升审批效率。',
        lead: '市住房城乡建设委',
        support: '市规划资源局、市财政局、市交通运输委、市城市管理委、市水务局',
      },
    ]);
  });

  test('a category that runs on past a page end stays in the category', () => {
    const pageA = ['1.深化政府采', '购和招标投标', '运用大数据、', '区块链等技术在公共', '资源交易中的应用，实现交易、金', '市政务服务办', '市财政局、市交通运'];
    const pageB = ['改革', '融、信用、监管数据共享和服务协', '同。', '输委'];
    const [row] = read([[pageA, pageB]]);
    expect(row.readings.map((r) => [r.category, r.content, r.support])).toEqual([
      ['1.深化政府采购和招标投标改革', '运用大数据、区块链等技术在公共资源交易中的应用，实现交易、金融、信用、监管数据共享和服务协同。', '市财政局、市交通运输委'],
    ]);
  });

  test('a lead of "—" and a support of "—" are both read as cells', () => {
    const rows = read([[['持续深化法治化营商环境专项行动。', '—', '市委依法治市办']], [['提升办案效率。', '市人社局', '—']]]);
    expect(rows.map((r) => r.readings)).toEqual([
      [{ category: null, content: '持续深化法治化营商环境专项行动。', lead: '—', support: '市委依法治市办' }],
      [{ category: null, content: '提升办案效率。', lead: '市人社局', support: '—' }],
    ]);
  });

  test('a row whose unit lines are not unit names has no reading', () => {
    const [row] = read([[['推进平台建设。', '市商务局', '加快推进相关工作']]]);
    expect(row.readings).toEqual([]);
  });

});

describe('unit cells', () => {
  test('a 、 inside quotes belongs to the name', () => {
    expect(splitUnitColumn('市“双随机、一公开”监管联席会议有关成员单位')).toEqual(['市“双随机、一公开”监管联席会议有关成员单位']);
  });

  test('"A、B等 group" names A, B and the group', () => {
    expect(splitUnitColumn('市发展改革委、市政务服务办等市工程建设项目审批制度改革试点工作领导小组有关成员单位，各区人民政府')).toEqual([
      '市发展改革委',
      '市政务服务办',
      '市工程建设项目审批制度改革试点工作领导小组有关成员单位',
      '各区人民政府',
    ]);
  });

  test('"—" names no unit; a separator at the end, a cut name or two names run together are no list', () => {
    expect(splitUnitColumn('—')).toEqual([]);
    expect(splitUnitColumn('市委网信办、')).toBeNull();
    expect(splitUnitColumn('市住房城乡建')).toBeNull();
    expect(splitUnitColumn('市规划资源局市政务服务办')).toBeNull();
  });
});

test('the spaces the extractor puts between Latin and Chinese text are closed, others kept', () => {
  expect(closeExtractorSpaces('推进12345 政务服务便民热线与110 报警服务台，“津心办”APP 办理')).toBe(
    '推进12345政务服务便民热线与110报警服务台，“津心办”APP办理',
  );
  expect(closeExtractorSpaces('1+X 证书，5G and 4G')).toBe('1+X证书，5G and 4G');
});

// ---- generated rows, laid out in the PDF's column widths ----

const UNITS = ['市市场监管委', '市政务服务办', '市委网信办', '市大数据管理中心', '市住房城乡建设委', '市发展改革委', '国网天津市电力公司', '人民银行天津分行', '市教委', '天津海关', '滨海新区人民政府', '东丽区人民政府', '市规划资源局', '市公积金管理中心'];
const GROUPS = ['市级有关单位', '各区人民政府', '市“双随机、一公开”监管联席会议有关成员单位', '市委人才工作领导小组有关成员单位'];
const PHRASES = ['推进', '数据共享', '市场主体', '各区', '天津港', '营商环境', '持续优化', '审批服务', '市级部门', '平台建设', '互联互通', '有关单位', '提升效率', 'APP', '12345'];
const CATEGORY_WORDS = ['优化', '企业开办', '服务', '提升', '跨境贸易', '便利度', '完善', '信用体系'];

const widthOf = (ch: string) => (ch <= '~' ? 0.5 : 1);

/**
 * Printed lines `width` wide (Latin half a character). No line starts with closing punctuation:
 * a 、，。 hangs at the end of the line before, a ”）》 takes the character before it down with it.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    if (used + widthOf(ch) > width && !'、，。'.includes(ch)) {
      const carried = '”）》'.includes(ch) ? line.slice(-1) : '';
      lines.push(line.slice(0, line.length - carried.length));
      line = carried;
      used = [...carried].reduce((sum, c) => sum + widthOf(c), 0);
    }
    line += ch;
    used += widthOf(ch);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** How the extractor hands over a content line: cut after each 、，。 inside it. */
const fragmentsOf = (line: string) => line.split(/(?<=[、，。])(?!$)/);

const content = fc
  .array(fc.tuple(fc.constantFrom('', '', '，', '、', '。'), fc.constantFrom(...PHRASES)), { minLength: 1, maxLength: 16 })
  .map((parts) => `${parts.map(([mark, phrase], i) => (i === 0 ? phrase : mark + phrase)).join('')}。`);
const unitList = (min: number) => fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: min, maxLength: 4 });
const lead = fc.oneof(fc.constant('—'), unitList(1).map((names) => names.join('、')));
const support = fc.oneof(
  fc.constant('—'),
  fc.tuple(unitList(1), fc.constantFrom('、', '，')).map(([names, mark]) => names.join(mark)),
  fc.tuple(unitList(0), fc.constantFrom(...GROUPS)).map(([names, group]) => (names.length ? `${names.join('、')}等${group}` : group)),
);
const category = fc.option(fc.array(fc.constantFrom(...CATEGORY_WORDS), { minLength: 2, maxLength: 5 }).map((w) => `1.${w.join('')}`));

/** The extracted lines of a row laid out in the column widths, broken after `breakAfter` printed lines (0: no break). */
function layOut(cat: string | null, text: string, leadText: string, supportText: string, breakAfter: number): string[][] {
  const columns = [cat === null ? [] : [cat.slice(0, 7), ...wrap(cat.slice(7), 6)], wrap(text, 15), wrap(leadText, 6), wrap(supportText, 9)];
  const cut = breakAfter === 0 ? Infinity : breakAfter;
  const page = (from: number, to: number) =>
    columns.flatMap((lines, c) => lines.slice(from, to).flatMap((line) => (c === 1 ? fragmentsOf(line) : [line])));
  return [page(0, cut), page(cut, Infinity)].filter((lines) => lines.length > 0);
}

// Invariant: a row on one page, laid out in the column widths, has exactly one reading: its own cells.
test('any row on one page reads back exactly', () => {
  fc.assert(
    fc.property(category, content, lead, support, (cat, text, leadText, supportText) => {
      const [row] = read([layOut(cat, text, leadText, supportText, 0)]);
      expect(row.readings).toEqual([{ category: cat, content: text, lead: leadText, support: supportText }]);
    }),
    { numRuns: 400 },
  );
});

// Invariant: a row broken by a page end after any printed line is never misread silently — its own
// cells are always among the readings, so a single reading is the right one.
test('a row broken by a page end is read right or reported as ambiguous', () => {
  fc.assert(
    fc.property(category, content, lead, support, fc.integer({ min: 1, max: 6 }), (cat, text, leadText, supportText, breakAfter) => {
      const [row] = read([layOut(cat, text, leadText, supportText, breakAfter)]);
      expect(row.readings).toContainEqual({ category: cat, content: text, lead: leadText, support: supportText });
    }),
    { numRuns: 400 },
  );
});

test('every cell starts on the row\'s first page, so a unit cell alone on the next page continues its own column', () => {
  // Page A: lead 市教委、市市 | 场监管委、东 | 丽区人民政府、 and support 市级有关单位; page B: 天津海关.
  const pages = layOut(null, '推进。', '市教委、市市场监管委、东丽区人民政府、天津海关', '市级有关单位', 3);
  expect(pages[1]).toEqual(['天津海关']);
  expect(read([pages])[0].readings).toEqual([
    { category: null, content: '推进。', lead: '市教委、市市场监管委、东丽区人民政府、天津海关', support: '市级有关单位' },
  ]);
});
