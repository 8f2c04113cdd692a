import fc from 'fast-check';
import { summarize, selectedPeriod, periodChoices, type SummaryCounts } from '../../../src/domain/summarize/index.js';
import { STATUSES } from '../../../src/domain/vocabulary.js';
import { aDirectory, aList, anEntry } from './builders.js';

const counts = (row: SummaryCounts | undefined) => row && { tasks: row.tasks, lead: row.lead, 已完成: row.已完成, 序时推进: row.序时推进, 滞后: row.滞后, 未启动: row.未启动, 未报送: row.未报送, 逾期: row.逾期 };

describe('summarize by unit', () => {
  const list = aList()
    .task(1, { units: ['市商务局', '+市发展改革委'] })
    .task(2, { units: ['市发展改革委', '+市商务局'] })
    .task(3, { units: ['市商务局'] })
    .build();

  it('counts each unit’s tasks, its lead tasks and the statuses reported for the selected period', () => {
    const progress = [
      anEntry('市商务局', 1, '已完成'),
      anEntry('市商务局', 2, '滞后'),
      anEntry('市发展改革委', 1, '序时推进'),
      anEntry('市商务局', 3, '未启动', '2022Q4'),
    ];
    const summary = summarize({ list, progress, period: '2023Q1', today: '2023-04-15' });
    expect(summary.byUnit.map((row) => row.unit)).toEqual(['市商务局', '市发展改革委']);
    expect(counts(summary.byUnit[0])).toEqual({ tasks: 3, lead: 2, 已完成: 1, 序时推进: 0, 滞后: 1, 未启动: 0, 未报送: 1, 逾期: 0 });
    expect(counts(summary.byUnit[1])).toEqual({ tasks: 2, lead: 1, 已完成: 0, 序时推进: 1, 滞后: 0, 未启动: 0, 未报送: 1, 逾期: 0 });
  });

  it('counts a task as overdue after its due date unless the unit reported it completed', () => {
    const progress = [anEntry('市商务局', 1, '已完成', '2024Q1'), anEntry('市商务局', 2, '序时推进', '2024Q1')];
    const dueDay = summarize({ list, progress, period: '2024Q1', today: '2023-12-31' });
    expect(dueDay.byUnit[0].逾期).toBe(0);
    const after = summarize({ list, progress, period: '2024Q1', today: '2024-01-01' });
    // 市商务局: task 1 completed, task 2 in progress, task 3 not reported → 2 overdue.
    expect(after.byUnit[0].逾期).toBe(2);
    expect(after.byUnit[1].逾期).toBe(2);
  });

  it('never counts an ongoing task or a progress checkpoint as overdue', () => {
    const ongoing = aList().task(1, { due: null, checkpoint: '2023-06-30' }).build();
    const summary = summarize({ list: ongoing, progress: [], period: '2023Q4', today: '2024-06-01' });
    expect(summary.byUnit[0].逾期).toBe(0);
  });

  it('counts a group’s tasks at each of its directory members instead of the group', () => {
    const withGroup = aList().task(1, { units: ['市商务局', '+各区人民政府'] }).task(2, { units: ['和平区人民政府'] }).build();
    const directory = aDirectory(['市商务局'], ['和平区人民政府', '河西区人民政府']);
    const progress = [anEntry('和平区人民政府', 1, '已完成'), anEntry('河西区人民政府', 1, '滞后')];
    const summary = summarize({ list: withGroup, directory, progress, period: '2023Q1', today: '2023-04-15' });
    expect(summary.byUnit.map((row) => row.unit)).toEqual(['市商务局', '和平区人民政府', '河西区人民政府']);
    expect(counts(summary.byUnit[1])).toMatchObject({ tasks: 2, lead: 1, 已完成: 1, 未报送: 1 });
    expect(counts(summary.byUnit[2])).toMatchObject({ tasks: 1, lead: 0, 滞后: 1, 未报送: 0 });
    // Without members the group is no row of its own: its task waits for a unit.
    const plain = summarize({ list: withGroup, progress, period: '2023Q1', today: '2023-04-15' });
    expect(plain.byUnit.map((row) => row.unit)).toEqual(['市商务局', '和平区人民政府']);
    expect(plain.pending).toEqual({ tasks: 1, groups: [{ group: '各区人民政府', seqs: [1] }] });
  });
});

describe('summarize by leader', () => {
  it('counts each task once, for both of its leaders, by its lead unit’s status, with the unit-level detail beside it', () => {
    const list = aList()
      .task(1, { leaders: ['张三', '李四'], units: ['市商务局', '+市发展改革委'] })
      .task(2, { leaders: ['李四'], units: ['市财政局'] })
      .build();
    // 市发展改革委 supports task 1 and reported it lagging: the lead (市商务局) decides, and it completed.
    const progress = [anEntry('市商务局', 1, '已完成'), anEntry('市发展改革委', 1, '滞后'), anEntry('市财政局', 2, '滞后')];
    const summary = summarize({ list, progress, period: '2023Q1', today: '2023-04-15' });
    expect(summary.byLeader.map((row) => [row.leader, row.tasks])).toEqual([['张三', 1], ['李四', 2]]);
    expect(summary.byLeader[0]).toMatchObject({ tasks: 1, 已完成: 1, 序时推进: 0, 滞后: 0, 未启动: 0, 未报送: 0, units: 2, unitsReported: 2 });
    expect(summary.byLeader[1]).toMatchObject({ tasks: 2, 已完成: 1, 滞后: 1, 未报送: 0, units: 3, unitsReported: 3 });
  });

  it('takes the least advanced status when several units lead, and 未报送 only when no lead unit reported', () => {
    const list = aList().task(1, { leaders: ['张三'], units: ['市商务局', '市发展改革委'] }).task(2, { leaders: ['张三'], units: ['市财政局', '+市教委'] }).build();
    const progress = [anEntry('市商务局', 1, '已完成'), anEntry('市发展改革委', 1, '未启动'), anEntry('市教委', 2, '已完成')];
    const [row] = summarize({ list, progress, period: '2023Q1', today: '2023-04-15' }).byLeader;
    expect(row).toMatchObject({ tasks: 2, 已完成: 0, 未启动: 1, 未报送: 1, units: 4, unitsReported: 3 });
  });

  it('does not mistake a leader whose name contains another’s for that leader', () => {
    const list = aList().task(1, { leaders: ['王刚'] }).task(2, { leaders: ['王刚强'] }).build();
    const summary = summarize({ list, progress: [], today: '2023-04-15' });
    expect(summary.byLeader.map((row) => row.tasks)).toEqual([1, 1]);
  });
});

