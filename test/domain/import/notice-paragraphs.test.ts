import fc from 'fast-check';
import { importNoticeText, parseNoticeText } from '../../../src/domain/import/index.js';
import { noticeMessages } from '../../../src/domain/messages/index.js';

const meta = { id: 'sample', source: 'sample.txt' };
const parse = (...lines: string[]) => parseNoticeText(lines.join('\n'), meta);
const lead = (units: { name: string; role: string }[]) => units.filter((unit) => unit.role === 'lead').map((unit) => unit.name);
const support = (units: { name: string; role: string }[]) => units.filter((unit) => unit.role === 'support').map((unit) => unit.name);

describe('a list published as numbered paragraphs', () => {
  test('reads the closing parenthesis with full-width and half-width separators alike', () => {
    const { list, problems } = parse(
      '某县2024年重点工作任务分解',
      '一、交通建设',
      '3.新建改建农村公路80公里。（责任领导：李某；牵头单位：县交通运输局；责任单位：各乡镇人民政府）',
      '4.完成县城停车场建设。(分管领导:张某;主责单位:县住建局,配合单位:县自然资源局、县财政局)',
    );
    expect(problems).toEqual([]);
    expect(list.year).toBe(2024);
    expect(list.tasks.map((task) => [task.seq, task.content, task.leaders, lead(task.units), support(task.units)])).toEqual([
      [3, '新建改建农村公路80公里。', ['李某'], ['县交通运输局'], ['各乡镇人民政府']],
      [4, '完成县城停车场建设。', ['张某'], ['县住建局'], ['县自然资源局', '县财政局']],
    ]);
    expect(list.tasks[0].units[1].group).toBe(true);
    expect(list.tasks[0].category).toBe('交通建设');
  });

  test('reads sentences: …牵头，…配合 / 由…负责 / …等部门按职责分工负责', () => {
    const { list } = parse(
      '2024年优化营商环境任务清单',
      '1、推进企业开办一日办结。（县商务局牵头，县财政局、县市场监管局配合）',
      '2、落实义务教育免费午餐。（由县教育局负责）',
      '3、开展安全生产大检查。（县应急局、县公安局等部门按职责分工负责）',
    );
    expect(list.tasks.map((task) => [lead(task.units), support(task.units), task.jointLead])).toEqual([
      [['县商务局'], ['县财政局', '县市场监管局'], false],
      [['县教育局'], [], false],
      [['县应急局', '县公安局'], [], true],
    ]);
  });

  test('takes a deadline from the parenthesis or a field, and gives none where the text has none', () => {
    const { list, problems } = importNoticeText(
      [
        '2024年民生实事任务分解',
        '（1）改造老旧小区12个。（县住建局牵头，2024年6月底前完成）',
        '（2）新增托位400个。',
        '牵头单位：县卫健局',
        '完成时限：全年',
        '（3）推进河湖长制。（县水利局负责，持续推进）',
        '（4）建设口袋公园5个。（县城管局负责）',
        '（5）通报重点项目进展。（县发改局负责，每季度）',
      ].join('\n'),
      meta,
    );
    expect(problems).toEqual([]);
    expect(list.tasks.map((task) => task.deadline.text)).toEqual(['2024年6月底前完成', '全年', '持续推进', '', '每季度']);
    expect(list.tasks[4].deadline.ongoing).toBe(true);
    expect(list.tasks[0].deadline.milestones).toEqual([{ due: '2024-06-30', kind: 'complete' }]);
    expect(list.tasks[2].deadline.ongoing).toBe(true);
    expect(list.tasks[3].deadline.source).toBe('notice');
    expect(list.tasks[3].deadline.milestones).toEqual([{ due: '2024-12-31', kind: 'complete' }]);
  });

  test('a closing parenthesis that only names a period or a kind is part of the content', () => {
    const { list } = parse(
      '2024年重点工作任务分解',
      '1.制定城市更新实施方案（2024—2026年）。',
      '牵头单位：县住建局',
      '2.推广电子证照（预包装食品）。（县市场监管局负责）',
    );
    expect(list.tasks.map((task) => [task.content, task.deadline.text])).toEqual([
      ['制定城市更新实施方案（2024—2026年）。', ''],
      ['推广电子证照（预包装食品）。', ''],
    ]);
  });

  test('a leader named in a section heading answers for the tasks under it', () => {
    const { list } = parse(
      '2024年县政府重点工作责任分解',
      '一、王某某副县长牵头的工作',
      '1.推进工业园区扩区。（牵头单位：县工信局）',
      '二、经济运行（分管领导：赵某）',
      '2.稳定粮食生产。（牵头单位：县农业农村局）',
      '3.抓好森林防火。（责任领导：钱某；牵头单位：县林业局）',
    );
    expect(list.tasks.map((task) => task.leaders)).toEqual([['王某某'], ['赵某'], ['钱某']]);
    expect(list.tasks[1].category).toBe('经济运行');
  });

  test('一是…二是… in one paragraph and ① items are tasks of their own', () => {
    const circled = parse('2024年重点任务清单', '①建设污水管网10公里。（县住建局负责）', '②完成绿化2000亩。（县林业局负责）');
    expect(circled.list.tasks.map((task) => task.content)).toEqual(['建设污水管网10公里。', '完成绿化2000亩。']);
    const shi = parse('2024年重点任务清单', '一、生态建设', '一是建设污水管网10公里（县住建局负责）；二是完成绿化2000亩（县林业局负责）。');
    expect(shi.list.tasks.map((task) => lead(task.units))).toEqual([['县住建局'], ['县林业局']]);
  });

  test('a task that runs over several paragraphs keeps them all, its sub-items included', () => {
    const { list, problems } = parse(
      '2024年重点工作分工方案',
      '1.实施城市更新行动。',
      '（1）改造老旧小区12个；',
      '（2）新建停车位500个。',
      '（牵头单位：县住建局；责任单位：县城管局）',
    );
    expect(problems).toEqual([]);
    expect(list.tasks).toHaveLength(1);
    expect(list.tasks[0].content).toBe('实施城市更新行动。\n（1）改造老旧小区12个；\n（2）新建停车位500个。');
    expect(lead(list.tasks[0].units)).toEqual(['县住建局']);
  });

  test('the notice body above the list is not read as tasks, and a group phrase with 、 stays whole', () => {
    const { list } = parse(
      '某市人民政府办公室关于印发2024年重点工作任务分工的通知',
      '一、提高站位。各牵头单位要加强统筹，按职责分工负责。',
      '二、加强督查。市政府督查室每季度通报一次。',
      '附件',
      '2024年重点工作任务分工',
      '一、扩大有效投资',
      '1.新开工项目100个。（牵头单位：市发展改革委；责任单位：各县、市、区政府，市直各有关部门）',
    );
    expect(list.tasks).toHaveLength(1);
    expect(support(list.tasks[0].units)).toEqual(['各县、市、区政府', '市直各有关部门']);
    expect(list.tasks[0].units.every((unit) => unit.role === 'lead' || unit.group)).toBe(true);
  });

  test('a line that is neither task, heading nor field is reported with its line', () => {
    const text = ['2024年重点工作任务分解', '1.新开工项目100个。', '牵头单位：县发改局', '以上任务请于每月5日前报送进展。', '2.稳定粮食生产。（牵头单位：县农业农村局）'];
    const { problems } = parse(...text);
    expect(problems).toEqual([{ line: 4, message: noticeMessages.unreadLine('以上任务请于每月5日前报送进展。') }]);
  });

  test('a task that names no unit is imported and reported', () => {
    const { list, problems } = parse('2024年重点工作任务分解', '1.新开工项目100个。（牵头单位：县发改局）', '2.稳定粮食生产。');
    expect(list.tasks).toHaveLength(2);
    expect(problems).toEqual([{ line: 3, message: noticeMessages.noUnits(2) }]);
  });

  test('a table pasted with runs of spaces between its cells is read as a table', () => {
    const { list } = parse(
      '2024年民生实事责任分解表',
      '序号    工作任务                  责任领导    牵头单位      配合单位        完成时限',
      '1       新建幼儿园2所             王某        县教育局      县住建局        2024年9月底前',
      '2       改造农村公路50公里        李某        县交通局      各乡镇人民政府  年底前',
    );
    expect(list.tasks.map((task) => [task.content, task.leaders, lead(task.units), support(task.units), task.deadline.text])).toEqual([
      ['新建幼儿园2所', ['王某'], ['县教育局'], ['县住建局'], '2024年9月底前'],
      ['改造农村公路50公里', ['李某'], ['县交通局'], ['各乡镇人民政府'], '年底前'],
    ]);
  });

  test('text with no table and no paragraph naming who answers is refused with a message saying what was looked for', () => {
    expect(() => parse('2024年工作总结', '一、过去一年成绩显著。', '二、明年继续努力。')).toThrow(noticeMessages.noTable);
  });
});

