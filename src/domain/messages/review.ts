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
