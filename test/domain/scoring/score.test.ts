import { DEFAULT_SCORING_RULES, rankUnits, roundPoints } from '../../../src/domain/scoring/index.js';
import { summarize } from '../../../src/domain/summarize/index.js';
import type { ProgressEntry } from '../../../src/domain/model/index.js';
import { aDirectory, aList, anEntry } from '../master/builders.js';

const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'], due: '2023-03-31' })
  .task(2, { units: ['市财政局'], due: '2023-12-31' })
  .task(3, { units: ['市发展改革委'], due: '2023-06-30' })
  .build();
const directory = aDirectory(['市商务局', '市财政局', '市发展改革委']);
const received = (entry: ProgressEntry, at: string): ProgressEntry => ({ ...entry, receivedAt: at });

describe('排名 by the 考核规则', () => {
  const progress = [
    anEntry('市财政局', 1, '序时推进', '2023Q1', '配合推进。'),
    received(anEntry('市商务局', 1, '已完成', '2023Q1', '已完成。'), '2023-03-30T10:00:00+08:00'),
    received(anEntry('市财政局', 1, '序时推进', '2023Q2', '配合推进。'), '2023-07-20T10:00:00+08:00'),
    received(anEntry('市财政局', 2, '滞后', '2023Q2', '资金尚未到位。'), '2023-07-20T10:00:00+08:00'),
    received(anEntry('市商务局', 1, '已完成', '2023Q2', '已完成。'), '2023-06-28T10:00:00+08:00'),
  ];

  it('scores each unit from base and its items, weighs support work, and lists every item', () => {
    const summary = summarize({ list, directory, progress, period: '2023Q2', today: '2023-07-25' });
    // 市商务局: task 1 finished after its due date (no bonus), returned on time → 100.
    // 市财政局: task 1 (support) past and unfinished → 红灯 −1, copied from Q1 → −0.5; task 2 滞后 → 红灯 −2;
    //   returned 2023-07-20, after the return due date (2023-06-30, the period's end) → late −1.
    // 市发展改革委: task 3 not reported −2 and past due → 红灯 −2.
    expect(summary.ranking).toEqual([
      { unit: '市商务局', score: 100, rank: 1 },
      { unit: '市发展改革委', score: 96, rank: 2 },
      { unit: '市财政局', score: 95.5, rank: 3 },
    ]);
    expect(summary.scoreItems.filter((item) => item.unit === '市财政局')).toEqual([
      { unit: '市财政局', kind: 'red', seq: 1, points: -1, role: 'support' },
      { unit: '市财政局', kind: 'copied', seq: 1, points: -0.5, role: 'support' },
      { unit: '市财政局', kind: 'red', seq: 2, points: -2, role: 'lead' },
      { unit: '市财政局', kind: 'late', seq: null, points: -1 },
    ]);
    for (const row of summary.ranking) {
      const items = summary.scoreItems.filter((item) => item.unit === row.unit);
      expect(row.score).toBeCloseTo(DEFAULT_SCORING_RULES.base + items.reduce((sum, item) => sum + item.points, 0));
    }
  });

  it('adds the bonus for a task finished by its due date, and ties share a rank', () => {
    const q1 = [received(anEntry('市商务局', 1, '已完成', '2023Q1', '已完成。'), '2023-03-30T10:00:00+08:00'), anEntry('市财政局', 1, '已完成', '2023Q1', '已完成。'), anEntry('市财政局', 2, '序时推进', '2023Q1', '推进中。'), anEntry('市发展改革委', 3, '序时推进', '2023Q1', '推进中。')];
    const { ranking } = rankUnits({ list, directory, entries: q1, period: '2023Q1', today: '2023-03-31', alerts: [], unchanged: [], rules: { ...DEFAULT_SCORING_RULES, closedOnTime: 2 } });
    // 市商务局 +2 (lead), 市财政局 +1 (support, half of 2), 市发展改革委 0.
    expect(ranking).toEqual([
      { unit: '市商务局', score: 102, rank: 1 },
      { unit: '市财政局', score: 101, rank: 2 },
      { unit: '市发展改革委', score: 100, rank: 3 },
    ]);
    const tie = rankUnits({ list, directory, entries: q1, period: '2023Q1', today: '2023-03-31', alerts: [], unchanged: [], rules: { ...DEFAULT_SCORING_RULES, closedOnTime: 0 } });
    expect(tie.ranking.map((row) => row.rank)).toEqual([1, 1, 1]);
  });

  it('rounds points as Excel’s ROUND does, halves away from zero, so the sheet’s formulas agree', () => {
    expect([roundPoints(-0.375), roundPoints(0.375), roundPoints(1.005), roundPoints(-2), roundPoints(-0.001)]).toEqual([-0.38, 0.38, 1.01, -2, 0]);
  });
});
