/** What a WorkbookSpec leaves unsaid, filled in alike by both renderers (ExcelJS and Office.js). */

/** The font of every written cell (CellStyle.fontSize overrides the size), so text looks alike in Excel and WPS. */
export const BASE_FONT = { name: '宋体', size: 11 } as const;

/** The number format of a date cell whose style names none. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/** The style of an Excel table whose TableSpec names none. */
export const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';
