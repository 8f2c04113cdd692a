import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeadline } from '../../../src/domain/deadline/index.js';
import type { Milestone } from '../../../src/domain/model/index.js';
import { projectRoot } from '../../helpers/cli.js';

const P = 'progress' as const;
const C = 'complete' as const;
const m = (due: string, kind: Milestone['kind'], label?: string): Milestone => (label ? { label, due, kind } : { due, kind });

/** Every distinct 完成时限 of seed 000 (2023), with the milestones it must give. */
const SEED_000: [string, Milestone[]][] = [
  ['年底前完成', [m('2023-12-31', C)]],
  ['年底前取得明显进展', [m('2023-12-31', P)]],
  ['10月底前完成', [m('2023-10-31', C)]],
  ['6月底前完成', [m('2023-06-30', C)]],
  ['9月底前完成', [m('2023-09-30', C)]],
  ['年底前取得明显进展。\n新增承接项目投资额超过1600亿元年底前完成', [m('2023-12-31', P), m('2023-12-31', C, '新增承接项目投资额超过1600亿元')]],
  ['年底前取得明显进展。津兴城际年底前建成通车', [m('2023-12-31', P), m('2023-12-31', C, '津兴城际建成通车')]],
  [
    '年底前取得明显进展。\n6月底前启动核心区建设，同步规划建设拓展区，完成核心区科技广场盘活',
    [m('2023-12-31', P), m('2023-06-30', C, '启动核心区建设，同步规划建设拓展区，完成核心区科技广场盘活')],
  ],
  [
    '年底前取得明显进展。\n6月底前设立“一次办”政务服务窗口；年底前完成管理体制、运行机制和支持政策建立工作',
    [m('2023-12-31', P), m('2023-06-30', C, '设立“一次办”政务服务窗口'), m('2023-12-31', C, '管理体制、运行机制和支持政策建立工作')],
  ],
  ['年底前取得明显进展。\n6月底前完成设立创业种子基金', [m('2023-12-31', P), m('2023-06-30', C, '设立创业种子基金')]],
  ['年底前取得明显进展。12家国家重点实验室重组年底前完成', [m('2023-12-31', P), m('2023-12-31', C, '12家国家重点实验室重组')]],
  [
    '年底前取得明显进展。推动中国医学科学院细胞产业转化基地年内完成装修投入试运行',
    [m('2023-12-31', P), m('2023-12-31', C, '推动中国医学科学院细胞产业转化基地装修投入试运行')],
  ],
  ['年底前取得明显进展。生物制造产业园年底前完成项目竣工', [m('2023-12-31', P), m('2023-12-31', C, '生物制造产业园项目竣工')]],
  ['年底前取得明显进展。举办“五大道”金融论坛年底前完成', [m('2023-12-31', P), m('2023-12-31', C, '举办“五大道”金融论坛')]],
  [
    '年底前取得明显进展。国家会展中心（天津）二期项目6月底竣工；中国旅游产业博览会9月底前完成',
    [m('2023-12-31', P), m('2023-06-30', C, '国家会展中心（天津）二期项目竣工'), m('2023-09-30', C, '中国旅游产业博览会')],
  ],
  ['年底前取得明显进展。新建改造50个“口袋公园”年底前完成', [m('2023-12-31', P), m('2023-12-31', C, '新建改造50个“口袋公园”')]],
  ['年底前取得明显进展。新增地热供热能力900万平方米年底前完成', [m('2023-12-31', P), m('2023-12-31', C, '新增地热供热能力900万平方米')]],
  ['年底前取得明显进展。改造农村公路240公里年底前完成', [m('2023-12-31', P), m('2023-12-31', C, '改造农村公路240公里')]],
  ['供热旧管网改造10月底前完成；燃气旧管网改造年底前完成', [m('2023-10-31', C, '供热旧管网改造'), m('2023-12-31', C, '燃气旧管网改造')]],
  [
    '2023年重点完成普查机构组建、数据处理环境搭建、综合试点等29项子任务',
    [m('2023-12-31', C, '普查机构组建、数据处理环境搭建、综合试点等29项子任务')],
  ],
];

/** The 完成时限 cells of the seed 000 source: records start with a tab-indented number after a blank line. */
function seedDeadlinePhrases(): Set<string> {
  const text = readFileSync(join(projectRoot, 'seeds', 'sources', '000_966d7ba61376989e.txt'), 'utf8');
  const lines = text.slice(text.indexOf('\t序号')).split('\n');
  const records: string[][] = [];
  lines.forEach((line, i) => {
    if (/^\t\d+$/.test(line) && lines[i - 1]?.trim() === '') records.push([line.slice(1)]);
    else if (records.length && line.startsWith('\t')) records[records.length - 1].push(line.slice(1));
    else if (records.length && line.trim() !== '') {
      const cells = records[records.length - 1];
      cells[cells.length - 1] += `\n${line}`;
    }
  });
  return new Set(records.map((cells) => cells[3]));
}

describe('the deadline phrases of seed 000', () => {
  test('the table below holds exactly the distinct phrases of the source text', () => {
    expect(new Set(SEED_000.map(([phrase]) => phrase))).toEqual(seedDeadlinePhrases());
    expect(SEED_000).toHaveLength(20);
  });

  test.each(SEED_000)('%j gives the expected dated milestones', (phrase, milestones) => {
    const parsed = parseDeadline(phrase, { year: 2023 });
    expect(parsed).toEqual({ ok: true, spec: { text: phrase, milestones, ongoing: false, source: 'cell' } });
  });

  test('a blank line inside a wrapped cell does not change the milestones', () => {
    const wrapped = parseDeadline('年底前取得明显进展。\n\n新增承接项目投资额超过1600亿元年底前完成', { year: 2023 });
    expect(wrapped.ok && wrapped.spec.milestones).toEqual(SEED_000[5][1]);
  });
});
