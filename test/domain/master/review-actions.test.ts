import { DubanError } from '../../../src/domain/errors.js';
import { applyClosures, applyReviews, closeCandidatesOf, keptSheet, reviewRowsOf, sendBackNotice, type Review } from '../../../src/domain/master/index.js';
import { reviewActionMessages, reviewMessages } from '../../../src/domain/messages/index.js';
import { aDirectory, aList, anEntry } from './builders.js';

const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'], content: '稳外贸稳外资，推动外贸保稳提质。' })
  .task(2, { units: ['市商务局'] })
  .task(3, { units: ['市财政局'] })
  .task(4, { units: ['市发展改革委', '+市商务局'] })
  .build();
const directory = aDirectory(['市商务局', '市财政局', '市发展改革委']);

const progress = [
  anEntry('市商务局', 1, '已完成', '2023Q1'),
  anEntry('市财政局', 1, '序时推进', '2023Q1'),
  anEntry('市商务局', 2, '已完成', '2023Q1'),
  anEntry('市商务局', 2, '序时推进', '2023Q2'),
  anEntry('市财政局', 3, '滞后', '2023Q1'),
  anEntry('市商务局', 4, '已完成', '2023Q1'),
];

function thrown(run: () => unknown): DubanError {
  try {
    run();
  } catch (error) {
    if (error instanceof DubanError) return error;
    throw error;
  }
  throw new Error('expected a DubanError');
}

describe('审核 decisions', () => {
  test('the rows of a period carry their decision and a sent-back row its 退回通知', () => {
    const reviews: Review[] = [{ period: '2023Q1', unit: '市财政局', seq: 1, result: '退回修改', reason: '未写明拨付进度' }];
    const rows = reviewRowsOf(progress, reviews, '2023Q1');
    expect(rows.map((row) => [row.unit, row.seq, row.result])).toEqual([
      ['市商务局', 1, null],
      ['市财政局', 1, '退回修改'],
      ['市商务局', 2, null],
      ['市财政局', 3, null],
      ['市商务局', 4, null],
    ]);
    expect(rows[1].notice).toBe(reviewMessages.sendBack('市财政局', 1, '2023年第一季度', '未写明拨付进度'));
    expect(rows[0].notice).toBe('');
  });

  test('a decision replaces the row’s earlier one and leaves the other periods’ decisions alone', () => {
    const earlier: Review[] = [
      { period: '2023Q1', unit: '市商务局', seq: 2, result: '退回修改', reason: '过于笼统' },
      { period: '2023Q2', unit: '市商务局', seq: 2, result: '通过', reason: '' },
    ];
    const next = applyReviews(progress, earlier, '2023Q1', [
      { unit: '市商务局', seq: 2, result: '通过' },
      { unit: ' 市财政局 ', seq: 3, result: '退回修改', reason: ' 未说明滞后原因 ' },
    ]);
    expect(next).toEqual([
      { period: '2023Q1', unit: '市商务局', seq: 2, result: '通过', reason: '' },
      { period: '2023Q2', unit: '市商务局', seq: 2, result: '通过', reason: '' },
      { period: '2023Q1', unit: '市财政局', seq: 3, result: '退回修改', reason: '未说明滞后原因' },
    ]);
    expect(sendBackNotice(next[2])).toContain('未说明滞后原因');
  });

  test('退回修改 without a reason, or a row the period does not have, is refused', () => {
    expect(thrown(() => applyReviews(progress, [], '2023Q1', [{ unit: '市财政局', seq: 3, result: '退回修改', reason: '  ' }])).message).toBe(
      reviewActionMessages.reasonRequired('市财政局', 3),
    );
    expect(thrown(() => applyReviews(progress, [], '2023Q2', [{ unit: '市财政局', seq: 3, result: '通过' }])).message).toBe(
      reviewActionMessages.noSuchRow('市财政局', 3, '2023年第二季度'),
    );
  });
});

describe('办结销号', () => {
  const input = { list, directory, progress, closures: [] };

  test('a task is a candidate when its lead unit’s latest report is 已完成, whatever the supporting units said', () => {
    // Task 1: lead 已完成, support 序时推进. Task 2: 已完成 in Q1 but 序时推进 in Q2. Task 4: lead 市发展改革委 never reported.
    expect(closeCandidatesOf(input).map((candidate) => [candidate.seq, candidate.leads, candidate.period])).toEqual([[1, ['市商务局'], '2023Q1']]);
    expect(closeCandidatesOf({ ...input, closures: [{ seq: 1, date: '2023-04-10', basis: '' }] })).toEqual([]);
  });

  test('closing a task whose lead unit has not reported 已完成 is refused with the task and what the lead reported', () => {
    const later = thrown(() => applyClosures(input, [{ seq: 2, date: '2023-07-01', basis: '' }]));
    expect(later.code).toBe('notFinished');
    expect(later.message).toBe(reviewActionMessages.notFinished(2, '第2项重点工作的内容。', '市商务局', reviewActionMessages.reported('2023年第二季度', '序时推进')));
    const silent = thrown(() => applyClosures(input, [{ seq: 4, date: '2023-07-01', basis: '' }]));
    expect(silent.message).toContain(`市发展改革委${reviewActionMessages.notReported}`);
    expect(silent.message).toContain('第4项任务（第4项重点工作的内容）');
  });

  test('force closes it all the same; a task closed already, an unknown 序号 or a bad date is refused', () => {
    expect(applyClosures(input, [{ seq: 4, date: '2023-07-01', basis: '书面报告' }], { force: true })).toEqual([{ seq: 4, date: '2023-07-01', basis: '书面报告' }]);
    const closed = applyClosures(input, [{ seq: 1, date: '2023-04-10', basis: ' 经核实已完成 ' }]);
    expect(closed).toEqual([{ seq: 1, date: '2023-04-10', basis: '经核实已完成' }]);
    expect(thrown(() => applyClosures({ ...input, closures: closed }, [{ seq: 1, date: '2023-05-01', basis: '' }])).message).toBe(reviewActionMessages.closedAlready(1, '2023-04-10'));
    expect(thrown(() => applyClosures(input, [{ seq: 9, date: '2023-05-01', basis: '' }])).message).toBe(reviewActionMessages.noSuchTask(9));
    expect(thrown(() => applyClosures(input, [{ seq: 1, date: '2023-02-30', basis: '' }])).message).toBe(reviewActionMessages.badDate('2023-02-30'));
  });
});

test('a kept sheet carries the values, merges and visibility it was read with', () => {
  const sheet = keptSheet({ name: '报送情况', state: 'visible', rows: [['报送情况'], ['单位', '份数'], ['市商务局', 2, true]], merges: ['A1:C1'] });
  expect(sheet.rows.map((row) => row.cells.map((cell) => (typeof cell === 'object' && cell !== null && 'value' in cell ? cell.value : cell)))).toEqual([
    ['报送情况'],
    ['单位', '份数'],
    ['市商务局', 2, true],
  ]);
  expect(sheet.merges).toEqual(['A1:C1']);
  expect(sheet.state).toBeUndefined();
  expect(sheet.columns?.[0].width).toBeGreaterThanOrEqual(10);
});
