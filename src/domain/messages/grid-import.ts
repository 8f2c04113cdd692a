/** Messages of the import of another office's list from a sheet (.xlsx first sheet or .csv) and of `duban import`. */

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

export const gridImportMessages = {
  noHeader: (rows: number) =>
    `前 ${rows} 行中未找到表头：表头应包含“序号”“重点工作”（或“主要任务”“主要内容”）等栏目。`,
  noContentColumn: (headers: readonly string[]) =>
    `表头中没有“重点工作”（或“主要任务”“工作任务”“主要内容”“重点任务”）一栏，无法确定任务内容。识别到的表头：${headers.join('、') || '（无）'}。`,
  noTasks: '表头下方没有可读取的任务行。',
  noYear: '未能从表格标题或完成时限中确定清单年份，请用 --year 指定。',
  duplicateHeader: (header: string, first: string) => `表头“${header}”与第 ${first} 栏含义重复，该栏内容未导入。`,
  badSeq: (text: string) => `序号“${text}”不是正整数，该行未导入。`,
  missingSeq: '序号为空，该行未导入。',
  duplicateSeq: (seq: number, firstRow: number) => `序号 ${seq} 与第 ${firstRow} 行重复，该行未导入。`,
  emptyContent: (seq: number) => `第 ${seq} 项的任务内容为空，该行未导入。`,
  noUnits: (seq: number) => `第 ${seq} 项未列责任单位。`,
  noLeaders: (seq: number) => `第 ${seq} 项未列分管领导。`,
  unparsedDeadline: (seq: number, problem: string) => `第 ${seq} 项：${problem}`,
  afterNote: '此行位于表格末尾的注释之后，像是一项任务，但未导入；请核对。',
} as const;

export const importCommandMessages = {
  usage: '用法：duban import <清单文件.xlsx|.csv|.txt> --out <清单.json> [--id 编号] [--year 2023]',
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
  badYear: (text: string) => `--year 应为四位年份，例如 2023，收到“${text}”。`,
} as const;
