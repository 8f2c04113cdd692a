/** Words of the Office.js adapter (src/excel): writing into and reading from the open workbook. */

export const excelMessages = {
  sheetsExist: (names: readonly string[]) =>
    `当前工作簿中已有工作表「${names.join('」「')}」。继续加载将用新内容替换这些工作表，原有内容不再保留。`,
  /** A write failed and everything it had done was undone: the workbook is as it was. */
  writeFailed: (phase: string, detail: string) =>
    `写入工作簿时出错（${phase}）：${detail}。工作簿未作任何更改，原有内容完整保留，可以直接重试。`,
  /** A write failed and undoing it failed too: where the previous content is now. */
  rollbackFailed: (phase: string, detail: string, undo: string, backups: readonly string[]) =>
    `写入工作簿时出错（${phase}）：${detail}。撤销已写入的内容时又出错：${undo}。` +
    (backups.length > 0 ? `原有工作表暂存为「${backups.join('」「')}」，内容未丢失，请将其改回原名后删除同名的新工作表。` : '原有工作表未被改动。'),
  /** Everything new is written; only removing the old copies failed. */
  cleanupFailed: (backups: readonly string[], detail: string) =>
    `新内容已全部写入，但未能删除原有工作表的暂存副本「${backups.join('」「')}」（${detail}），可右键工作表标签手动删除。`,
  /** A table of another sheet already has a name the master's tables need. */
  tableNameTaken: (name: string) =>
    `工作簿中其他工作表已有名为「${name}」的表格（或名称），与督办总表的表格同名，无法加载。请先将其改名后重试；工作簿未作任何更改。`,
  readFailed: (detail: string) => `读取工作簿时出错：${detail}`,
  /** One row is larger than a request to Excel may carry. */
  rowTooLarge: (sheet: string, row: number) => `工作表「${sheet}」第 ${row} 行内容过多，超出 Excel 单次请求的大小限制，无法写入或读取。`,
  phases: {
    probe: '检查现有工作表',
    cells: '写入单元格和格式',
    features: '设置表格、数据验证、条件格式、图表和打印',
    pivots: '创建数据透视表',
    finish: '保护工作表并替换原有工作表',
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
