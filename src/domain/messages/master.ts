/** Words of the master workbook (督办总表), of the summaries and of `duban init` / `duban summarize`. */
import { NOT_REPORTED, OVERDUE } from '../vocabulary.js';

export const masterMessages = {
  creator: '督办助手',
  footer: '第 &P 页 共 &N 页',
  taskListInfo: (issuer: string, issuedOn: string, count: number) =>
    [issuer && `发文单位：${issuer}`, issuedOn && `印发日期：${issuedOn}`, `共 ${count} 项任务`].filter(Boolean).join('　　'),
  breakdownTitle: (title: string) => `${title}——责任分解`,
  breakdownInfo:
    '每项任务的每个责任单位一行。「进展状态」「进展情况」为最近一期报送内容（汇总时自动更新，也可手工修改）；截止日期已过且未完成的行标红（按打开文件当天计算）；「报送单位数」为该行实际报送的单位数（单位组按名录中的成员单位计）。',
  groupReportsSeparately: (count: number) => `由${count}个成员单位分别报送，见「进展汇总」。`,
  groupPending: '待明确责任单位：这是统称，请在「单位名录」该行的「报送单位」中填写由哪些单位报送，填写前不生成填报表、不单列汇总。',
  pendingTag: '待明确责任单位',
  pendingDirectoryNote: '待明确责任单位：请在「报送单位」中填写成员单位或牵头报送的单位，多个用、分隔。',
  pendingSummary: (tasks: number, groups: string) =>
    `另有 ${tasks} 项任务涉及尚未明确责任单位的统称（${groups}），这部分未计入上表；请在督办总表「单位名录」的「报送单位」中明确由哪些单位报送。`,
  directoryTitle: '单位名录',
  directoryInfo: '规范单位名称及其别称、曾用名。任务清单中的单位名称应与「单位名称」一致。单位组（统称）由「报送单位」中的单位或「所属」为该组的成员单位报送。',
  unitKind: { unit: '单位', group: '单位组' },
  progressTitle: (title: string) => `${title}——进展汇总`,
  progressInfo:
    '各期次汇总的报送内容全部保留，同一期次同一单位同一任务只保留一行。「分管领导」「截止日期」两列由公式按序号自动带出，请勿修改。',
  byUnitTitle: (title: string) => `${title}——按单位汇总`,
  byLeaderTitle: (title: string) => `${title}——按领导汇总`,
  periodLabel: '统计期次',
  periodPrompt: { title: '统计期次', message: '请选择要统计的期次，如 2023Q1 表示 2023年第一季度。两张汇总表同时按此期次统计。' },
  periodError: { title: '期次不正确', message: '请从下拉列表中选择期次。' },
  leaderPeriodNote: '统计期次与「按单位汇总」B2 单元格相同，请在该单元格选择。',
  byUnitNote: [
    '说明：任务数为该单位承担的任务项数（含所属单位组承担的任务，单位组按名录分解到成员单位）；牵头为其中本单位牵头的项数。',
    `已完成、序时推进、滞后、未启动为所选期次报送该状态的项数；${NOT_REPORTED}为任务数减去所选期次已报送的项数。`,
    `${OVERDUE}为截止日期已过（按打开文件当天计算）而所选期次未报“已完成”的项数。`,
  ].join(''),
  byLeaderNote: [
    '说明：任务数为该领导分管的任务项数（一项任务有两位分管领导的，两位领导各计一次）；每项任务只计一次，',
    `按牵头单位所选期次报送的状态归类（有多个牵头单位的取进度最慢者；牵头单位均未报送的计入${NOT_REPORTED}）；`,
    `${OVERDUE}为截止日期已过而未报“已完成”的任务项数。责任单位次、已报送单位次为各项任务的“任务×责任单位”应报和已报次数，口径与「按单位汇总」相同。`,
    '红灯、黄灯按「预警规则」计算，与「预警清单」一样按“任务×责任单位”计次。',
  ].join(''),
  /** The charts under the summary tables (the statuses of the period, stacked). */
  byUnitChartTitle: '各单位任务进展状态（项）',
  byLeaderChartTitle: '各分管领导任务进展状态（项）',
  /** The 红灯/黄灯 of every period, under the 按单位 summary (summary/lights-by-period.ts). */
  trend: {
    title: '各期次红灯、黄灯（项次）',
    headers: ['期次', '红灯', '黄灯'],
    chartTitle: '各期次红灯、黄灯变化（项次）',
    note: '说明：按“任务×责任单位”计次，规则见「预警规则」；往期按该期最后一天、本期按今天计算，各期按该期报送的状态判断（未报送的视同未完成）。只有一期时不绘图。',
  },
  noLeadersNote: '本清单没有分管领导，不按领导汇总，请查看「按单位汇总」。',
  totalRow: '合计',
  statusPrompt: { title: '进展状态', message: '请从下拉列表选择：已完成、序时推进、滞后、未启动。' },
  statusError: { title: '进展状态不正确', message: '只能选择：已完成、序时推进、滞后、未启动。' },
  unitPrompt: { title: '单位名称', message: '请从下拉列表选择「单位名录」中的规范名称。' },
  unitError: { title: '单位名称不在名录中', message: '请使用「单位名录」中的规范单位名称；如确需新增单位，请先在「单位名录」中添加。' },
  findingsTitle: '校验结果',
  findingsInfo: (count: number) => (count === 0 ? '未发现问题。' : `共发现 ${count} 处问题，请逐条核对修改。`),
  summaryTitle: (title: string, periodLabel: string) => `${title}进展情况汇总（${periodLabel}）`,
  summaryByUnitSheet: '按单位',
  summaryByLeaderSheet: '按领导',
  summaryInfo: (today: string) => `统计日期：${today}`,
  noPeriod: '未指定期次',
  // Errors a user can meet.
  notMaster: '不是督办助手生成的督办总表（缺少内部信息工作表），请用 duban init 生成的工作簿。',
  metaBroken: (what: string) => `督办总表的内部信息已损坏（${what}），请重新用 duban init 生成。`,
  sheetMissing: (sheet: string) => `督办总表缺少工作表「${sheet}」。`,
  headerMissing: (headers: readonly string[]) => `未找到表头行（应包含：${headers.join('、')}）。`,
  progressValueMissing: (header: string) => `「${header}」为空。`,
  badSeq: (text: string) => `序号「${text}」不是正整数。`,
  badStatus: (text: string) => `进展状态「${text}」不是已完成、序时推进、滞后、未启动之一。`,
  badDate: (text: string) => `日期「${text}」应为 YYYY-MM-DD 格式，例如 2023-04-15。`,
  impossibleDate: (text: string) => `日期「${text}」不存在：该月没有这一天。`,
  // CLI.
  initSummary: '生成督办总表：任务清单、责任分解、单位名录、进展汇总、按单位/按领导汇总、校验结果',
  initUsage: 'duban init --list <编号|文件> --out <总表.xlsx> [--units 单位名录.xlsx|.csv] [--period 2023Q1] [--date 2023-04-01]',
  summarizeSummary: '按单位、按领导统计进展，生成供会议印发的汇总表和 JSON',
  summarizeUsage: 'duban summarize <总表.xlsx> --out <汇总.xlsx> --json [summary.json] [--period 2023Q1] [--today 2023-04-15]',
  usage: (usage: string) => `用法：${usage}（只能给出一个总表）。`,
  written: (path: string) => `已生成 ${path}`,
  findingsCount: (count: number) => (count === 0 ? '校验未发现问题。' : `校验发现 ${count} 处问题，已写入「校验结果」工作表。`),
  periodUsed: (code: string, label: string) => `统计期次：${code}（${label}）`,
} as const;
