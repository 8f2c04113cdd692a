/** Words of the return workbooks (分发填报表) and of consolidation (汇总), including the 催办 text. */
import { STATUSES } from '../vocabulary.js';
import { bookTitle } from './book-title.js';

const statusList = STATUSES.join('、');
/** Two full-width spaces: the first-line indent of official text. */
const INDENT = '\u3000\u3000';
const BLANK = '\u3000'.repeat(6);

export const returnMessages = {
  creator: '督办助手',
  formTitle: (periodLabel: string, task = '重点工作') => `${periodLabel}${task}进展情况填报表`,
  titleLine: (label: string, value: string) => `${label}：${value}`,
  viaGroup: (role: string, group: string) => `${role}（${group}）`,
  milestoneLine: (text: string) => `时限节点：${text}`,
  statusPrompt: { title: '进展状态', message: `请从下拉列表选择：${statusList}。` },
  statusError: { title: '进展状态不正确', message: `只能选择：${statusList}。` },
  footer: '第 &P 页，共 &N 页',
  instructionsTitle: '填报说明',
  instructions: (unit: string, periodLabel: string, due: string, task = '重点工作') => [
    `一、本表由${unit}填报，报送期次为${periodLabel}，请于${due}前报送。`,
    '二、请在「进展填报」工作表中逐项填写本单位承担任务的进展，每项任务一行，不要增删行，不要改动序号。',
    `三、「序号」「${task}」「完成时限」「本单位角色」四列为任务原文，已锁定，请勿修改；如对任务内容有不同意见，请在「存在问题」中说明。`,
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
  groupPending: (group: string) => `「${group}」是统称，尚未明确由哪些单位报送（待明确责任单位），本次不汇总。请先在督办总表「单位名录」的「报送单位」中明确，再重新分发和汇总。`,
  untouched: '未填报：报回的是空表，所有任务的进展状态和进展情况均为空，按未报送处理。',
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
  untouched: '未填报（报回空表）',
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
   * A ready-to-send reminder to a unit that has not returned its form, quoting the list by bookTitle.
   */
  reminder: (unit: string, listTitle: string, periodLabel: string, tasks: number, due: string, today: string, overdue: boolean, task = '重点工作') => {
    const basis = listTitle.trim() ? `根据${bookTitle(listTitle)}要求，` : '';
    const ask = overdue
      ? `${periodLabel}${task}进展情况（涉及${task}${tasks}项）应于${due}前报送，截至${today}，仍未收到你单位报送材料。请于收到本通知后尽快填报并报送。`
      : `请于${due}前报送${periodLabel}${task}进展情况（涉及${task}${tasks}项）。截至${today}，尚未收到你单位报送材料，请抓紧组织填报，按时报送。`;
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

/** Accounting for every entry given to consolidation, and for rows kept across rounds. */
export const returnAccountingMessages = {
  accepted: (unit: string, rows: number) => (rows > 0 ? `${unit}的报送，采用 ${rows} 行` : `${unit}的报送，没有可采用的行（见退回的行）`),
  superseded: (kept: string) => `同一单位较晚的报送（${kept}）已填报了本文件的各行，本文件未采用`,
  damaged: (missing: string, rows: number) =>
    missing
      ? `文件不完整：序号 ${missing} 在表中没有完整的行（文件可能被截断或行被删除），这些任务不计为未填报，保留进展汇总中原有内容；其余 ${rows} 行已采用。请报送单位重新报送完整文件。`
      : `文件不完整：工作表在中途被截断，最后一行的内容可能不全；已采用 ${rows} 行。请报送单位重新报送完整文件。`,
  cutRow: '文件不完整：本行位于文件被截断处，内容缺失，不计为未填报。请报送单位重新报送完整文件。',
  hiddenNotReturn: (reason: string) => `隐藏文件（系统或临时文件），不是填报表，已忽略：${reason}`,
  futureModified: '工作簿记录的修改时间晚于本次汇总时间，不可信，不据此判断哪一份较晚',
  modifiedBeforeForm: '工作簿记录的修改时间早于填报表的生成时间，不可信，不据此判断哪一份较晚',
  futureFileTime: '文件的修改时间晚于本次汇总时间，不可信，不据此判断哪一份较晚',
  directory: (count: number) => `目录，已查找其中 ${count} 项`,
  hiddenDirectory: '隐藏目录（名称以 . 开头），未查找其中的文件',
  danglingLink: '链接指向的文件不存在，无法读取。请确认文件位置，或请报送单位重新发送。',
  linkLoop: '链接循环指向自身，无法读取。',
  directoryLoop: (target: string) => `链接指向已查找过的目录 ${target}，未重复查找`,
  sameFile: (other: string) => `与 ${other} 是同一个文件，未重复读取`,
  special: '不是普通文件（管道、设备或套接字），未读取',
  unreadable: (code: string) => `没有读取权限，无法读取（${code}）。请检查文件权限。`,
  unreadableDirectory: (code: string) => `目录无法打开（${code}），其中的文件未读取。请检查目录权限。`,
  tooDeep: (depth: number) => `目录层级超过 ${depth} 层，未继续查找其中的文件`,
  tooMany: (count: number) => `输入的文件和目录超过 ${count} 项，其余未查找。请只给出报回文件所在的目录。`,
  keptEarlier: (file: string, row: number, seq: number, fields: string, from: string) => `${file} 第 ${row} 行（序号 ${seq}）的${fields}为空，保留 ${from} 中的内容`,
  conflict: (unit: string, seq: number, kept: string, dropped: string) => `${unit}序号 ${seq} 在 ${dropped} 和 ${kept} 中填报不一致，采用较晚的 ${kept}，两个版本均列入报送情况`,
  combined: (unit: string, files: string) => `${unit}分 ${files} 报送，已逐行合并`,
  damagedLine: (file: string, missing: string) => `${file} 文件不完整${missing ? `：序号 ${missing} 没有完整的行，这些任务不计为未填报` : '：工作表在中途被截断'}`,
  suspiciousLine: (file: string, modified: string, reason: string) => `${file} 的修改时间 ${modified}：${reason}`,
  entryLine: (path: string, reason: string) => `${path}：${reason}`,
  fieldNames: { status: '进展状态', text: '进展情况', problems: '存在问题', nextSteps: '下步打算' } as Record<string, string>,
  /** Sections of the 报送情况 sheet. */
  conflictsTitle: '同一任务填报不一致（采用较晚的一份，两个版本均列出）',
  conflictsHeaders: ['单位', '序号', '版本', '文件', '行号', '进展状态', '进展情况', '存在问题', '下步打算'],
  keptVersion: '采用',
  droppedVersion: '未采用',
  keptEarlierTitle: '留空未覆盖的内容（保留原有内容）',
  keptEarlierHeaders: ['单位', '序号', '文件', '行号', '留空的项', '保留自'],
  damagedTitle: '文件不完整（缺少的任务不计为未填报）',
  damagedHeaders: ['文件', '单位', '缺少的序号'],
  combinedTitle: '分多个文件报送（已逐行合并）',
  combinedHeaders: ['单位', '文件'],
  suspiciousTitle: '修改时间不可信的文件',
  suspiciousHeaders: ['文件', '记录的修改时间', '原因'],
  entriesTitle: '未读取的文件和目录项',
  entriesHeaders: ['路径', '类型', '原因'],
  kinds: { file: '文件', hidden: '隐藏文件', symlink: '链接', danglingLink: '失效链接', directory: '目录', unreadable: '无法读取', special: '特殊文件' } as Record<string, string>,
} as const;
