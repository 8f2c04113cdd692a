import type { Status } from '../vocabulary.js';

export const demoMessages = {
  progressText: (status: Status) =>
    ({
      已完成: '（演示数据）本项工作已按期完成，相关成果已报市政府办公厅备案。',
      序时推进: '（演示数据）已制定工作方案，明确责任分工，各项措施按时间节点有序推进。',
      滞后: '（演示数据）受前期手续办理影响，进度较计划有所滞后。',
      未启动: '（演示数据）正在开展前期调研，尚未正式启动。',
    })[status],
  problemText: '（演示数据）需协调相关部门加快审批手续办理。',
  nextStepsText: (status: Status) =>
    status === '已完成' ? '（演示数据）巩固工作成果，做好总结评估。' : '（演示数据）加强调度，倒排工期，确保按期完成。',
  alteredSuffix: '（本单位修改）',
  draftSuffix: '（初稿）.xlsx',
  summary: 'duban demo：用内置清单演示一个完整的督办周期（加载、校验、分发、回收、汇总）',
  usage: 'duban demo --out-dir <目录> [--list <编号>] [--period 2023Q1]',
  step: (n: number, text: string) => `\n第${n}步\u3000${text}`,
  stepInit: '生成督办总表',
  stepValidate: '校验单位名称、完成时限',
  stepDistribute: '按单位生成本期填报表',
  stepReturn: (returned: number, silent: string) => `模拟各单位报回（演示数据）：${returned} 个文件报回，${silent} 未报送`,
  stepConsolidate: '汇总报回的填报表',
  stepSummarize: '按单位、按领导汇总，生成会议用汇总表',
  trouble: (tampered: string, synonym: string, duplicate: string) =>
    `演示中预设的问题：${tampered} 改动了任务原文；${synonym} 的进展状态写作「正在推进」；${duplicate} 报送了初稿和正式稿两份。`,
  done: (dir: string) => `\n演示完成，全部文件在 ${dir}：总表 master.xlsx、填报表 returns/、报回 returned/、汇总后总表 merged.xlsx、报送情况 report.json、会议汇总表 summary.xlsx。`,
} as const;
