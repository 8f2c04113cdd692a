/** A small responsibility list and unit directory for the returns tests (built here, not copied files). */
import { TaskListSchema, UnitDirectorySchema, type TaskList, type UnitDirectory } from '../../src/domain/model/index.js';

const complete = (due: string) => ({ due, kind: 'complete' as const });
const progress = (due: string) => ({ due, kind: 'progress' as const });

/** Five tasks: 市商务局 leads two, a group placeholder, an alias (市网信办 = 市委网信办), an ongoing task. */
export function aTestList(id = 'test-2023-key-work'): TaskList {
  return TaskListSchema.parse({
    id,
    title: '关于分解落实2023年《政府工作报告》重点工作的通知',
    issuer: '市人民政府办公厅',
    issuedOn: '2023-02-20',
    year: 2023,
    source: 'returns-fixtures.ts',
    reporting: { schedule: 'quarterly', deadlines: ['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10'] },
    tasks: [
      {
        seq: 1, category: '扩大内需', content: '推动外贸保稳提质，培育外贸新业态新模式。',
        deadline: { text: '年底前完成', milestones: [complete('2023-12-31')] },
        leaders: ['张副市长'], units: [{ name: '市商务局', role: 'lead' }, { name: '市发展改革委', role: 'support' }],
      },
      {
        seq: 2, category: '扩大内需', content: '开展招商引资“一把手”工程，全年引进重点项目。',
        deadline: { text: '6月底前取得进展，年底前完成', milestones: [progress('2023-06-30'), complete('2023-12-31')] },
        leaders: ['张副市长'], units: [{ name: '市商务局', role: 'lead' }, { name: '各区人民政府', role: 'support', group: true }],
      },
      {
        seq: 3, category: '项目建设', content: '实施重大项目建设攻坚行动，推动项目早开工早投产。',
        deadline: { text: '年底前完成', milestones: [complete('2023-12-31')] },
        leaders: ['李副市长'], units: [{ name: '市发展改革委', role: 'lead' }],
      },
      {
        seq: 4, category: '安全发展', content: '加强网络安全和数据安全管理。',
        deadline: { text: '长期坚持', milestones: [], ongoing: true },
        leaders: ['李副市长'], units: [{ name: '市网信办', role: 'lead' }],
      },
      {
        seq: 5, category: '营商环境', content: '深化政务服务“一网通办”，推进高频事项“掌上办”。',
        deadline: { text: '9月底前完成', milestones: [complete('2023-09-30')] },
        leaders: ['王副市长'], units: [{ name: '市政务服务办', role: 'lead' }, { name: '市网信办', role: 'support' }],
      },
    ],
  });
}

/** The directory of the test list; with members, 各区人民政府 expands into two district governments. */
export function aTestDirectory(options: { districtMembers?: boolean } = {}): UnitDirectory {
  return UnitDirectorySchema.parse({
    units: [
      { name: '市商务局', aliases: [] },
      { name: '市发展改革委', aliases: ['市发改委', '天津市发展和改革委员会'] },
      { name: '市委网信办', aliases: ['市网信办'] },
      { name: '市政务服务办', aliases: ['市政务办'] },
      { name: '各区人民政府', aliases: [], kind: 'group' },
      ...(options.districtMembers
        ? [
            { name: '和平区人民政府', aliases: ['和平区政府'], group: '各区人民政府', level: 'district' },
            { name: '河西区人民政府', aliases: ['河西区政府'], group: '各区人民政府', level: 'district' },
          ]
        : []),
    ],
  });
}
