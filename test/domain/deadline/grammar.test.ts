import { formatDeadline, isOverdue, parseDeadline } from '../../../src/domain/deadline/index.js';
import { deadlineMessages } from '../../../src/domain/messages/index.js';
import { NOTICE_DEFAULT_2023, QUARTERLY_REPORTS_2023 } from './notice-default.js';

const year = 2023;
const dues = (text: string, context = { year }) => {
  const parsed = parseDeadline(text, context);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem}`);
  return parsed.spec.milestones.map((milestone) => `${milestone.kind}:${milestone.due}${milestone.label ? `:${milestone.label}` : ''}`);
};

describe('deadline grammar forms', () => {
  test.each([
    ['年底前完成', ['complete:2023-12-31']],
    ['年内完成', ['complete:2023-12-31']],
    ['年末', ['complete:2023-12-31']],
    ['年底前取得明显进展', ['progress:2023-12-31']],
    ['取得阶段性进展', ['progress:2023-12-31']],
    ['年底前取得积极进展', ['progress:2023-12-31']],
    ['3月底前完成', ['complete:2023-03-31']],
    ['2月底前', ['complete:2023-02-28']],
    ['11月底前完成', ['complete:2023-11-30']],
    ['六月底前', ['complete:2023-06-30']],
    ['十二月底', ['complete:2023-12-31']],
    ['4月份', ['complete:2023-04-30']],
    ['4月完成', ['complete:2023-04-30']],
    ['6月中旬', ['complete:2023-06-20']],
    ['6月上旬前', ['complete:2023-06-10']],
    ['6月下旬', ['complete:2023-06-30']],
    ['上半年', ['complete:2023-06-30']],
    ['下半年完成', ['complete:2023-12-31']],
    ['一季度', ['complete:2023-03-31']],
    ['第二季度末', ['complete:2023-06-30']],
    ['三季度前完成', ['complete:2023-09-30']],
    ['4季度', ['complete:2023-12-31']],
    ['年中', ['complete:2023-06-30']],
    ['2023年6月30日', ['complete:2023-06-30']],
    ['2023年6月30日前完成', ['complete:2023-06-30']],
    ['2023.6.30', ['complete:2023-06-30']],
    ['2023/6/30前', ['complete:2023-06-30']],
    ['2023-06-30', ['complete:2023-06-30']],
    ['6月30日前', ['complete:2023-06-30']],
    ['六月三十日前', ['complete:2023-06-30']],
    ['2024年6月底前', ['complete:2024-06-30']],
    ['2024年底前完成', ['complete:2024-12-31']],
    ['2024年上半年', ['complete:2024-06-30']],
    ['2024年', ['complete:2024-12-31']],
    ['明年底前完成', ['complete:2024-12-31']],
    ['力争9月底前完成', ['complete:2023-09-30']],
  ])('%s → %j', (text, expected) => {
    expect(dues(text)).toEqual(expected);
  });

  test('a compound phrase gives one labelled milestone per part, whatever the separator', () => {
    const expected = ['complete:2023-10-31:供热旧管网改造', 'complete:2023-12-31:燃气旧管网改造'];
    expect(dues('供热旧管网改造10月底前完成；燃气旧管网改造年底前完成')).toEqual(expected);
    expect(dues('供热旧管网改造10月底前完成;燃气旧管网改造年底前完成')).toEqual(expected);
    expect(dues('供热旧管网改造10月底前完成\n燃气旧管网改造年底前完成')).toEqual(expected);
  });

  test('two time expressions in one part each give a milestone', () => {
    expect(dues('6月底前启动建设，年底前完成验收')).toEqual(['complete:2023-06-30:启动建设', 'complete:2023-12-31:验收']);
  });

  test('works named after the time join the label: 竣工, 建成通车, 开工', () => {
    expect(dues('主体工程8月底竣工')).toEqual(['complete:2023-08-31:主体工程竣工']);
    expect(dues('地铁4号线年底前建成通车')).toEqual(['complete:2023-12-31:地铁4号线建成通车']);
    expect(dues('二期项目3月底前开工')).toEqual(['complete:2023-03-31:二期项目开工']);
  });

  test.each(['长期坚持', '持续推进', '常态化开展'])('%s is ongoing: no milestones, never overdue', (text) => {
    const parsed = parseDeadline(text, { year });
    expect(parsed).toEqual({ ok: true, spec: { text, milestones: [], ongoing: true, source: 'cell' } });
  });

  test('an ongoing part next to a dated part keeps both', () => {
    const parsed = parseDeadline('持续推进；年底前取得明显进展', { year });
    expect(parsed.ok && parsed.spec).toEqual({
      text: '持续推进；年底前取得明显进展',
      milestones: [{ due: '2023-12-31', kind: 'progress' }],
      ongoing: true,
      source: 'cell',
    });
  });

  test('the phrase text is kept exactly, spaces and line breaks included', () => {
    const text = ' 年底前完成\r\n';
    const parsed = parseDeadline(text, { year });
    expect(parsed.ok && parsed.spec.text).toBe(text);
  });

  test('dates follow the list year, leap days included', () => {
    expect(dues('2月底前', { year: 2024 })).toEqual(['complete:2024-02-29']);
    expect(dues('年底前完成', { year: 2030 })).toEqual(['complete:2030-12-31']);
  });
});

describe('phrases that cannot be read', () => {
  test.each([
    ['2023年2月30日', '2023年2月30日', deadlineMessages.noSuchDay(2023, 2, '30')],
    ['2023年2月29日前', '2023年2月29日前', deadlineMessages.noSuchDay(2023, 2, '29')],
    ['4月31日前', '4月31日前', deadlineMessages.noSuchDay(2023, 4, '31')],
    ['13月底前完成', '13月底前', deadlineMessages.noSuchMonth('13')],
    ['2023-00-10', '2023-00-10', deadlineMessages.noSuchMonth('00')],
    ['年底前完成；十三月份', '十三月份', deadlineMessages.noSuchMonth('十三')],
  ])('%s is an impossible date', (text, fragment, problem) => {
    expect(parseDeadline(text, { year })).toEqual({ ok: false, code: 'impossible-date', problem, fragment });
  });

  test.each([
    ['按计划推进', '按计划推进'],
    ['6月前完成', '6月前完成'],
    ['尽快', '尽快'],
    ['年底前完成。视情况而定', '视情况而定'],
    ['。', '。'],
  ])('%s is reported as unknown, naming the part that failed', (text, fragment) => {
    expect(parseDeadline(text, { year })).toEqual({
      ok: false,
      code: 'unknown-phrase',
      problem: deadlineMessages.unknownPhrase(fragment),
      fragment,
    });
  });

  test('an empty phrase is an error unless the notice reporting dates are given', () => {
    expect(parseDeadline('  ', { year })).toEqual({ ok: false, code: 'empty', problem: deadlineMessages.empty, fragment: '' });
  });
});

describe('notice default for a list without a deadline column', () => {
  test('the quarterly report dates become progress checkpoints and the year end is the due date', () => {
    const parsed = parseDeadline('', { year, reportingDeadlines: QUARTERLY_REPORTS_2023 });
    expect(parsed).toEqual({ ok: true, spec: NOTICE_DEFAULT_2023 });
  });

  test('report dates of other years are not checkpoints', () => {
    const parsed = parseDeadline('', { year, reportingDeadlines: ['2022-10-10', '2023-07-10', '2024-01-10', '2024-04-10'] });
    expect(parsed.ok && parsed.spec.milestones.map((milestone) => milestone.due)).toEqual(['2023-07-10', '2023-12-31', '2024-01-10']);
  });
});

describe('canonical phrase and overdue', () => {
  test('formatDeadline spells every year out', () => {
    const parsed = parseDeadline('供热旧管网改造10月底前完成；燃气旧管网改造年底前取得明显进展；6月15日前', { year });
    expect(parsed.ok && formatDeadline(parsed.spec)).toBe('供热旧管网改造2023年10月底前完成；燃气旧管网改造2023年底前取得明显进展；2023年6月15日前完成');
  });

  test('a label ending in a digit is kept apart from the year', () => {
    const spec = { milestones: [{ label: '建设项目1', due: '2023-06-30', kind: 'complete' as const }], ongoing: false };
    const text = formatDeadline(spec);
    const parsed = parseDeadline(text, { year: 1990 });
    expect(parsed.ok && parsed.spec.milestones).toEqual(spec.milestones);
  });

  test('a milestone is overdue only after its due date', () => {
    const milestone = { due: '2023-06-30' };
    expect(isOverdue(milestone, '2023-06-29')).toBe(false);
    expect(isOverdue(milestone, '2023-06-30')).toBe(false);
    expect(isOverdue(milestone, '2023-07-01')).toBe(true);
  });
});
