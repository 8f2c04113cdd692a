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
  directoryTitle: '单位名录',
  directoryInfo: '规范单位名称及其别称、曾用名。任务清单中的单位名称应与「单位名称」一致。',
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
    '说明：任务数为该领导分管的任务项数（一项任务有两位分管领导的，两位领导各计一次）；',
    `牵头、已完成、序时推进、滞后、未启动、${NOT_REPORTED}、${OVERDUE}按“任务×责任单位”计数（单位次），口径与「按单位汇总」相同。`,
  ].join(''),
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
  badPeriod: (text: string) => `期次「${text}」无法识别，应写作 2023Q1、2023-05、2023H1 或 2023 等形式。`,
  badDate: (text: string) => `日期「${text}」应为 YYYY-MM-DD 格式。`,
  // CLI.
  written: (path: string) => `已生成 ${path}`,
  findingsCount: (count: number) => (count === 0 ? '校验未发现问题。' : `校验发现 ${count} 处问题，已写入「校验结果」工作表。`),
  periodUsed: (code: string, label: string) => `统计期次：${code}（${label}）`,
} as const;
