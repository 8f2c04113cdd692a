/**
 * A synthetic task list of any size (one to four units a task, one or two leaders, deadlines over
 * the year), the shape bench/init.bench.ts measures, for tests and benches of large masters.
 */
import { TaskListSchema, UnitDirectorySchema, type TaskList, type UnitDirectory } from '../../src/domain/model/index.js';

const LEADERS = ['甲副市长', '乙副市长', '丙副市长', '丁副市长', '戊副市长', '己副市长', '庚副市长', '辛副市长'];

export function syntheticList(tasks: number, units = 120): { list: TaskList; directory: UnitDirectory } {
  const unit = (i: number) => `测试委办局${String(i % units).padStart(3, '0')}`;
  const list = TaskListSchema.parse({
    id: `synthetic-${tasks}`,
    title: `${tasks}项任务的测试清单`,
    issuer: '基准',
    issuedOn: '2023-01-01',
    year: 2023,
    source: 'synthetic',
    reporting: { schedule: 'quarterly', deadlines: ['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10'] },
    tasks: Array.from({ length: tasks }, (_, i) => {
      const month = (i % 12) + 1;
      const due = `2023-${String(month).padStart(2, '0')}-28`;
      return {
        seq: i + 1,
        category: `第${(i % 25) + 1}类`,
        content: `第${i + 1}项重点工作：推进重点项目建设，完善配套政策，确保按期完成既定目标。`,
        deadline: { text: `${month}月底前完成`, milestones: [{ due, kind: 'complete' }] },
        leaders: i % 7 === 0 ? [LEADERS[i % 8], LEADERS[(i + 3) % 8]] : [LEADERS[i % 8]],
        units: Array.from({ length: 1 + (i % 4) }, (_, k) => ({ name: unit(i * 3 + k), role: k === 0 ? 'lead' : 'support' })),
      };
    }),
  });
  const directory = UnitDirectorySchema.parse({ units: Array.from({ length: units }, (_, i) => ({ name: unit(i), aliases: [] })) });
  return { list, directory };
}
