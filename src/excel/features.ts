/// <reference types="office-js" />
/**
 * The sheet features of a WorkbookSpec beyond cells: tables, data validation, conditional formats,
 * print setup, PivotTables and protection. Each function only queues commands; the caller syncs
 * once per phase.
 */
import {
  DEFAULT_TABLE_STYLE,
  isIsoDate,
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type PivotSpec,
  type PrintSpec,
  type ProtectionSpec,
  type TableSpec,
} from '../domain/spec/index.js';
import { hex } from './styles.js';

/** A validation bound as Office.js wants it: numbers and ISO dates as they are, formulas with "=". */
export function bound(value: string): string | number {
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (isIsoDate(value)) return value;
  return `=${value.replace(/^=/, '')}`;
}

export function addTable(sheet: Excel.Worksheet, table: TableSpec): Excel.Table {
  const added = sheet.tables.add(table.ref.replace(/\$/g, ''), true);
  added.name = table.name;
  added.style = table.style ?? DEFAULT_TABLE_STYLE;
  added.showFilterButton = table.filter ?? true;
  return added;
}

export function addValidation(sheet: Excel.Worksheet, validation: DataValidationSpec): void {
  const target = sheet.getRange(validation.range.replace(/\$/g, '')).dataValidation;
  target.clear();
  if (validation.type === 'list') {
    const source = validation.source !== undefined ? `=${validation.source.replace(/^=/, '')}` : (validation.values ?? []).join(',');
    target.rule = { list: { inCellDropDown: true, source } };
  } else {
    const low = bound(validation.min ?? (validation.type === 'date' ? '1900-01-01' : '0'));
    const high = bound(validation.max ?? (validation.type === 'date' ? '9999-12-31' : '2147483647'));
    target.rule =
      validation.type === 'date'
        ? { date: { formula1: String(low), formula2: String(high), operator: 'Between' } }
        : { wholeNumber: { formula1: low, formula2: high, operator: 'Between' } };
  }
  target.ignoreBlanks = validation.allowBlank ?? true;
  if (validation.prompt) target.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  if (validation.error) {
    target.errorAlert = { showAlert: true, style: 'Stop', title: validation.error.title, message: validation.error.message };
  }
}

export function addConditionalFormat(sheet: Excel.Worksheet, format: ConditionalFormatSpec): void {
  const range = sheet.getRange(format.range.replace(/\$/g, ''));
  for (const rule of format.rules) {
    if (rule.type === 'expression') {
      const added = range.conditionalFormats.add('Custom');
      added.custom.rule.formula = `=${rule.formula.replace(/^=/, '')}`;
      if (rule.style.fill) added.custom.format.fill.color = hex(rule.style.fill);
      if (rule.style.fontColor) added.custom.format.font.color = hex(rule.style.fontColor);
      if (rule.style.bold) added.custom.format.font.bold = true;
    } else {
      const added = range.conditionalFormats.add('DataBar');
      added.dataBar.positiveFormat.fillColor = hex(rule.color);
    }
  }
}

/** OOXML paper size codes the spec uses → Office.js paper types. */
const PAPER: Record<number, Excel.PaperType | 'Letter' | 'A3' | 'A4' | 'A5' | 'B4' | 'B5'> = {
  1: 'Letter',
  8: 'A3',
  9: 'A4',
  11: 'A5',
  12: 'B4',
  13: 'B5',
};

/** "&L左&C中&R右" → its three sections; text without a section code is centred, as Excel does. */
export function headerSections(text: string): { left: string; center: string; right: string } {
  const sections = { left: '', center: '', right: '' };
  let current: keyof typeof sections = 'center';
  const parts = text.split(/(&[LCR])/);
  for (const part of parts) {
    if (part === '&L') current = 'left';
    else if (part === '&C') current = 'center';
    else if (part === '&R') current = 'right';
    else sections[current] += part;
  }
  return sections;
}

export function applyPrint(sheet: Excel.Worksheet, print: PrintSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (print.paperSize !== undefined && PAPER[print.paperSize]) layout.paperSize = PAPER[print.paperSize];
  if (print.fitToWidth !== undefined || print.fitToHeight !== undefined) {
    layout.zoom = { horizontalFitToPages: print.fitToWidth ?? 1, verticalFitToPages: print.fitToHeight ?? 0 };
  }
  if (print.titleRows) {
    const [first, last] = print.titleRows.replace(/\$/g, '').split(':');
    layout.setPrintTitleRows(`$${first}:$${last ?? first}`);
  }
  if (print.printArea) layout.setPrintArea(print.printArea.replace(/\$/g, ''));
  const pages = layout.headersFooters.defaultForAllPages;
  if (print.header !== undefined) {
    const { left, center, right } = headerSections(print.header);
    pages.leftHeader = left;
    pages.centerHeader = center;
    pages.rightHeader = right;
  }
  if (print.footer !== undefined) {
    const { left, center, right } = headerSections(print.footer);
    pages.leftFooter = left;
    pages.centerFooter = center;
    pages.rightFooter = right;
  }
}

/**
 * A PivotTable on `sheet` at the spec's anchor. The source is a table of the same workbook when one
 * has that name, else a range address.
 */
export function addPivot(context: Excel.RequestContext, sheet: Excel.Worksheet, pivot: PivotSpec, tableNames: ReadonlySet<string>): void {
  const source: Excel.Table | string = tableNames.has(pivot.source) ? context.workbook.tables.getItem(pivot.source) : pivot.source;
  const table = sheet.pivotTables.add(pivot.name, source, sheet.getRange(pivot.anchor.replace(/\$/g, '')));
  for (const field of pivot.rows) table.rowHierarchies.add(table.hierarchies.getItem(field));
  for (const field of pivot.columns) table.columnHierarchies.add(table.hierarchies.getItem(field));
  for (const value of pivot.values) {
    const data = table.dataHierarchies.add(table.hierarchies.getItem(value.field));
    data.summarizeBy = value.summarizeBy === 'sum' ? 'Sum' : 'Count';
  }
  for (const field of pivot.filters) table.filterHierarchies.add(table.hierarchies.getItem(field));
}

export function applyProtection(sheet: Excel.Worksheet, protection: ProtectionSpec): void {
  const options: Excel.WorksheetProtectionOptions = {
    allowAutoFilter: protection.allowFilter ?? false,
    allowSort: protection.allowSort ?? false,
    allowFormatColumns: protection.allowFormatColumns ?? false,
  };
  if (protection.password) sheet.protection.protect(options, protection.password);
  else sheet.protection.protect(options);
}
