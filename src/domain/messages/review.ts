/** Words of 审核 / 退回修改: the 审核 sheet, its send-back text, and the next period's 填报说明. */
export const reviewMessages = {
  title: '审核',
  info: '逐行审核各单位报送的进展：「审核结果」选择“通过”或“退回修改”，退回的填写原因；「退回通知」自动生成可发给单位的文字，退回的任务会列入下一期该单位填报表的「填报说明」。',
  resultPrompt: { title: '审核结果', message: '请选择“通过”或“退回修改”。' },
  resultError: { title: '审核结果不正确', message: '只能选择“通过”或“退回修改”。' },
  /** The send-back text, as the sheet's formula builds it (kept in step with sendBackFormula). */
  sendBack: (unit: string, seq: number | string, period: string, reason: string) =>
    `${unit}：第${seq}项任务${period}报送的进展情况经审核退回修改，原因：${reason}。请修改后在下期填报表中一并报送。`,
  badResult: (value: string) => `审核结果「${value}」只能是“通过”或“退回修改”。`,
  badSeq: (value: string) => `序号「${value}」不是正整数。`,
  /** Lines added to the next period's 填报说明 for the rows sent back. */
  sentBackTitle: '上期退回修改的任务（请在本期进展情况中一并补充说明）：',
  sentBackLine: (seq: number, period: string, reason: string) => `序号 ${seq}（${period}）：${reason}`,
  sentBackIncluded: (unit: string, count: number) => `${unit}：${count} 项上期退回修改的任务已列入填报说明`,
} as const;

/** Words of 办结销号: a finished task closed with its date and basis. */
export const closureMessages = {
  title: '办结销号',
  info: '牵头单位报“已完成”并经核实的任务，在此填写序号、办结日期和办结依据即销号：此后不再列入各单位填报表、不再亮灯，汇总时自动记为“已完成”。',
  /** The 进展汇总 text of a closed task's row in a later period. */
  closedText: (date: string, basis: string) => `已办结销号（${date}${basis ? `，${basis}` : ''}）。`,
  sourceFile: '办结销号',
  badSeq: (value: string) => `序号「${value}」不是清单中的任务序号。`,
  badDate: (value: string) => `办结日期「${value}」应为日期（如 2023-06-30）。`,
  datePrompt: { title: '办结日期', message: '填写日期，如 2023-06-30。' },
  dateError: { title: '日期不正确', message: '请填写有效日期。' },
  cliClosed: (count: number) => `${count} 项已办结销号的任务不再列入填报表。`,
} as const;

/** Words of recording 审核 and 办结销号 from the pane or the command line (not by editing the sheets). */
export const reviewActionMessages = {
  noSuchRow: (unit: string, seq: number, period: string) => `${period}的进展汇总中没有${unit}第${seq}项任务的报送，无法审核。请核对单位名称、序号和期次。`,
  reasonRequired: (unit: string, seq: number) => `${unit}第${seq}项任务退回修改，须填写退回原因。`,
  noSuchTask: (seq: number) => `任务清单中没有序号为 ${seq} 的任务。`,
  closedAlready: (seq: number, date: string) => `第${seq}项任务已于${date}办结销号，无需重复办理。`,
  badDate: (value: string) => `办结日期「${value}」应为有效日期（如 2023-06-30）。`,
  noLead: (seq: number, content: string) => `第${seq}项任务（${brief(content)}）没有确定的牵头单位报送进展，不能按牵头单位报“已完成”办结销号。`,
  reported: (period: string, status: string) => `${period}报“${status}”`,
  notReported: '尚未报送进展',
  notFinished: (seq: number, content: string, unit: string, reported: string) =>
    `第${seq}项任务（${brief(content)}）的牵头单位${unit}${reported}，尚未报“已完成”，不能办结销号。`,
  /** Summaries and usage lines of the commands. */
  reviewSummary: '审核各单位报送的进展：记录通过或退回修改（退回的须写原因，输出退回通知，并列入下一期该单位的填报说明）；不带 --result 时列出该期各行及审核情况',
  reviewUsage: 'duban review <总表.xlsx> [--period 2023Q1] [--unit <单位> --seq <序号> --result 通过|退回修改 [--reason <退回原因>] --out <新总表.xlsx>] [--json]',
  closeSummary: '办结销号：牵头单位已报“已完成”的任务记录办结日期和依据，此后不再列入填报表、不再亮灯；不带 --seq 时列出可销号的任务',
  closeUsage: 'duban close <总表.xlsx> [--seq <序号>[,<序号>…] --basis <办结依据> [--date 2023-06-30] [--force] --out <新总表.xlsx>] [--json]',
  listHeader: ['单位', '序号', '进展状态', '审核结果', '退回原因'],
  notReviewed: '未审核',
  listed: (period: string, rows: number, open: number) => `${period}共 ${rows} 行进展，未审核 ${open} 行。`,
  candidatesHeader: ['序号', '牵头单位', '报已完成的期次', '重点工作'],
  candidatesListed: (count: number) => `可办结销号的任务 ${count} 项（牵头单位最近一期报“已完成”）。`,
  reviewNeeds: '记录审核结果须同时给出 --unit、--seq、--result 和 --out。',
  closeNeeds: '办结销号须同时给出 --seq、--basis 和 --out。',
  reviewed: (unit: string, seq: number, period: string, result: string) => `已记录审核结果：${unit}第${seq}项任务（${period}）${result}。`,
  closed: (seqs: readonly number[], date: string) => `已办结销号：第${seqs.join('、')}项任务（${date}）。下一期起不再列入填报表。`,
  forced: '注意：已按 --force 办结，未核对牵头单位是否报“已完成”。',
  badSeq: (value: string) => `序号「${value}」应为正整数，多项用逗号分隔，如 3,5。`,
  badResult: (value: string) => `--result「${value}」只能是“通过”或“退回修改”。`,
} as const;

