/** Words of the return workbooks (分发填报表) and of consolidation (汇总), including the 催办 text. */
import { STATUSES } from '../vocabulary.js';

const statusList = STATUSES.join('、');
/** Two full-width spaces: the first-line indent of official text. */
const INDENT = '\u3000\u3000';
const BLANK = '\u3000'.repeat(6);

export const returnMessages = {
  creator: '督办助手',
  formTitle: (periodLabel: string) => `${periodLabel}重点工作进展情况填报表`,
  titleLine: (label: string, value: string) => `${label}：${value}`,
  viaGroup: (role: string, group: string) => `${role}（${group}）`,
  milestoneLine: (text: string) => `时限节点：${text}`,
  statusPrompt: { title: '进展状态', message: `请从下拉列表选择：${statusList}。` },
  statusError: { title: '进展状态不正确', message: `只能选择：${statusList}。` },
  footer: '第 &P 页，共 &N 页',
  instructionsTitle: '填报说明',
  instructions: (unit: string, periodLabel: string, due: string) => [
    `一、本表由${unit}填报，报送期次为${periodLabel}，请于${due}前报送。`,
    '二、请在「进展填报」工作表中逐项填写本单位承担任务的进展，每项任务一行，不要增删行，不要改动序号。',
    '三、「序号」「重点工作」「完成时限」「本单位角色」四列为任务原文，已锁定，请勿修改；如对任务内容有不同意见，请在「存在问题」中说明。',
    `四、「进展状态」请从下拉列表中选择一项：${statusList}。`,
    `${INDENT}已完成：任务已全部完成；`,
    `${INDENT}序时推进：按时间节点正常推进；`,
    `${INDENT}滞后：进度落后于时间节点；`,
    `${INDENT}未启动：尚未开始实施。`,
    '五、「进展情况」请写明已开展的工作、取得的成效和具体数据；「存在问题」写明困难和需要协调的事项；「下步打算」写明下一步措施和完成时间。没有的可写“无”。',
    '六、请勿修改工作表名称、文件名称，也不要把内容复制到新的文件中报送；填报完成后保存为 Excel 工作簿（.xlsx）格式，按原文件名报送。',
    '七、本文件包含核对信息，用于汇总时核对任务原文，请勿删除。',
  ],
} as const;

/** Why a row of a return was not taken. */
export const returnRowMessages = {
  noSeq: '缺少序号，无法对应到任务',
  badSeq: (value: string) => `序号「${value}」无法识别`,
  seqNotInList: (seq: number) => `序号 ${seq} 不在本清单中`,
  seqNotAssigned: (seq: number, unit: string) => `序号 ${seq} 不是${unit}承担的任务`,
  seqRepeated: (seq: number, firstRow: number) => `序号 ${seq} 已在第 ${firstRow} 行填报，本行重复`,
  noStatusColumn: '表中没有「进展状态」列',
  noStatus: '未选择进展状态',
  unfilled: '未填报：进展状态和进展情况均为空',
  badStatus: (value: string) => `进展状态「${value}」不是规定选项（${statusList}）`,
} as const;

/** Why a whole returned file was not taken. */
export const returnFileMessages = {
  csvNoHeader: 'CSV 文件中没有找到填报表的表头（序号、进展状态等），无法汇总。请使用下发的 Excel 填报表报送。',
  lockFile: '这是 Excel 或 WPS 打开工作簿时生成的临时文件（文件名以 ~$ 开头），不是报送文件。如对应的工作簿仍在编辑，请保存并关闭后再汇总。',
  noTable: '没有找到进展填报表：各工作表中都没有「序号」「进展状态」等表头。',
  otherList: (listId: string, listTitle: string) => `这是另一份清单（${listTitle || listId}）的填报表，不属于本次汇总的清单。`,
  otherPeriod: (found: string, expected: string) => `这是${found}的填报表，本次汇总的是${expected}。`,
  unitNotInList: (unit: string) => `填报单位「${unit}」不是本清单的责任单位。`,
  groupExpanded: (group: string) => `「${group}」承担的任务已分发给各成员单位分别填报，请由各成员单位报送本单位的填报表。`,
  masterFile: '这是督办总表（或汇总后的总表），不是单位报回的填报表，未作为报送文件读取。',
  unitUnknown: '无法确定填报单位：没有“填报单位”一栏，文件名中也没有本清单的责任单位名称。',
} as const;

