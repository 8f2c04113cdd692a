import fc from 'fast-check';
import { DubanError } from '../../../src/domain/errors.js';
import { parseCategory, parseNoticeText } from '../../../src/domain/import/index.js';
import { chineseNumber } from '../../../src/domain/numerals.js';
import { noticeMessages } from '../../../src/domain/messages/index.js';

const HEADER = ['序号', '主要任务', '重点工作', '完成时限', '分管市领导', '责任单位'];

/**
 * Writes a notice the way Word saves one as text: title lines, body, then the table with every
 * cell on a line starting with a tab and its further lines (given after '\n') without one.
 */
class NoticeBuilder {
  private readonly parts: string[] = [];

  titled(...lines: string[]): this {
    this.parts.push('', ...lines.flatMap((line) => [line, '']));
    return this;
  }

  body(...lines: string[]): this {
    this.parts.push(...lines, '');
    return this;
  }

  header(cells: readonly string[] = HEADER): this {
    this.parts.push(...cells.map((cell) => `\t${cell}`), '');
    return this;
  }

  row(...cells: (string | number)[]): this {
    this.parts.push(...cells.map((cell) => `\t${cell}`), '');
    return this;
  }

  raw(...lines: string[]): this {
    this.parts.push(...lines);
    return this;
  }

  text(): string {
    return this.parts.join('\n');
  }
}

const aNotice = () => new NoticeBuilder().titled('天津市人民政府关于切实', '做好2023年市政府重点工作的通知').body('各区人民政府，市政府各委、办、局：', '现将有关事项通知如下。');
const meta = { id: 'sample', source: 'sample.txt' };
const parse = (text: string) => parseNoticeText(text, meta);
const lineOf = (text: string, needle: string) => text.split('\n').indexOf(needle) + 1;

