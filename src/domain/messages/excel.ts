/** Words of the Office.js adapter (src/excel): writing into and reading from the open workbook. */

export const excelMessages = {
  sheetsExist: (names: readonly string[]) =>
    `当前工作簿中已有工作表「${names.join('」「')}」。继续加载将用新内容替换这些工作表，原有内容不再保留。`,
  phaseFailed: (phase: string, detail: string) => `写入工作簿时出错（${phase}）：${detail}`,
  readFailed: (detail: string) => `读取工作簿时出错：${detail}`,
  phases: {
    probe: '检查现有工作表',
    cells: '写入单元格和格式',
    features: '设置表格、数据验证、条件格式和打印',
    pivots: '创建数据透视表',
    finish: '保护工作表',
  },
  /** A feature the running Excel lacks; the rest of the workbook is still written. */
  unsupported: (feature: string, sheet: string, version: string) =>
    `工作表「${sheet}」的${feature}未设置：当前 Excel 不支持（需要 ExcelApi ${version} 及以上版本）。`,
  features: {
    dataValidation: '数据验证（下拉列表）',
    pivotTables: '数据透视表',
    printSetup: '打印设置',
    mergedAreas: '合并单元格',
  },
  liveTooLarge: (address: string, cells: number) =>
    `「${address}」一次修改了 ${cells} 个单元格，超出即时校验范围，请点击“校验”检查整个工作簿。`,
} as const;
