import { defaultAlertRules } from '../../../src/domain/alerts/index.js';
import { summarize } from '../../../src/domain/summarize/index.js';
import { aDirectory, aList, anEntry } from '../master/builders.js';

const RULES = defaultAlertRules(2023);
const list = aList()
  .task(1, { units: ['市商务局'], due: '2023-05-15' })
  .task(2, { units: ['市发展改革委'], due: '2023-07-05' })
  .task(3, { units: ['市财政局'], due: '2023-04-10' })
  .build();
const directory = aDirectory(['市商务局', '市发展改革委', '市财政局'], []);
// Two periods: task 1 goes red in the second (its due date passes during it), task 2 comes within
// the week's warning at the second's end, task 3 is finished before its date and never lights.
const progress = [
  anEntry('市商务局', 1, '序时推进', '2023Q1'),
  anEntry('市发展改革委', 2, '序时推进', '2023Q1'),
  anEntry('市财政局', 3, '序时推进', '2023Q1'),
  anEntry('市商务局', 1, '序时推进', '2023Q2'),
  anEntry('市发展改革委', 2, '序时推进', '2023Q2'),
  anEntry('市财政局', 3, '已完成', '2023Q2'),
];
const byPeriod = (today: string, options: { period?: string; rules?: typeof RULES } = {}) =>
  summarize({ list, directory, progress, today, rules: options.rules ?? RULES, period: options.period }).lightsByPeriod.map(({ period, asOf, 红灯, 黄灯 }) => ({ period, asOf, 红灯, 黄灯 }));

describe('红灯/黄灯 across periods', () => {
  it('counts each period at its end, on its own reports, so a task goes red in the period its date passed', () => {
    expect(byPeriod('2023-08-15')).toEqual([
      { period: '2023Q1', asOf: '2023-03-31', 红灯: 0, 黄灯: 0 },
      { period: '2023Q2', asOf: '2023-06-30', 红灯: 1, 黄灯: 1 },
    ]);
  });

  it('counts the running period on today, as the alerts of the summary do', () => {
    const summary = summarize({ list, directory, progress, today: '2023-06-20', rules: RULES });
    expect(summary.lightsByPeriod.at(-1)).toMatchObject({ period: '2023Q2', asOf: '2023-06-20', 红灯: 1, 黄灯: 0 });
    const red = summary.alerts.filter((alert) => alert.level === '红灯').length;
    expect(summary.lightsByPeriod.at(-1)!.红灯).toBe(red);
  });

  it('follows an edited rule: a three-day warning no longer reaches task 2 at the end of June', () => {
    expect(byPeriod('2023-08-15', { rules: { ...RULES, warningDays: 3 } })[1]).toMatchObject({ 红灯: 1, 黄灯: 0 });
  });

  it('charts the asked period even before anyone reports for it, counting its units as unfinished, and leaves out one not begun', () => {
    expect(byPeriod('2023-08-15', { period: '2023Q3' }).map((row) => [row.period, row.红灯])).toEqual([
      ['2023Q1', 0],
      ['2023Q2', 1],
      // On 8-15 nothing is reported for Q3: all three are past due and none is reported done.
      ['2023Q3', 3],
    ]);
    expect(byPeriod('2023-08-15', { period: '2023Q4' }).map((row) => row.period)).toEqual(['2023Q1', '2023Q2']);
  });
});
