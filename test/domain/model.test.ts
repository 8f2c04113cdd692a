import { parseTaskList } from '../../src/domain/model/index.js';
import { DubanError } from '../../src/domain/errors.js';

const validList = {
  id: 'sample-list',
  title: '示例清单',
  issuer: '示例办公室',
  issuedOn: '2023-01-06',
  year: 2023,
  source: 'test',
  reporting: { schedule: 'quarterly', deadlines: ['2023-04-10'] },
  tasks: [
    {
      seq: 1,
      category: '经济',
      content: '全市地区生产总值增长4%左右。',
      deadline: { text: '年底前完成', milestones: [] },
      leaders: ['刘桂平'],
      units: [{ name: '市发展改革委', role: 'lead' }],
    },
  ],
};

function rejectionOf(data: unknown): DubanError {
  try {
    parseTaskList(data, { file: 'list.json' });
  } catch (error) {
    return error as DubanError;
  }
  throw new Error('expected the list to be rejected');
}

describe('task list loading', () => {
  test('a valid list loads with defaults filled in', () => {
    const list = parseTaskList(validList);
    expect(list.tasks[0].jointLead).toBe(false);
    expect(list.tasks[0].units[0].group).toBe(false);
    expect(list.tasks[0].deadline.source).toBe('cell');
  });

  test('a missing field is rejected with a Chinese message naming the field', () => {
    const { title: _title, ...withoutTitle } = validList;
    const error = rejectionOf(withoutTitle);
    expect(error).toBeInstanceOf(DubanError);
    expect(error.location.field).toBe('title');
    expect(error.message).toContain('文件 list.json');
    expect(error.message).toContain('字段 title');
    expect(error.message).toContain('缺失');
  });

  test('a wrong type deep inside a task names the full path', () => {
    const broken = structuredClone(validList);
    (broken.tasks[0] as Record<string, unknown>).seq = '一';
    const error = rejectionOf(broken);
    expect(error.location.field).toBe('tasks[0].seq');
    expect(error.message).toMatch(/期望 数字/);
  });
});