/** The 报送情况 sheet of the merged workbook and the 催办 (reminder) text. */
export const returnStatusMessages = {
  title: (periodLabel: string) => `${periodLabel}报送情况`,
  summary: (expected: number, returned: number, missing: number, today: string) =>
    `应报送单位 ${expected} 个，已报送 ${returned} 个，未报送 ${missing} 个（统计截至${today}）。`,
  headers: ['单位', '报送情况', '报送时间', '来源文件', '任务数', '采用行数', '退回行数', '任务原文被改动', '催办通知'],
  returned: '已报送',
  rejectedFilesTitle: '未采用的文件',
  rejectedFilesHeaders: ['文件', '原因'],
  duplicatesTitle: '重复报送（采用较晚的一份）',
  duplicatesHeaders: ['单位', '采用的文件', '未采用的文件'],
  rejectedRowsTitle: '退回的行',
  rejectedRowsHeaders: ['文件', '行号', '原因'],
  tamperedTitle: '任务原文被改动的行（进展已采用，任务原文以总表为准）',
  tamperedHeaders: ['文件', '序号'],
  none: '无',
  /**
   * A ready-to-send reminder to a unit that has not returned its form. `listTitle` is quoted with
   * 《》, so book-title marks inside it become 〈〉.
   */
  reminder: (unit: string, listTitle: string, periodLabel: string, tasks: number, due: string, today: string, overdue: boolean) => {
    const title = listTitle.replace(/《/g, '〈').replace(/》/g, '〉');
    const basis = title ? `根据《${title}》要求，` : '';
    const ask = overdue
      ? `${periodLabel}重点工作进展情况（涉及任务${tasks}项）应于${due}前报送，截至${today}，仍未收到你单位报送材料。请于收到本通知后尽快填报并报送。`
      : `请于${due}前报送${periodLabel}重点工作进展情况（涉及任务${tasks}项）。截至${today}，尚未收到你单位报送材料，请抓紧组织填报，按时报送。`;
    return `${unit}：\n${INDENT}${basis}${ask}如已报送，请忽略本通知。\n${INDENT}联系人：${BLANK}联系电话：`;
  },
} as const;

/** The `distribute` and `consolidate` commands. */
export const returnCliMessages = {
  distributeSummary: '按单位生成本期填报表（每个单位一份，只含本单位任务）',
  distributeUsage: 'duban distribute <总表.xlsx> --period <2023Q1|2023-05|2023H1|2023> --out-dir <目录>',
  consolidateSummary: '汇总各单位报回的填报表，写入总表并输出报送情况和问题清单',
  consolidateUsage: 'duban consolidate <总表.xlsx> <文件|目录>... --period <期次> --out <汇总.xlsx> --json [报告.json]',
  usage: (usage: string) => `用法：${usage}`,
  badPeriod: (text: string) => `期次「${text}」无法识别。请写成 2023Q1（季度）、2023-05（月份）、2023H1（半年）或 2023（全年），也可以写 2023年第一季度。`,
  distributing: (count: number, dir: string) => `正在生成 ${count} 份填报表，保存到 ${dir}`,
  distributed: (count: number, periodLabel: string, dir: string) => `已生成${periodLabel}填报表 ${count} 份，保存在 ${dir}。`,
  nothingToDistribute: '清单中没有任何责任单位，没有需要生成的填报表。',
  skippedHidden: (count: number) => `已跳过隐藏文件 ${count} 个（文件名以 . 开头）。`,
  reading: (count: number) => `正在读取 ${count} 个文件`,
  consolidated: (r: { filesRead: number; filesRejected: number; returned: number; expected: number; rowsAccepted: number; rowsRejected: number; duplicates: number; tampered: number }) =>
    `已读取文件 ${r.filesRead} 个（未采用 ${r.filesRejected} 个）；应报送单位 ${r.expected} 个，已报送 ${r.returned} 个，未报送 ${r.expected - r.returned} 个；` +
    `采用 ${r.rowsAccepted} 行，退回 ${r.rowsRejected} 行；重复报送 ${r.duplicates} 起；任务原文被改动 ${r.tampered} 处。`,
  rejectedFile: (file: string, reason: string) => `未采用 ${file}：${reason}`,
  rejectedRow: (file: string, row: number, reason: string) => `退回 ${file} 第 ${row} 行：${reason}`,
  duplicate: (unit: string, kept: string, dropped: string) => `${unit}重复报送：采用 ${kept}，未采用 ${dropped}`,
  tampered: (file: string, seq: number) => `${file} 序号 ${seq} 的任务原文被改动（进展已采用，任务原文以总表为准）`,
  missing: (units: string) => `未报送：${units}`,
  written: (path: string) => `已写入 ${path}`,
} as const;
