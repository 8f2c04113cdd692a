/** Messages of the notice-text importer (a notice whose attachment table is written as tab-indented lines). */
export const noticeMessages = {
  noTable: '未找到附件表格：表格应以制表符分栏，表头第一栏为“序号”。',
  noContentColumn: (headers: readonly string[]) =>
    `表头中没有“重点工作”（或“主要内容”“工作任务”）一栏，无法确定任务内容。识别到的表头：${headers.join('、') || '（无）'}。`,
  noRows: '附件表格中没有以序号开头的任务行。',
  noYear: '未能从通知标题或正文中确定年份，请指定清单年份。',
  unknownHeader: (header: string) => `表头“${header}”无法识别，该栏内容未导入。`,
  duplicateHeader: (header: string) => `表头“${header}”与前面的栏目含义重复，该栏内容未导入。`,
  wrongCellCount: (seq: number, found: number, expected: number) =>
    `第${seq}项有${found}栏，表头有${expected}栏，无法确定各栏对应关系，该项未导入，请核对原文。`,
  seqGap: (previous: number, seq: number) => `序号不连续：第${previous}项之后是第${seq}项。`,
  duplicateSeq: (seq: number) => `序号${seq}重复出现，后出现的一项未导入。`,
  emptyContent: (seq: number) => `第${seq}项的任务内容为空，该项未导入。`,
  noUnits: (seq: number) => `第${seq}项未列责任单位。`,
  noLeaders: (seq: number) => `第${seq}项未列分管领导。`,
  firstCategoryBlank: (seq: number) => `第${seq}项的类别为空，且前面没有可沿用的类别。`,
} as const;