describe('a list in paragraphs, whatever its punctuation', () => {
  const unit = fc.constantFrom('县发改局', '县财政局', '县交通运输局', '县教育局', '县住建局(城管局)', '各乡镇人民政府', '县直各有关部门');
  const leader = fc.constantFrom('李明', '王某某', '赵强');
  const content = fc.constantFrom('新建改建农村公路80公里。', '新增城镇就业2000人。', '改造老旧小区12个', '完成危桥改造10座，惠及群众3万人。');
  const task = fc.record({ content, leader, lead: unit, support: fc.uniqueArray(unit, { maxLength: 2 }) }).filter((t) => !t.support.includes(t.lead));
  const style = fc.record({
    fullWidth: fc.boolean(),
    fieldLines: fc.boolean(),
    numbering: fc.constantFrom('1.', '1、', '（1）', '(1)', '1．'),
    joiner: fc.constantFrom('、', '，', ','),
  });

  function render(tasks: { content: string; leader: string; lead: string; support: string[] }[], s: { fullWidth: boolean; fieldLines: boolean; numbering: string; joiner: string }): string {
    const [open, close, colon, semi] = s.fullWidth ? ['（', '）', '：', '；'] : ['(', ')', ':', ';'];
    const lines = ['2024年重点工作任务分解', '一、重点任务'];
    tasks.forEach((t, i) => {
      const number = s.numbering.replace('1', String(i + 1));
      const fields = [`责任领导${colon}${t.leader}`, `牵头单位${colon}${t.lead}`, ...(t.support.length > 0 ? [`责任单位${colon}${t.support.join(s.joiner)}`] : [])];
      if (s.fieldLines) lines.push(`${number}${t.content}`, ...fields);
      else lines.push(`${number}${t.content}${open}${fields.join(semi)}${close}`);
    });
    return lines.join('\n');
  }

  // Full-width or half-width, in a parenthesis or on lines of their own: the same leaders and units.
  test('reads the same leaders and units', () => {
    fc.assert(
      fc.property(fc.array(task, { minLength: 1, maxLength: 5 }), style, (tasks, s) => {
        const { list } = parseNoticeText(render(tasks, s), meta);
        expect(list.tasks.map((t) => [t.leaders, lead(t.units), support(t.units)])).toEqual(tasks.map((t) => [[t.leader], [t.lead], t.support]));
      }),
      { numRuns: 150 },
    );
  });
});
