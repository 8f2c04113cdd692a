/**
 * The words of a foreign list's table that are not tasks: the column headers, by the field they
 * name, and the 注：note under the table. Both importers (notice text, sheet) read them here, so a
 * header means the same column whichever format it came in.
 */

export const COLUMN_KINDS = ['seq', 'category', 'content', 'deadline', 'leaders', 'units', 'leadUnits', 'supportUnits', 'ignore'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** Header words, by the column they name. 重点任务 is a category next to a content column. */
export const HEADER_SYNONYMS: Readonly<Record<ColumnKind, readonly string[]>> = {
  seq: ['序号', '编号'],
  category: ['主要任务', '重点任务', '任务类别', '工作类别', '类别', '领域'],
  content: ['重点工作', '主要内容', '工作内容', '任务内容', '具体任务', '工作任务', '具体措施', '工作措施', '任务措施', '目标与任务', '目标任务', '工作事项', '督办事项', '任务事项', '项目内容', '实事内容', '工作目标'],
  deadline: ['完成时限', '时间节点', '完成时间', '完成期限', '时限要求', '时限'],
  leaders: ['分管市领导', '牵头市领导', '责任市领导', '分管领导', '责任领导', '牵头领导', '市领导', '分管县领导', '牵头县领导', '分管区领导', '牵头区领导', '县领导', '区领导', '联系领导', '包抓领导'],
  leadUnits: ['牵头单位', '牵头部门', '主责单位', '主责部门', '牵头责任单位', '牵头责任部门'],
  supportUnits: ['配合单位', '配合部门', '协办单位', '参与单位', '参与部门', '协作单位', '协作部门'],
  units: ['责任单位', '责任部门', '承办单位', '落实单位'],
  ignore: ['备注', '说明'],
};

const SYNONYMS: readonly [string, ColumnKind][] = COLUMN_KINDS.flatMap((kind) => HEADER_SYNONYMS[kind].map((word): [string, ColumnKind] => [word, kind]));

function normalizeHeader(text: string): string {
  return text.replace(/[\s\u3000：:]/g, '');
}

/**
 * The column a header names: an exact synonym, else the synonym found earliest in the header
 * ("责任单位（列第一位的为牵头单位）" is 责任单位), else null. Spaces, line breaks and colons do not matter.
 */
/** Whether the header is one of the synonyms exactly (spaces and colons aside). */
export function isExactHeader(text: string): boolean {
  return headerMatch(text) === 'exact';
}

/** How a header is known: a synonym exactly, a synonym inside it, only by its words (FALLBACKS), or not. */
export function headerMatch(text: string): 'exact' | 'synonym' | 'words' | null {
  const header = normalizeHeader(text);
  if (header === '') return null;
  if (SYNONYMS.some(([word]) => word === header)) return 'exact';
  if (SYNONYMS.some(([word]) => header.includes(word))) return 'synonym';
  return classifyHeader(text) === null ? null : 'words';
}

export function classifyHeader(text: string): ColumnKind | null {
  const header = normalizeHeader(text);
  if (header === '') return null;
  const exact = SYNONYMS.find(([word]) => word === header);
  if (exact) return exact[1];
  let best: { at: number; length: number; kind: ColumnKind } | null = null;
  for (const [word, kind] of SYNONYMS) {
    const at = header.indexOf(word);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && word.length > best.length)) best = { at, length: word.length, kind };
  }
  if (best) return best.kind;
  return FALLBACKS.find(([pattern]) => pattern.test(header))?.[1] ?? null;
}

/** Headers no synonym names, read by their words (包保县领导, 协同部门, 任务名称 …). */
const FALLBACKS: readonly [RegExp, ColumnKind][] = [
  [/领导/, 'leaders'],
  [/牵头.*(?:单位|部门|科室|股室)|主责/, 'leadUnits'],
  [/(?:配合|协办|参与|协作|协同|协助).*(?:单位|部门|科室|股室)/, 'supportUnits'],
  [/(?:单位|部门|科室|股室)/, 'units'],
  [/时限|期限|时间|节点|日期/, 'deadline'],
  [/任务|内容|措施|事项|目标/, 'content'],
];

/** A note under the table (注：…, 备注：…, 说明：…): the table ends there, and it is not a task. */
export const TABLE_NOTE = /^[\s\u3000]*(注|备注|说明)[\s\u3000]*[:：]/;
