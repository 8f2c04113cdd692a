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

/** A number of cells as a reader takes it in: "3500 个", "106 万个", "171.8 亿个". */
function cells(n: number): string {
  if (n >= 1e8) return `${(n / 1e8).toFixed(1)} 亿个`;
  if (n >= 1e4) return `${Math.round(n / 1e4)} 万个`;
  return `${n} 个`;
}

const sheetName = (sheet: string) => (sheet ? `工作表「${sheet}」的` : '');
const RESAVE = '请报送单位检查文件、删除表格以外的多余内容后重新保存再提交。';

export const xlsxMessages = {
  /** A sheet the workbook lists but whose part is missing or unreadable. */
  sheetUnreadable: (sheet: string) => `工作表「${sheet}」的内容缺失或已损坏，无法读取。`,
  /** A sheet part that is not well-formed XML: cut short, a tag never closed. */
  sheetDamaged: (sheet: string) => `工作表「${sheet}」的内容不完整或已损坏（文件内部的表格数据被截断或结构不闭合），无法读取。请报送单位重新保存后再提交。`,
  /** A part other than a sheet (shared strings, workbook, styles) that is not well-formed XML. */
  partDamaged: '文件已损坏：文件内部的数据不完整或结构不闭合，无法读取。请报送单位重新保存后再提交。',
  /** The file on disk is larger than any return. */
  fileTooLarge: (mb: number) => `文件过大：超过 ${mb} MB，远超正常表格的大小，未读取。${RESAVE}`,
  /** A zip part (or all of them) inflates to more than the limit: a decompression bomb or a sheet of junk. */
  inflatedTooLarge: (mb: number) => `文件过大：解压后超过 ${mb} MB，远超正常表格的大小，未读取。${RESAVE}`,
  /** A cell holding a value outside Excel's XFD1048576. */
  cellBeyondExcel: (sheet: string, ref: string) => `${sheetName(sheet)}表格范围异常：单元格 ${ref} 超出 Excel 的最大范围（XFD1048576），未读取。${RESAVE}`,
  tooManyCells: (sheet: string, limit: number) => `${sheetName(sheet)}表格范围异常：有内容的单元格超过 ${cells(limit)}，远超正常表格，未读取。${RESAVE}`,
  /** The used area (rows × the columns each row reaches, merges filled) is larger than the limit. */
  gridTooLarge: (sheet: string, extent: string, count: number, limit: number) =>
    `${sheetName(sheet)}表格范围异常：内容分布在 ${extent}，需展开约 ${cells(count)}单元格，超过上限 ${cells(limit)}，未读取。${RESAVE}`,
  mergeInvalid: (sheet: string, ref: string) => `${sheetName(sheet)}合并区域异常：「${ref}」不是有效的单元格区域，未读取。${RESAVE}`,
  mergeBeyondExcel: (sheet: string, ref: string) => `${sheetName(sheet)}合并区域异常：合并区域 ${ref} 超出 Excel 的最大范围（XFD1048576），未读取。${RESAVE}`,
  mergeTooLarge: (sheet: string, ref: string, count: number, limit: number) =>
    `${sheetName(sheet)}合并区域异常：合并区域 ${ref} 需填充约 ${cells(count)}单元格，超过上限 ${cells(limit)}，未读取。请报送单位取消该合并后重新保存再提交。`,
  /** The read took longer than its time limit. */
  readTimeout: (seconds: number) => `文件读取超时：处理超过 ${seconds} 秒仍未完成，已停止读取。文件内容可能异常，${RESAVE}`,
  /** The reader of one file ran out of the memory it was given. */
  outOfMemory: (mb: number) => `文件读取时占用内存超过 ${mb} MB，已停止读取。文件内容可能异常，${RESAVE}`,
  /** Anything else that stopped the read of one file (a fault of ours); the run goes on. */
  readFailed: (detail: string) => `读取文件时发生意外错误（${detail}），已跳过该文件。请将此文件反馈给维护人员。`,
  /** What readFailed says when the thread reading the file stopped without a word. */
  readerExited: (code: number) => `读取线程意外退出，退出码 ${code}`,
  notUtf8: '文件不是 UTF-8 编码（可能是 GBK/GB2312），无法正确识别中文。请用 Excel 打开后“另存为”Excel 工作簿（*.xlsx）或“CSV UTF-8（逗号分隔）”再提交。',
  csvUnclosedQuote: (line: number) => `第 ${line} 行开始的引号没有闭合，CSV 格式不正确。`,
  writeFailed: (problem: string) => `无法写入文件（${problem}）。请检查目录是否存在、文件是否正被 Excel 打开。`,
} as const;