describe('parseNoticeText', () => {
  test('reads a title split over lines, its issuer and year, and multi-line cells', () => {
    const text = aNotice()
      .header()
      .row(1, '一、经济社会发展主要预期目标', '全市地区生产总值\n增长4%左右。', '年底前取得明显进展。\n\n6月底前完成', '刘桂平\n李文海\n\n谢元', '市发展改革委\n\n市财政局、市税务局')
      .text();
    const { list, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(list).toMatchObject({ title: '天津市人民政府关于切实做好2023年市政府重点工作的通知', issuer: '天津市人民政府', year: 2023, issuedOn: null, reporting: { schedule: 'none', deadlines: [] } });
    expect(list.tasks).toEqual([
      {
        seq: 1,
        category: '经济社会发展主要预期目标',
        categoryNo: 1,
        content: '全市地区生产总值增长4%左右。',
        deadline: { text: '年底前取得明显进展。\n6月底前完成', milestones: [], ongoing: false, source: 'cell' },
        leaders: ['刘桂平', '李文海', '谢元'],
        units: [
          { name: '市发展改革委', role: 'lead', group: false },
          { name: '市财政局', role: 'support', group: false },
          { name: '市税务局', role: 'support', group: false },
        ],
        jointLead: false,
      },
    ]);
  });

  test('a blank category cell continues the category of the row above until a new one is written', () => {
    const { list } = parse(
      aNotice()
        .header()
        .row(1, '一、预期目标', '甲', '年底前完成', '刘桂平', '市发展改革委')
        .row(2, '', '乙', '年底前完成', '刘桂平', '市财政局')
        .row(3, '十二、切实提升政府工作效能和水平', '丙', '年底前完成', '刘桂平', '市审计局')
        .row(4, '', '丁', '年底前完成', '刘桂平', '市审计局')
        .text(),
    );
    expect(list.tasks.map((t) => [t.seq, t.categoryNo, t.category])).toEqual([
      [1, 1, '预期目标'],
      [2, 1, '预期目标'],
      [3, 12, '切实提升政府工作效能和水平'],
      [4, 12, '切实提升政府工作效能和水平'],
    ]);
  });

  test('a 注： note under the table is not a task and not a unit', () => {
    const { list, problems } = parse(
      aNotice().header().row(1, '', '甲', '年底前完成', '刘桂平', '市财政局').raw('', '', '注：责任单位列第一位的为牵头单位，其他为配合单位。').text(),
    );
    expect(problems.map((p) => p.message)).toEqual([noticeMessages.firstCategoryBlank(1)]);
    expect(list.tasks).toHaveLength(1);
    expect(list.tasks[0].units.map((u) => u.name)).toEqual(['市财政局']);
  });

  test('a row with a missing cell is reported with its line and left out; the other rows are kept', () => {
    const text = aNotice()
      .header()
      .row(1, '一、目标', '甲', '年底前完成', '刘桂平', '市财政局')
      .row(2, '乙', '年底前完成', '刘桂平', '市财政局')
      .row(3, '', '丙', '年底前完成', '刘桂平', '市审计局')
      .text();
    const { list, problems } = parse(text);
    expect(problems).toEqual([{ line: lineOf(text, '\t2'), message: noticeMessages.wrongCellCount(2, 5, 6) }]);
    expect(list.tasks.map((t) => t.seq)).toEqual([1, 3]);
    expect(list.tasks[1].category).toBe('目标');
  });

  test('a row number written without its tab still starts the next row', () => {
    const text = aNotice()
      .header()
      .row(1, '一、目标', '甲', '年底前完成', '刘桂平', '市财政局\n市税务局')
      .raw('2')
      .row('', '乙', '年底前完成', '杨兵', '市商务局')
      .text();
    const { list, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(list.tasks.map((t) => [t.seq, t.content, t.units.map((u) => u.name)])).toEqual([
      [1, '甲', ['市财政局', '市税务局']],
      [2, '乙', ['市商务局']],
    ]);
  });

  test('按职责分工负责 makes every listed unit a lead unit, whether on the same line or its own', () => {
    const { list } = parse(
      aNotice()
        .header()
        .row(1, '一、目标', '甲', '年底前完成', '刘桂平', '市人社局、市农业农村委、市发展改革委按职责分工负责')
        .row(2, '', '乙', '年底前完成', '杨兵', '市民族宗教委\n市侨办\n按职责分工负责。')
        .row(3, '', '丙', '年底前完成', '杨兵', '市外办（市港澳办）\n各区人民政府')
        .text(),
    );
    expect(list.tasks.map((t) => [t.jointLead, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      [true, ['市人社局:lead', '市农业农村委:lead', '市发展改革委:lead']],
      [true, ['市民族宗教委:lead', '市侨办:lead']],
      [false, ['市外办（市港澳办）:lead', '各区人民政府:support']],
    ]);
    expect(list.tasks[2].units[1].group).toBe(true);
  });

  test('header synonyms are recognized; separate 牵头单位 and 配合单位 columns give the roles', () => {
    const text = aNotice()
      .header(['序号', '重点任务', '时间节点', '分管领导', '牵头单位', '配合单位', '备注'])
      .row(1, '推进电子营业执照应用。', '6月底前', '朱鹏', '市市场监管委、市政务服务办', '市委网信办\n市大数据管理中心', '')
      .row(2, '深化“一网通办”。', '—', '—', '—', '市政务服务办', '')
      .text();
    const { list, problems } = parse(text);
    expect(problems).toEqual([{ line: lineOf(text, '\t2'), message: noticeMessages.noLeaders(2) }]);
    expect(list.tasks[0]).toMatchObject({
      content: '推进电子营业执照应用。',
      category: '',
      deadline: { text: '6月底前' },
      leaders: ['朱鹏'],
      units: [
        { name: '市市场监管委', role: 'lead' },
        { name: '市政务服务办', role: 'lead' },
        { name: '市委网信办', role: 'support' },
        { name: '市大数据管理中心', role: 'support' },
      ],
    });
    expect(list.tasks[1].units).toEqual([{ name: '市政务服务办', role: 'support', group: false }]);
  });

  test('an unknown header is reported and its column is not imported', () => {
    const text = aNotice().header([...HEADER, '联系人']).row(1, '一、目标', '甲', '年底前完成', '刘桂平', '市财政局', '张三').text();
    const { list, problems } = parse(text);
    expect(problems).toEqual([{ line: lineOf(text, '\t序号'), message: noticeMessages.unknownHeader('联系人') }]);
    expect(JSON.stringify(list.tasks)).not.toContain('张三');
  });

  test('the signing date and report dates stated in the notice are read; none are invented', () => {
    const text = new NoticeBuilder()
      .titled('天津市政务服务办关于印发天津市2023年优化营商环境责任清单的通知')
      .body('各区人民政府：', '请于2023年4月10日、7月10日、10月10日和2024年1月10日前向市政务服务办报送一季度、二季度、三季度、四季度工作进展情况。', '', '2023年1月6日')
      .header()
      .row(1, '一、目标', '甲', '年底前完成', '刘桂平', '市财政局')
      .text();
    const { list } = parse(text);
    expect(list).toMatchObject({
      issuer: '天津市政务服务办',
      issuedOn: '2023-01-06',
      reporting: { schedule: 'quarterly', deadlines: ['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10'] },
    });
  });

  test('a header repeated at a page break is skipped, and cells sharing one line are split on tabs', () => {
    const text = aNotice()
      .header()
      .row(1, '一、目标', '甲', '年底前完成', '刘桂平', '市财政局')
      .header()
      .raw('\t2\t\t乙\t年底前完成\t杨兵\t市商务局', '')
      .text();
    const { list, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(list.tasks.map((t) => [t.seq, t.category, t.content, t.leaders, t.units.map((u) => u.name)])).toEqual([
      [1, '目标', '甲', ['刘桂平'], ['市财政局']],
      [2, '目标', '乙', ['杨兵'], ['市商务局']],
    ]);
  });

  test('gaps and repeats in the numbering are reported; a repeated number is not imported twice', () => {
    const text = aNotice()
      .header()
      .row(1, '一、目标', '甲', '年底前完成', '刘桂平', '市财政局')
      .row(3, '', '丙', '年底前完成', '刘桂平', '市财政局')
      .row(3, '', '丙二', '年底前完成', '刘桂平', '市财政局')
      .text();
    const { list, problems } = parse(text);
    expect(problems.map((p) => p.message)).toEqual([noticeMessages.seqGap(1, 3), noticeMessages.duplicateSeq(3)]);
    expect(list.tasks.map((t) => t.content)).toEqual(['甲', '丙']);
  });

  test('text without a tab-indented table, or without any year, is refused with a Chinese message', () => {
    expect(() => parse('天津市人民政府关于做好2023年工作的通知\n正文。')).toThrow(new DubanError(noticeMessages.noTable, { file: 'sample.txt' }));
    const undated = new NoticeBuilder().titled('关于做好重点工作的通知').header().row(1, '一、目标', '甲', '年底前完成', '刘桂平', '市财政局').text();
    expect(() => parse(undated)).toThrow(noticeMessages.noYear);
    expect(parseNoticeText(undated, { ...meta, year: 2024 }).list.year).toBe(2024);
  });
});

describe('category numbering', () => {
  test('Chinese numerals up to 九十九 are read', () => {
    expect(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九'].map(chineseNumber)).toEqual([1, 9, 10, 11, 19, 20, 21, 99]);
    expect(['', '百', '二三', '十十'].map(chineseNumber)).toEqual([null, null, null, null]);
  });

  test('the numbering is taken off the category and kept as its number', () => {
    expect(parseCategory('二十、优化营商环境')).toEqual({ category: '优化营商环境', categoryNo: 20 });
    expect(parseCategory('（三）加强协调配合')).toEqual({ category: '加强协调配合', categoryNo: 3 });
    expect(parseCategory('1.优化企业开办服务')).toEqual({ category: '优化企业开办服务', categoryNo: 1 });
    expect(parseCategory('1.5亿元目标')).toEqual({ category: '1.5亿元目标', categoryNo: null });
    expect(parseCategory('经济目标')).toEqual({ category: '经济目标', categoryNo: null });
  });
});

const hanzi = fc.constantFrom(...'推进建设完善加快提升实施工作项目发展服务改革创新城市。，');
const content = fc.array(hanzi, { minLength: 1, maxLength: 40 }).map((chars) => `推${chars.join('')}`);
const leader = fc.constantFrom('刘桂平', '杨兵', '朱鹏', '谢元', '张玲');
const unit = fc.constantFrom('市发展改革委', '市财政局', '市外办（市港澳办）', '各区人民政府', '滨海新区人民政府');
const taskRow = fc.record({
  category: fc.option(fc.constantFrom('一、甲类', '二、乙类', '十五、丙类'), { nil: '' }),
  content,
  wrapAt: fc.nat(),
  leaders: fc.uniqueArray(leader, { minLength: 1, maxLength: 3 }),
  units: fc.uniqueArray(unit, { minLength: 1, maxLength: 4 }),
});

describe('parseNoticeText round trip', () => {
  // Whatever tasks are written as a tab-indented table (cells wrapped anywhere), the same tasks are read back.
  test('written tasks are read back unchanged', () => {
    fc.assert(
      fc.property(fc.array(taskRow, { minLength: 1, maxLength: 12 }), (rows) => {
        const builder = aNotice().header();
        rows.forEach((r, i) => {
          const at = r.wrapAt % r.content.length;
          const wrapped = at === 0 ? r.content : `${r.content.slice(0, at)}\n${r.content.slice(at)}`;
          builder.row(i + 1, i === 0 && r.category === '' ? '一、甲类' : r.category, wrapped, '年底前完成', r.leaders.join('\n\n'), r.units.join('\n\n'));
        });
        const { list, problems } = parse(builder.text());
        expect(problems).toEqual([]);
        let category = '';
        expect(list.tasks).toEqual(
          rows.map((r, i) => {
            category = i === 0 && r.category === '' ? '一、甲类' : r.category || category;
            return {
              seq: i + 1,
              ...parseCategory(category),
              content: r.content,
              deadline: { text: '年底前完成', milestones: [], ongoing: false, source: 'cell' },
              leaders: r.leaders,
              units: r.units.map((name, k) => ({ name, role: k === 0 ? 'lead' : 'support', group: name.startsWith('各') })),
              jointLead: false,
            };
          }),
        );
      }),
    );
  });
});
