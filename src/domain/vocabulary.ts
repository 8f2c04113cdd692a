/**
 * The words of the user contract: sheet names, column headers, statuses and roles.
 * Checks outside the project depend on these names; change them only with DESIGN.md.
 */

/** Whether a text is one of a list of words, narrowing it to that list's type (a status, a review result…). */
export function isOneOf<T extends string>(words: readonly T[], text: string): text is T {
  return (words as readonly string[]).includes(text);
}

/** The four statuses a unit may report. */
export const STATUSES = ['已完成', '序时推进', '滞后', '未启动'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Words units write instead of the four statuses (compared after removing spaces). Anything not
 * here and not in STATUSES is not a status.
 */
export const STATUS_SYNONYMS: Readonly<Record<string, Status>> = {
  完成: '已完成',
  已办结: '已完成',
  全部完成: '已完成',
  已全部完成: '已完成',
  正在推进: '序时推进',
  按序时推进: '序时推进',
  按时序推进: '序时推进',
  序时进度: '序时推进',
  推进中: '序时推进',
  正常推进: '序时推进',
  按计划推进: '序时推进',
  进度滞后: '滞后',
  滞后推进: '滞后',
  进展滞后: '滞后',
  尚未启动: '未启动',
  未开始: '未启动',
  暂未启动: '未启动',
  尚未开始: '未启动',
};

/** Derived per task × unit, never reported by a unit. */
export const NOT_REPORTED = '未报送';
export const OVERDUE = '逾期';

/** 审核: what the office decides on a returned row. */
export const REVIEW_RESULTS = ['通过', '退回修改'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

/** 三色预警: the two lights a unit's task can show (green is the absence of both). */
export const LIGHTS = ['红灯', '黄灯'] as const;
export type Light = (typeof LIGHTS)[number];

export const ROLE_LABELS = { lead: '牵头', support: '配合' } as const;
export type Role = keyof typeof ROLE_LABELS;

export const SHEETS = {
  taskList: '任务清单',
  breakdown: '责任分解',
  directory: '单位名录',
  progress: '进展汇总',
  byUnit: '按单位汇总',
  byLeader: '按领导汇总',
  findings: '校验结果',
  alertRules: '预警规则',
  scoringRules: '考核规则',
  ranking: '排名',
  review: '审核',
  closure: '办结销号',
  returnStatus: '报送情况',
  returnForm: '进展填报',
  returnInstructions: '填报说明',
  returnMeta: '_duban_meta',
  /** The master workbook's veryHidden sheet: the TaskList and directory as JSON, for reading back. */
  masterMeta: '_duban_master',
} as const;

export const HEADERS = {
  taskList: ['序号', '类别', '重点工作', '完成时限', '分管领导', '牵头单位', '配合单位'],
  breakdown: ['序号', '单位', '角色', '领导', '时限节点', '最新期次', '进展状态', '进展情况'],
  directory: ['单位名称', '别称', '类型', '所属', '报送单位', '说明'],
  progress: ['期次', '单位', '序号', '进展状态', '进展情况', '存在问题', '下步打算', '来源文件'],
  findings: ['工作表', '单元格', '类型', '内容', '说明', '建议'],
  returnForm: ['序号', '重点工作', '完成时限', '本单位角色', '进展状态', '进展情况', '存在问题', '下步打算'],
  /** Columns of 责任分解 after HEADERS.breakdown: the due date, and how many units report on the row. */
  breakdownMore: ['截止日期', '报送单位数'],
  /** Columns of 进展汇总 after HEADERS.progress: when the return came; leaders and due date looked up by 序号. */
  progressMore: ['报送时间', '分管领导', '截止日期'],
  summaryByUnit: ['单位', '任务数', '牵头', '已完成', '序时推进', '滞后', '未启动', '未报送', '逾期', '红灯', '黄灯', '所属单位组'],
  summaryByLeader: ['分管领导', '任务数', '已完成', '序时推进', '滞后', '未启动', '未报送', '逾期', '责任单位次', '已报送单位次', '红灯', '黄灯'],
  alertRules: ['规则', '设定值', '说明'],
  closure: ['序号', '重点工作', '办结日期', '办结依据'],
  review: ['期次', '单位', '序号', '进展状态', '进展情况', '审核结果', '退回原因', '退回通知'],
} as const;
