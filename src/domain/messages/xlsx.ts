/** Messages about reading and writing workbook files (src/xlsx, src/domain/csv.ts). */

/**
 * What a file turned out to be, from its first bytes, its zip directory and its name. Only 'xlsx'
 * is read as a workbook; 'csv' is read by the CSV parser; every other kind has its own message.
 */
export type FileKind =
  | 'xlsx'
  | 'csv'
  | 'text'
  | 'xls'
  | 'et'
  | 'encrypted'
  | 'xlsb'
  | 'ods'
  | 'docx'
  | 'doc'
  | 'pptx'
  | 'ole2'
  | 'html'
  | 'xml-spreadsheet'
  | 'pdf'
  | 'zip'
  | 'corrupt'
  | 'empty'
  | 'unknown';

const SAVE_AS_XLSX = '请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（*.xlsx）再提交。';

export const fileKindMessages: Record<FileKind, string> = {
  xlsx: 'Excel 工作簿（.xlsx）。',
  csv: 'CSV 文本表格。',
  text: '文件是纯文本，不是 Excel 工作簿。',
  xls: `文件是旧版 Excel 97-2003 工作簿（.xls），无法直接读取。${SAVE_AS_XLSX}`,
  et: `文件是 WPS 表格格式（.et），无法直接读取。请用 WPS 打开后“另存为”Excel 工作簿（*.xlsx）再提交。`,
  encrypted: '文件设置了打开密码（已加密），无法读取。请报送单位取消打开密码后重新提交。',
  xlsb: `文件是 Excel 二进制工作簿（.xlsb），无法直接读取。${SAVE_AS_XLSX}`,
  ods: `文件是 OpenDocument 表格（.ods），无法直接读取。${SAVE_AS_XLSX}`,
  docx: '文件是 Word 文档（.docx），不是 Excel 工作簿。请将表格复制到 Excel 工作簿后再提交。',
  doc: '文件是 Word 97-2003 文档（.doc），不是 Excel 工作簿。请将表格复制到 Excel 工作簿后再提交。',
  pptx: '文件是 PowerPoint 演示文稿，不是 Excel 工作簿。',
  ole2: `文件是旧版 Office 格式，但不是可读取的 Excel 工作簿。${SAVE_AS_XLSX}`,
  html: `文件实为网页（HTML）格式的表格，虽然扩展名像 Excel，但不是 Excel 工作簿。${SAVE_AS_XLSX}`,
  'xml-spreadsheet': `文件是 Excel 2003 XML 表格，无法直接读取。${SAVE_AS_XLSX}`,
  pdf: '文件是 PDF 文档，不是 Excel 工作簿，无法读取其中的表格。',
  zip: '文件是压缩包，不是 Excel 工作簿。请解压后提交其中的 .xlsx 文件。',
  corrupt: '文件已损坏，无法打开（压缩结构不完整或缺少工作簿内容）。请报送单位重新保存后再提交。',
  empty: '文件是空的（0 字节）。',
  unknown: '无法识别的文件格式，不是 Excel 工作簿。',
};

export const xlsxMessages = {
  /** A sheet the workbook lists but whose part is missing or unreadable. */
  sheetUnreadable: (sheet: string) => `工作表「${sheet}」的内容缺失或已损坏，无法读取。`,
  notUtf8: '文件不是 UTF-8 编码（可能是 GBK/GB2312），无法正确识别中文。请用 Excel 打开后“另存为”Excel 工作簿（*.xlsx）或“CSV UTF-8（逗号分隔）”再提交。',
  csvUnclosedQuote: (line: number) => `第 ${line} 行开始的引号没有闭合，CSV 格式不正确。`,
  writeFailed: (problem: string) => `无法写入文件（${problem}）。请检查目录是否存在、文件是否正被 Excel 打开。`,
} as const;