/** The first words of a task's content, for a message that names the task. */
function brief(content: string): string {
  const text = content.replace(/\s+/g, '').replace(/[。；;，,]+$/u, '');
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/** Words of the pane's 审核与销号 section. */
export const reviewPaneMessages = {
  heading: '五、审核与销号',
  intro: '逐行审核本期报送的进展：通过的确认，退回修改的填写原因，系统生成退回通知；牵头单位已报“已完成”的任务可在下方办结销号。结果写入总表的「审核」「办结销号」工作表。',
  needMaster: '加载任务清单或打开督办总表、汇总回收表后，可在此审核各单位报送的进展并办结销号。',
  unitFilter: '单位',
  allUnits: '全部单位',
  onlyOpen: '只看未审核的',
  counts: (rows: number, open: number, sentBack: number) => `本期报送 ${rows} 行，未审核 ${open} 行，已退回修改 ${sentBack} 行。`,
  none: '本期尚无报送的进展。请先汇总回收表。',
  noneOpen: '所列各行均已审核。',
  more: (count: number) => `另有 ${count} 行未列出，请按单位筛选。`,
  row: (unit: string, seq: number, status: string) => `${unit} · 第${seq}项 · ${status}`,
  decided: (result: string) => `已审核：${result}`,
  pass: '通过',
  sendBack: '退回修改',
  undo: '撤销',
  reasonLabel: '退回原因',
  reasonPlaceholder: '如：未说明具体完成时间',
  reasonMissing: '退回修改须填写原因。',
  save: (count: number) => `保存审核结果（${count} 行）`,
  saved: (count: number) => `已保存 ${count} 行审核结果。`,
  noticesLabel: '退回通知（可复制后发给单位）',
  copy: '复制退回通知',
  copied: '已复制。',
  copyByHand: '无法自动复制，请选中文字后手动复制。',
  closeHeading: '办结销号',
  closeIntro: '以下任务的牵头单位最近一期已报“已完成”，核实后可办结销号：此后不再列入填报表，也不再亮灯。',
  noCandidates: '暂无牵头单位已报“已完成”的待销号任务。',
  candidate: (seq: number, leads: string, period: string) => `第${seq}项 · 牵头：${leads} · ${period}报已完成`,
  dateLabel: '办结日期',
  basisLabel: '办结依据',
  basisPlaceholder: '如：经核实已完成，见某某文件',
  closeButton: '办结销号',
  closedDone: (seq: number, date: string) => `第${seq}项任务已于${date}办结销号。`,
  /** The master written again (standalone), after a review or a closure. */
  fileName: (title: string) => `督办总表-${title}-审核销号.xlsx`,
} as const;
