/// <reference types="office-js" />
/**
 * The sheet features of a WorkbookSpec beyond cells: tables, data validation, conditional formats,
 * charts, print setup, PivotTables and protection. Each function only queues commands, adding their
 * estimated request bytes to `cost` (src/excel/budget.ts); the caller syncs.
 */
import {
  DEFAULT_TABLE_STYLE,
  isIsoDate,
  type ChartSpec,
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type PivotSpec,
  type PrintSpec,
  type ProtectionSpec,
  type TableSpec,
} from '../domain/spec/index.js';
import { Cost } from './budget.js';
import { hex } from './styles.js';

/** A validation bound as Office.js wants it: numbers and ISO dates as they are, formulas with "=". */
export function bound(value: string): string | number {
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (isIsoDate(value)) return value;
  return `=${value.replace(/^=/, '')}`;
}

export function addTable(sheet: Excel.Worksheet, table: TableSpec, cost = new Cost()): Excel.Table {
  const ref = table.ref.replace(/\$/g, '');
  const added = cost.object(sheet.tables.add(ref, true), ref);
  cost.paths(1);
  cost.call(ref, true);
  added.name = cost.set(table.name);
  added.style = cost.set(table.style ?? DEFAULT_TABLE_STYLE);
  added.showFilterButton = cost.set(table.filter ?? true);
  return added;
}

export function addValidation(sheet: Excel.Worksheet, validation: DataValidationSpec, cost = new Cost()): void {
  const address = validation.range.replace(/\$/g, '');
  const target = cost.object(cost.object(sheet.getRange(address), address).dataValidation);
  target.clear();
  cost.call();
  if (validation.type === 'list') {
    const source = validation.source !== undefined ? `=${validation.source.replace(/^=/, '')}` : (validation.values ?? []).join(',');
    target.rule = cost.set({ list: { inCellDropDown: true, source } });
  } else {
    const low = bound(validation.min ?? (validation.type === 'date' ? '1900-01-01' : '0'));
    const high = bound(validation.max ?? (validation.type === 'date' ? '9999-12-31' : '2147483647'));
    target.rule = cost.set(
      validation.type === 'date'
        ? { date: { formula1: String(low), formula2: String(high), operator: 'Between' } }
        : { wholeNumber: { formula1: low, formula2: high, operator: 'Between' } },
    );
  }
  target.ignoreBlanks = cost.set(validation.allowBlank ?? true);
  if (validation.prompt) target.prompt = cost.set({ showPrompt: true, title: validation.prompt.title, message: validation.prompt.message });
  if (validation.error) {
    target.errorAlert = cost.set({ showAlert: true, style: 'Stop', title: validation.error.title, message: validation.error.message });
  }
}

