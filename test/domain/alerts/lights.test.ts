import fc from 'fast-check';
import { computeAlerts, defaultAlertRules, lightOf, type AlertRules } from '../../../src/domain/alerts/index.js';
import { readAlertRules, buildMasterSpec, gridOfSpec } from '../../../src/domain/master/index.js';
import { DubanError } from '../../../src/domain/errors.js';
import { assignmentsOf } from '../../../src/domain/assignments/index.js';
import { summarize } from '../../../src/domain/summarize/index.js';
import { SHEETS, type Status } from '../../../src/domain/vocabulary.js';
import { aDirectory, aList, anEntry } from '../master/builders.js';

const RULES = defaultAlertRules(2023);
const isoDay = fc.date({ min: new Date('2022-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const rulesArb: fc.Arbitrary<AlertRules> = fc.record({
  warningDays: fc.integer({ min: 0, max: 60 }),
  laggingRed: fc.boolean(),
  idlePercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  start: isoDay,
});

describe('三色预警 lights', () => {
  // A finished task never lights, whatever its due date, the day and the rules.
  it('never lights a task reported 已完成', () => {
    fc.assert(fc.property(fc.option(isoDay, { nil: null }), isoDay, rulesArb, (due, today, rules) => lightOf(due, '已完成', today, rules) === null));
  });

  // An unfinished task past its due date is always red.
  it('lights an unfinished task past its due date red, reported or not', () => {
    fc.assert(
      fc.property(isoDay, isoDay, rulesArb, fc.constantFrom<Status | null>(null, '序时推进', '滞后', '未启动'), (due, today, rules, status) => {
        fc.pre(due < today);
        return lightOf(due, status, today, rules) === '红灯';
      }),
    );
  });

  it('lights yellow within the warning window, counted in days with today included', () => {
    expect(lightOf('2023-06-30', '序时推进', '2023-06-23', RULES)).toBe('黄灯');
    expect(lightOf('2023-06-30', '序时推进', '2023-06-22', RULES)).toBeNull();
    expect(lightOf('2023-06-30', null, '2023-06-30', RULES)).toBe('黄灯');
    expect(lightOf('2023-06-30', '序时推进', '2023-06-27', { ...RULES, warningDays: 3 })).toBe('黄灯');
    expect(lightOf('2023-06-30', '序时推进', '2023-06-26', { ...RULES, warningDays: 3 })).toBeNull();
  });

  it('lights 滞后 red before the due date only while the rule says so', () => {
    expect(lightOf('2023-12-31', '滞后', '2023-04-01', RULES)).toBe('红灯');
    expect(lightOf(null, '滞后', '2023-04-01', RULES)).toBe('红灯');
    expect(lightOf('2023-12-31', '滞后', '2023-04-01', { ...RULES, laggingRed: false })).toBeNull();
  });

  it('warns a task still 未启动 once the idle share of its time has passed', () => {
    const rules = { ...RULES, idlePercent: 50 };
    // 2023-01-01 … 2023-12-31: half the time has passed on 2023-07-02 (182 of 364 days).
    expect(lightOf('2023-12-31', '未启动', '2023-07-02', rules)).toBe('黄灯');
    expect(lightOf('2023-12-31', '未启动', '2023-07-01', rules)).toBeNull();
    expect(lightOf('2023-12-31', '序时推进', '2023-07-02', rules)).toBeNull();
    expect(lightOf('2023-12-31', '未启动', '2023-07-02', RULES)).toBeNull();
  });

  it('lists each lit task × reporting unit, red first, with the status of the period or 未报送', () => {
    const list = aList()
      .task(1, { units: ['市商务局', '+各区人民政府'], due: '2023-03-31', leaders: ['张三'] })
      .task(2, { units: ['市财政局'], due: '2023-04-05', leaders: ['李四'] })
      .task(3, { units: ['市财政局'], due: '2023-12-31' })
      .build();
    const directory = aDirectory(['市商务局', '市财政局'], ['和平区人民政府', '河西区人民政府']);
    const alerts = computeAlerts({
      assignments: assignmentsOf(list, directory),
      entries: [anEntry('市商务局', 1, '已完成'), anEntry('和平区人民政府', 1, '序时推进'), anEntry('市财政局', 3, '滞后')],
      today: '2023-04-01',
      rules: RULES,
    });
    expect(alerts.map(({ seq, unit, level, due, status }) => ({ seq, unit, level, due, status }))).toEqual([
      { seq: 1, unit: '和平区人民政府', level: '红灯', due: '2023-03-31', status: '序时推进' },
      { seq: 1, unit: '河西区人民政府', level: '红灯', due: '2023-03-31', status: '未报送' },
      { seq: 3, unit: '市财政局', level: '红灯', due: '2023-12-31', status: '滞后' },
      { seq: 2, unit: '市财政局', level: '黄灯', due: '2023-04-05', status: '未报送' },
    ]);
    const summary = summarize({ list, directory, progress: [anEntry('市商务局', 1, '已完成'), anEntry('和平区人民政府', 1, '序时推进'), anEntry('市财政局', 3, '滞后')], period: '2023Q1', today: '2023-04-01' });
    expect(summary.byUnit.map((row) => [row.unit, row.红灯, row.黄灯])).toEqual([['市商务局', 0, 0], ['和平区人民政府', 1, 0], ['河西区人民政府', 1, 0], ['市财政局', 1, 1]]);
    expect(summary.byLeader.map((row) => [row.leader, row.红灯, row.黄灯])).toEqual([['张三', 3, 0], ['李四', 0, 1]]);
  });
});

describe('the 预警规则 sheet', () => {
  const list = aList().task(1).build();
  const sheetOf = (rules?: AlertRules) => gridOfSpec(buildMasterSpec({ list, directory: aDirectory(['市商务局']), progress: [], generatedAt: '2023-04-01T00:00:00Z', alertRules: rules }));

  it('writes the defaults and reads back what an office edits', () => {
    expect(readAlertRules(sheetOf(), 2023)).toEqual(RULES);
    const edited: AlertRules = { warningDays: 3, laggingRed: false, idlePercent: 40, start: '2023-02-01' };
    expect(readAlertRules(sheetOf(edited), 2023)).toEqual(edited);
  });

  it('uses the defaults for an older master without the sheet', () => {
    const grid = sheetOf();
    grid.sheets = grid.sheets.filter((sheet) => sheet.name !== SHEETS.alertRules);
    expect(readAlertRules(grid, 2024)).toEqual(defaultAlertRules(2024));
  });

  it('names the cell of a value it cannot read', () => {
    const grid = sheetOf();
    const sheet = grid.sheets.find((candidate) => candidate.name === SHEETS.alertRules)!;
    sheet.rows[3][1] = '一周';
    expect(() => readAlertRules(grid, 2023, 'master.xlsx')).toThrow(DubanError);
    expect(() => readAlertRules(grid, 2023, 'master.xlsx')).toThrow(/预警规则.*B4.*一周/);
  });
});
