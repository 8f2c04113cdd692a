import { withParsedDeadlines } from '../../../src/domain/deadline/index.js';
import { deadlineMessages } from '../../../src/domain/messages/index.js';
import { TaskListSchema, type Task, type TaskList } from '../../../src/domain/model/index.js';
import { NOTICE_DEFAULT_2023, QUARTERLY_REPORTS_2023 } from './notice-default.js';

function aTask(seq: number, text: string, source: 'cell' | 'notice' = 'cell'): Task {
  return {
    seq,
    category: '优化营商环境',
    categoryNo: 1,
    content: `第${seq}项工作`,
    deadline: { text, milestones: [], ongoing: false, source },
    leaders: ['张三'],
    units: [{ name: '市发展改革委', role: 'lead', group: false }],
    jointLead: false,
  };
}

function aList(tasks: Task[], reportingDeadlines: string[] = []): TaskList {
  return TaskListSchema.parse({
    id: 'test-list',
    title: '测试清单',
    issuer: '测试办公室',
    issuedOn: null,
    year: 2023,
    source: 'test',
    reporting: { schedule: reportingDeadlines.length ? 'quarterly' : 'none', deadlines: reportingDeadlines },
    tasks,
  });
}

describe('withParsedDeadlines', () => {
  test('fills the milestones of every task from its own phrase, relative to the list year', () => {
    const { list, unparsed } = withParsedDeadlines(aList([aTask(1, '年底前完成'), aTask(2, '6月底前完成'), aTask(3, '长期坚持')]));
    expect(unparsed).toEqual([]);
    expect(list.tasks.map((task) => task.deadline)).toEqual([
      { text: '年底前完成', milestones: [{ due: '2023-12-31', kind: 'complete' }], ongoing: false, source: 'cell' },
      { text: '6月底前完成', milestones: [{ due: '2023-06-30', kind: 'complete' }], ongoing: false, source: 'cell' },
      { text: '长期坚持', milestones: [], ongoing: true, source: 'cell' },
    ]);
  });

  test('a task whose deadline comes from the notice gets the quarterly checkpoints and the year-end due date', () => {
    const { list, unparsed } = withParsedDeadlines(aList([aTask(1, '', 'notice')], QUARTERLY_REPORTS_2023));
    expect(unparsed).toEqual([]);
    expect(list.tasks[0].deadline).toEqual(NOTICE_DEFAULT_2023);
  });

  test('phrases that cannot be read are listed with their task and left unchanged', () => {
    const original = aList([aTask(1, '年底前完成'), aTask(2, '按计划推进'), aTask(3, ''), aTask(4, '2023年2月30日')]);
    const { list, unparsed } = withParsedDeadlines(original);
    expect(unparsed).toEqual([
      { seq: 2, text: '按计划推进', problem: deadlineMessages.unknownPhrase('按计划推进') },
      { seq: 3, text: '', problem: deadlineMessages.empty },
      { seq: 4, text: '2023年2月30日', problem: deadlineMessages.noSuchDay(2023, 2, '30') },
    ]);
    expect(list.tasks.slice(1)).toEqual(original.tasks.slice(1));
  });

  test('the result is still a valid task list and the input is not changed', () => {
    const original = aList([aTask(1, '供热旧管网改造10月底前完成；燃气旧管网改造年底前完成')]);
    const before = structuredClone(original);
    const { list } = withParsedDeadlines(original);
    expect(TaskListSchema.parse(list)).toEqual(list);
    expect(original).toEqual(before);
  });
});
