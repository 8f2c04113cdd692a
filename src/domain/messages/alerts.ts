/** Words of 三色预警: the 预警规则 sheet, the lights' explanations, the pane's alert list. */
import { DEFAULT_WARNING_DAYS } from '../thresholds.js';

export const alertMessages = {
  rulesTitle: '三色预警规则',
  rulesInfo:
    '修改黄色单元格即可调整预警口径；「责任分解」的红黄灯、「按单位汇总」「按领导汇总」的红灯、黄灯列和 duban summarize 均按此处规则计算（按打开文件当天计算）。已完成的任务不亮灯。',
  labels: {
    warningDays: '黄灯预警天数',
    laggingRed: '报送“滞后”亮红灯',
    idlePercent: '未启动预警时间进度（%）',
    start: '时间进度起算日',
  },
  explain: {
    warningDays: `截止日期在今天起 N 天内（含当天）且未报“已完成”的任务亮黄灯。默认 ${DEFAULT_WARNING_DAYS} 天，可改为 3 天等。`,
    laggingRed: '填“是”：报送“滞后”的任务即使未到截止日期也亮红灯；填“否”：只按截止日期判断。',
    idlePercent: '可选：时间进度（自起算日至截止日期）达到该百分比仍报“未启动”的任务亮黄灯，如填 50；留空不启用。',
    start: '计算时间进度的起点，默认为清单年度的 1 月 1 日。',
  },
  yes: '是',
  no: '否',
  legendTitle: '灯色说明',
  legend: [
    '红灯：截止日期已过仍未报“已完成”（未报送的也算），或按上面的规则报送“滞后”。',
    '黄灯：未亮红灯、未报“已完成”，截止日期在预警天数之内，或按上面的规则长期“未启动”。',
    '截止日期为任务最后一个“完成”节点；阶段性节点不单独亮灯，“长期坚持”类任务只按报送状态亮灯。',
  ],
  daysPrompt: { title: '黄灯预警天数', message: '填 0 至 366 的整数，如 7 或 3。' },
  daysError: { title: '预警天数不正确', message: '请填 0 至 366 的整数。' },
  yesNoPrompt: { title: '报送“滞后”亮红灯', message: '请选择“是”或“否”。' },
  yesNoError: { title: '只能选择“是”或“否”', message: '请从下拉列表中选择。' },
  percentPrompt: { title: '未启动预警时间进度', message: '填 0 至 100 的整数（百分比），留空表示不启用。' },
  percentError: { title: '百分比不正确', message: '请填 0 至 100 的整数，或留空。' },
  startPrompt: { title: '时间进度起算日', message: '填日期，如 2023-01-01。' },
  startError: { title: '日期不正确', message: '请填写有效日期。' },
  // Errors a user can meet when reading the sheet back.
  badValue: (label: string, value: string, expected: string) => `预警规则「${label}」的设定值「${value}」无法识别，应为${expected}。`,
  expected: {
    warningDays: '0 至 366 的整数',
    laggingRed: '“是”或“否”',
    idlePercent: '0 至 100 的整数或留空',
    start: '日期（如 2023-01-01）',
  },
  // The 预警清单 sheet of the printed summary.
  list: {
    sheet: '预警清单',
    title: (title: string) => `${title}——红灯黄灯任务清单`,
    info: (today: string, red: number, yellow: number) => `预警日期：${today}；红灯 ${red} 项次，黄灯 ${yellow} 项次（按任务×责任单位计，规则见总表「预警规则」）。`,
    headers: ['灯', '序号', '重点工作', '完成时限', '责任单位', '截止日期', '状态'],
  },
  // The task pane.
  pane: {
    heading: '七、三色预警',
    refresh: '刷新预警',
    today: (date: string) => `预警日期：${date}（按「预警规则」工作表的规则）`,
    counts: (red: number, yellow: number) => `红灯 ${red} 项，黄灯 ${yellow} 项（任务×单位）`,
    none: '没有亮灯的任务。',
    columns: { level: '灯', seq: '序号', unit: '单位', due: '截止日期', status: '状态' },
    noDue: '无',
    more: (count: number) => `另有 ${count} 项未列出，见「责任分解」或 duban summarize --json。`,
    /** The lights over the periods (src/taskpane/components/LightsChart.tsx); only with two periods or more. */
    trend: {
      caption: '各期次红灯、黄灯（项次；往期按该期最后一天、本期按今天计算）',
      label: (rows: readonly { label: string; 红灯: number; 黄灯: number }[]) =>
        `各期次红灯、黄灯变化图：${rows.map((row) => `${row.label}红灯 ${row.红灯} 项次、黄灯 ${row.黄灯} 项次`).join('；')}。`,
    },
  },
} as const;