describe('the period a summary shows', () => {
  const list = aList().task(1).build();

  it('is the one asked for, written as its code', () => {
    expect(selectedPeriod(list, [], '2023年第二季度')).toBe('2023Q2');
  });

  it('defaults to the latest period reported, else the first reporting period of the list', () => {
    expect(selectedPeriod(list, [anEntry('市商务局', 1, '滞后', '2023Q3'), anEntry('市商务局', 1, '滞后', '2023Q1')])).toBe('2023Q3');
    expect(selectedPeriod(list, [])).toBe('2023Q1');
    expect(selectedPeriod(aList().task(1).reporting('monthly').build(), [])).toBe('2023-01');
  });

  it('offers the list’s reporting periods plus the reported ones, in time order', () => {
    const choices = periodChoices(aList().task(1).reporting('half-yearly').build(), [anEntry('市商务局', 1, '滞后', '2023-05')]);
    expect(choices.map((choice) => choice.code)).toEqual(['2023-05', '2023H1', '2023H2']);
    expect(choices[1].label).toBe('2023年上半年');
  });
});

const unitNames = ['市商务局', '市发展改革委', '市财政局', '市教委', '各区人民政府'];
const leaderNames = ['张三', '李四', '王五'];
const taskArb = fc.record({
  leaders: fc.uniqueArray(fc.constantFrom(...leaderNames), { minLength: 1, maxLength: 2 }),
  units: fc.uniqueArray(fc.constantFrom(...unitNames), { minLength: 1, maxLength: 4 }),
  supportFrom: fc.nat(3),
  due: fc.option(fc.constantFrom('2023-03-31', '2023-06-30', '2023-12-31'), { nil: null }),
});

describe('summarize, whatever the list and progress', () => {
  // Invariant: per unit, the four statuses plus 未报送 add up to its tasks, and per leader the task count is the number of tasks naming them.
  it('accounts for every task of every unit and leader', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...STATUSES), fc.boolean())), fc.boolean(), (specs, reports, withMembers) => {
        const builder = aList();
        specs.forEach((spec, i) =>
          builder.task(i + 1, { leaders: spec.leaders, due: spec.due, units: spec.units.map((name, k) => (k >= 1 + spec.supportFrom ? `+${name}` : name)) }),
        );
        const list = builder.build();
        const directory = aDirectory(unitNames.slice(0, 4), withMembers ? ['和平区人民政府', '河西区人民政府'] : []);
        const members = withMembers ? ['和平区人民政府', '河西区人民政府'] : [];
        const pairs = list.tasks.flatMap((task) => task.units.flatMap((unit) => (unit.name === '各区人民政府' ? members : [unit.name]).map((name) => ({ unit: name, seq: task.seq }))));
        const seen = new Set<string>();
        const progress = reports.flatMap(([pick, _period, status, later]) => {
          // Every task may wait for a unit (a group without members): nobody can report then.
          if (pairs.length === 0) return [];
          const pair = pairs[pick % pairs.length];
          const period = later ? '2023Q2' : '2023Q1';
          const key = `${period}|${pair.unit}|${pair.seq}`;
          if (seen.has(key)) return [];
          seen.add(key);
          return [anEntry(pair.unit, pair.seq, status, period)];
        });
        const summary = summarize({ list, directory, progress, period: '2023Q1', today: '2023-07-01' });
        for (const row of summary.byUnit) {
          expect(row.已完成 + row.序时推进 + row.滞后 + row.未启动 + row.未报送).toBe(row.tasks);
          expect(row.未报送).toBeGreaterThanOrEqual(0);
          expect(row.逾期).toBeGreaterThanOrEqual(0);
          expect(row.逾期).toBeLessThanOrEqual(row.tasks);
        }
        expect(summary.byUnit.reduce((sum, row) => sum + row.tasks, 0)).toBe(pairs.length);
        for (const row of summary.byLeader) {
          // Each task once: the five statuses add up to the leader's tasks; the unit-level detail counts task × unit pairs.
          expect(row.tasks).toBe(list.tasks.filter((task) => task.leaders.includes(row.leader)).length);
          expect(row.已完成 + row.序时推进 + row.滞后 + row.未启动 + row.未报送).toBe(row.tasks);
          expect(row.逾期).toBeLessThanOrEqual(row.tasks);
          const expected = pairs.filter((pair) => list.tasks.find((task) => task.seq === pair.seq)!.leaders.includes(row.leader)).length;
          expect(row.units).toBe(expected);
          expect(row.unitsReported).toBeLessThanOrEqual(row.units);
        }
      }),
      { numRuns: 150 },
    );
  });
});
