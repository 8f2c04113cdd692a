/**
 * Where things are in a return workbook, shared by the builder (spec.ts) and the reader
 * (locate.ts, meta.ts). Column and sheet names come from the vocabulary.
 */
import { HEADERS } from '../vocabulary.js';

/** The columns of 进展填报, in the order they are written (HEADERS.returnForm). */
export const RETURN_COLUMNS = ['seq', 'content', 'deadline', 'role', 'status', 'text', 'problems', 'nextSteps'] as const;
export type ReturnColumn = (typeof RETURN_COLUMNS)[number];

/** Columns the unit fills in; the others are locked. */
export const INPUT_COLUMNS: readonly ReturnColumn[] = ['status', 'text', 'problems', 'nextSteps'];

/** 1-based row of the header in a distributed return: title, 填报单位, 报送期次, 截止日期, header. */
export const HEADER_ROW = 5;

/** Title-row labels, followed by a colon and the value. */
export const TITLE_LABELS = { unit: '填报单位', period: '报送期次', due: '截止日期' } as const;

/**
 * Header words people type instead of the vocabulary's (compared without spaces, line breaks,
 * colons, asterisks or a bracketed note). The vocabulary's own header always counts.
 */
const HEADER_ALIASES: Record<ReturnColumn, string[]> = {
  seq: ['编号', '序', '任务序号', '任务编号', '项目序号'],
  content: ['工作任务', '任务内容', '主要任务', '重点任务', '主要内容', '工作内容', '任务', '重点工作任务', '责任事项', '事项'],
  deadline: ['时限', '完成时间', '时间节点', '时限要求', '时限节点', '完成时限要求'],
  role: ['角色', '责任类型', '责任分工', '牵头/配合', '牵头或配合'],
  status: ['状态', '完成状态', '进度状态', '推进状态', '进展状况', '进展状态选择'],
  text: ['工作进展', '进展', '推进情况', '工作进展情况', '进展情况说明', '完成情况', '工作推进情况'],
  problems: ['问题', '存在的问题', '存在问题及困难', '困难和问题', '存在困难'],
  nextSteps: ['下一步打算', '下步计划', '下一步计划', '下一步工作', '下步工作打算', '下一步工作计划', '下步工作'],
};

/** Normalized header word → column. */
export const HEADER_WORDS: ReadonlyMap<string, ReturnColumn> = new Map(
  RETURN_COLUMNS.flatMap((column, index) => [
    [HEADERS.returnForm[index] as string, column] as const,
    ...HEADER_ALIASES[column].map((alias) => [alias, column] as const),
  ]),
);

/** Keys of the metadata sheet (SHEETS.returnMeta): one key-value row each, then 序号/指纹 rows. */
export const META = {
  marker: 'duban-return',
  version: '1',
  listId: 'listId',
  listTitle: 'listTitle',
  unit: 'unit',
  period: 'period',
  generatedAt: 'generatedAt',
  fingerprints: 'seq',
} as const;
