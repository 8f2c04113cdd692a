/**
 * Messages of the importers of another office's list — a notice's text (noticeMessages), a sheet of
 * an .xlsx or a .csv (gridImportMessages) — and of `duban import`. What both importers say about the
 * same thing is written once, in tableMessages.
 */

/** What each list field is called when the import reports its column mappings. */
export const gridFieldLabels = {
  seq: '序号',
  category: '类别',
  content: '任务内容',
  deadline: '完成时限',
  leaders: '分管领导',
  leadUnits: '牵头单位',
  supportUnits: '配合单位',
  units: '责任单位（列第一位的牵头）',
  ignore: '不导入',
} as const;

/** Both importers read headers with one synonym table and a task row by the same rules. */
const tableMessages = {
  noContentColumn: (headers: readonly string[]) =>
    `表头中没有“重点工作”（或“主要任务”“工作任务”“主要内容”“重点任务”）一栏，无法确定任务内容。识别到的表头：${headers.join('、') || '（无）'}。`,
  /** `first`: the column letter of the earlier header, when the table has letters. */
  duplicateHeader: (header: string, first?: string) =>
    `表头“${header}”与${first === undefined ? '前面的栏目' : `第${first}栏`}含义重复，该栏内容未导入。`,
  emptyContent: (seq: number) => `第${seq}项的任务内容为空，该项未导入。`,
  noUnits: (seq: number) => `第${seq}项未列责任单位。`,
  noLeaders: (seq: number) => `第${seq}项未列分管领导。`,
  unparsedDeadline: (seq: number, problem: string) => `第${seq}项：${problem}`,
} as const;

export const gridImportMessages = {
  ...tableMessages,
  noHeader: (rows: number) => `前${rows}行中未找到表头：表头应包含“序号”“重点工作”（或“主要任务”“主要内容”）等栏目。`,
  noTasks: '表头下方没有可读取的任务行。',
  noYear: '未能从表格标题或完成时限中确定清单年份。',
  badSeq: (text: string) => `序号“${text}”不是正整数，该行未导入。`,
  missingSeq: '序号为空，该行未导入。',
  duplicateSeq: (seq: number, firstRow: number) => `序号${seq}与第${firstRow}行重复，该行未导入。`,
  afterNote: '此行位于表格末尾的注释之后，像是一项任务，但未导入；请核对。',
  mappedByContent: (header: string, field: string) => `表头“${header || '（空）'}”未能识别，按该栏内容读作“${field}”；如不对，请改表头后重新导入。`,
  columnNotRead: (header: string, cells: number) =>
    `表头“${header || '（空）'}”一栏有 ${cells} 个单元格有内容，但既不是已知表头，也看不出是任务内容、单位、领导或时限，未导入；请核对。`,
  fieldName: (field: keyof typeof gridFieldLabels) => gridFieldLabels[field],
} as const;

/** The notice-text importer (a notice whose attachment table is written as tab-indented lines). */
export const noticeMessages = {
  ...tableMessages,
  noTable: '未找到任务：既没有表头第一栏为“序号”的表格，也没有写明责任领导、牵头单位或责任单位的编号段落（如“1.……（牵头单位：……；责任单位：……）”）。',
  unreadLine: (text: string) => `此行不是任务、标题或任务的责任栏目，未读取：“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”。`,
  noRows: '附件表格中没有以序号开头的任务行。',
  noYear: '未能从通知标题或正文中确定清单年份。',
  unknownHeader: (header: string) => `表头“${header}”无法识别，该栏内容未导入。`,
  wrongCellCount: (seq: number, found: number, expected: number) =>
    `第${seq}项有${found}栏，表头有${expected}栏，无法确定各栏对应关系，该项未导入，请核对原文。`,
  seqGap: (previous: number, seq: number) => `序号不连续：第${previous}项之后是第${seq}项。`,
  duplicateSeq: (seq: number) => `序号${seq}重复出现，后出现的一项未导入。`,
  firstCategoryBlank: (seq: number) => `第${seq}项的类别为空，且前面没有可沿用的类别。`,
} as const;

const IMPORT_USAGE = 'duban import <清单文件.xlsx|.csv|.txt|.docx> --out <清单.json> [--id 编号] [--year 2023]';

/** `duban import`'s own lines (usage, the column mappings, the problems, what was written). */
export const importCommandMessages = {
  importSummary: '导入其他单位的任务清单（.xlsx 第一张工作表、.csv、通知全文 .txt 或 Word 文档 .docx），自动识别表头和编号段落',
  importUsage: IMPORT_USAGE,
  usage: `用法：${IMPORT_USAGE}`,
  mapping: (column: string, header: string, field: string) => `  ${column} 栏“${header}” → ${field}`,
  mappingsTitle: '栏目对应关系：',
  problemsTitle: (count: number) => `有 ${count} 处未能读取或需要核对：`,
  rowProblem: (row: number, cell: string | undefined, message: string) =>
    `  第 ${row} 行${cell ? `（单元格 ${cell}）` : ''}：${message}`,
  lineProblem: (line: number | undefined, message: string) => `  ${line === undefined ? '' : `第 ${line} 行：`}${message}`,
  sheetUsed: (sheet: string) => `读取工作表「${sheet}」。`,
  done: (tasks: number, out: string) => `已导入 ${tasks} 项任务，写入 ${out}。`,
  doneStdout: (tasks: number) => `已导入 ${tasks} 项任务。`,
  noSheet: '工作簿中没有可见的工作表。',
} as const;