export function addConditionalFormat(sheet: Excel.Worksheet, format: ConditionalFormatSpec, cost = new Cost()): void {
  const address = format.range.replace(/\$/g, '');
  const range = cost.object(sheet.getRange(address), address);
  for (const rule of format.rules) {
    if (rule.type === 'expression') {
      // conditionalFormats, the added format, custom, custom.rule.
      const added = cost.object(range.conditionalFormats.add('Custom'), 'Custom');
      cost.call('Custom');
      cost.paths(3);
      added.custom.rule.formula = cost.set(`=${rule.formula.replace(/^=/, '')}`);
      // custom.format, and its fill and font.
      cost.paths(3);
      if (rule.style.fill) added.custom.format.fill.color = cost.set(hex(rule.style.fill));
      if (rule.style.fontColor) added.custom.format.font.color = cost.set(hex(rule.style.fontColor));
      if (rule.style.bold) added.custom.format.font.bold = cost.set(true);
    } else {
      const added = cost.object(range.conditionalFormats.add('DataBar'), 'DataBar');
      cost.call('DataBar');
      cost.paths(3);
      added.dataBar.positiveFormat.fillColor = cost.set(hex(rule.color));
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

/** Office.js chart types of the spec's kinds. */
const CHART_TYPES: Record<ChartSpec['kind'], Excel.ChartType> = { stackedColumn: 'ColumnStacked' as Excel.ChartType, line: 'LineMarkers' as Excel.ChartType };

/**
 * A chart over the sheet's own cells (it follows their formulas): added over the first series'
 * values, each series then named, coloured and given the categories, the others added by
 * series.add and setValues (ExcelApi 1.7, the manifest's minimum). Office.js names a series with
 * text, not a cell, so the name is the header's text as the spec gives it.
 */
export function addChart(sheet: Excel.Worksheet, chart: ChartSpec, cost = new Cost()): void {
  const range = (address: string) => cost.object(sheet.getRange(address.replace(/\$/g, '')), address);
  const [first, ...rest] = chart.series;
  if (!first) return;
  const added = cost.object(sheet.charts.add(CHART_TYPES[chart.kind], range(first.values), 'Columns' as Excel.ChartSeriesBy), CHART_TYPES[chart.kind]);
  cost.paths(1);
  cost.call(null, 'Columns');
  added.title.text = cost.set(chart.title);
  added.legend.position = cost.set('Top' as Excel.ChartLegendPosition);
  cost.paths(2);
  const categories = range(chart.categories);
  const style = (series: Excel.ChartSeries, spec: ChartSpec['series'][number]) => {
    series.name = cost.set(spec.name);
    series.format.fill.setSolidColor(hex(spec.color));
    cost.paths(2);
    cost.call(hex(spec.color));
    // A line's colour is its stroke (format.line, ExcelApi 1.1); the fill colours its markers.
    if (chart.kind === 'line') {
      series.format.line.color = cost.set(hex(spec.color));
      cost.paths(1);
    }
    series.setXAxisValues(categories);
    cost.call(null);
  };
  style(cost.object(cost.object(added.series).getItemAt(0), 0), first);
  for (const spec of rest) {
    const series = cost.object(cost.object(added.series).add(spec.name), spec.name);
    cost.call(spec.name);
    series.setValues(range(spec.values));
    cost.call(null);
    style(series, spec);
  }
  const [from, to] = chart.place.replace(/\$/g, '').split(':');
  added.setPosition(from, to ?? from);
  cost.call(from, to ?? from);
}

export function applyPrint(sheet: Excel.Worksheet, print: PrintSpec, cost = new Cost()): void {
  const layout = cost.object(sheet.pageLayout);
  layout.orientation = cost.set(print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
  if (print.paperSize !== undefined && PAPER[print.paperSize]) layout.paperSize = cost.set(PAPER[print.paperSize]);
  if (print.fitToWidth !== undefined || print.fitToHeight !== undefined) {
    layout.zoom = cost.set({ horizontalFitToPages: print.fitToWidth ?? 1, verticalFitToPages: print.fitToHeight ?? 0 });
  }
  if (print.titleRows) {
    const [first, last] = print.titleRows.replace(/\$/g, '').split(':');
    const rows = `$${first}:$${last ?? first}`;
    layout.setPrintTitleRows(rows);
    cost.call(rows);
  }
  if (print.printArea) {
    const area = print.printArea.replace(/\$/g, '');
    layout.setPrintArea(area);
    cost.call(area);
  }
  for (const row of print.pageBreaksBefore ?? []) {
    // A break added at a cell starts a new page above its row (and left of its column: column A has none).
    cost.object(sheet.horizontalPageBreaks).add(`A${row}`);
    cost.call(`A${row}`);
  }
  if (print.header === undefined && print.footer === undefined) return;
  const pages = cost.object(cost.object(layout.headersFooters).defaultForAllPages);
  if (print.header !== undefined) {
    const { left, center, right } = headerSections(print.header);
    pages.leftHeader = cost.set(left);
    pages.centerHeader = cost.set(center);
    pages.rightHeader = cost.set(right);
  }
  if (print.footer !== undefined) {
    const { left, center, right } = headerSections(print.footer);
    pages.leftFooter = cost.set(left);
    pages.centerFooter = cost.set(center);
    pages.rightFooter = cost.set(right);
  }
}

/**
 * A PivotTable on `sheet` at the spec's anchor. The source is a table of the same workbook when one
 * has that name, else a range address.
 */
export function addPivot(context: Excel.RequestContext, sheet: Excel.Worksheet, pivot: PivotSpec, tableNames: ReadonlySet<string>, cost = new Cost()): void {
  const source: Excel.Table | string = tableNames.has(pivot.source) ? cost.object(context.workbook.tables.getItem(pivot.source), pivot.source) : pivot.source;
  const anchor = pivot.anchor.replace(/\$/g, '');
  const table = cost.object(sheet.pivotTables.add(pivot.name, source, cost.object(sheet.getRange(anchor), anchor)), pivot.name, typeof source === 'string' ? source : null);
  cost.paths(1);
  const hierarchy = (field: string) => cost.object(cost.object(table.hierarchies).getItem(field), field);
  for (const field of pivot.rows) {
    table.rowHierarchies.add(hierarchy(field));
    cost.paths(1);
    cost.call(null);
  }
  for (const field of pivot.columns) {
    table.columnHierarchies.add(hierarchy(field));
    cost.paths(1);
    cost.call(null);
  }
  for (const value of pivot.values) {
    const data = cost.object(cost.object(table.dataHierarchies).add(hierarchy(value.field)));
    cost.call(null);
    data.summarizeBy = cost.set(value.summarizeBy === 'sum' ? 'Sum' : 'Count');
  }
  for (const field of pivot.filters) {
    table.filterHierarchies.add(hierarchy(field));
    cost.paths(1);
    cost.call(null);
  }
}

/**
 * Protects a sheet with what the spec allows. A sheet that holds PivotTables also allows using
 * them, so the office can refresh and filter its summaries without unprotecting the sheet.
 */
export function applyProtection(sheet: Excel.Worksheet, protection: ProtectionSpec, hasPivots: boolean, cost = new Cost()): Excel.WorksheetProtectionOptions {
  const options: Excel.WorksheetProtectionOptions = {
    allowAutoFilter: protection.allowFilter ?? false,
    allowSort: protection.allowSort ?? false,
    allowFormatColumns: protection.allowFormatColumns ?? false,
    ...(hasPivots ? { allowPivotTables: true } : {}),
  };
  const target = cost.object(sheet.protection);
  if (protection.password) target.protect(options, protection.password);
  else target.protect(options);
  cost.call(options, protection.password ?? null);
  return options;
}
