/**
 * Renders a WorkbookSpec to .xlsx with ExcelJS. The same spec gives the same bytes: zip entry dates
 * and docProps times come from spec.properties (render-write.ts zips ExcelJS's parts one by one),
 * and the parts ExcelJS cannot write deterministically or correctly (data validations, defined
 * names, print areas and titles) are written by render-xml.ts, the charts by chart.ts.
 * Pivot specs are left to the Office.js adapter; the builders also emit formula tables for files.
 */
// On Node, ExcelJS's single-file build (package.json "imports", src/xlsx/exceljs.cjs): it loads in a fifth of the time.
import ExcelJS from '#exceljs';
import { parseAddress } from '../domain/grid.js';
import {
  cellParts,
  DEFAULT_TABLE_STYLE,
  drawnWidth,
  effectiveStyleName,
  isDate,
  isFormula,
  isIsoDate,
  namedStyle,
  withRowHeights,
  type CellStyle,
  type ConditionalFormatSpec,
  type ProtectionSpec,
  type SheetSpec,
  type SpecValue,
  type TableSpec,
  type WorkbookSpec,
} from '../domain/spec/index.js';
import { dataValidationsXml, definedNamesXml, insertDataValidations, insertDefinedNames, numberExtensionIds } from './render-xml.js';
import { argb, conditionalStyle, excelStyle } from './style.js';
import { writeDeterministic } from './render-write.js';
import { chartParts, insertRowBreaks } from './chart.js';

/** Characters XML 1.0 cannot hold; text from returned files may carry them (pasted from Word). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function cleanText(text: string): string {
  return text.replace(XML_INVALID, '');
}

function isoToDate(iso: string): Date {
  if (!isIsoDate(iso)) throw new Error(`not an ISO date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A spec value as ExcelJS stores it; strings stay text whatever they start with. */
function excelValue(value: SpecValue): ExcelJS.CellValue {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cell value is not a finite number: ${value}`);
    return value;
  }
  if (isFormula(value)) {
    const formula = value.formula.replace(/^=/, '');
    if (value.result === undefined) return { formula } as ExcelJS.CellFormulaValue;
    const result = typeof value.result === 'string' ? cleanText(value.result) : value.result;
    return { formula, result } as ExcelJS.CellFormulaValue;
  }
  if (isDate(value)) return isoToDate(value.date);
  throw new Error(`unknown cell value: ${JSON.stringify(value)}`);
}

type PasswordHashes = ReadonlyMap<string, Record<string, unknown>>;

class SheetRenderer {
  /** ExcelJS styles by spec style name (and date flag), shared between cells as ExcelJS does. */
  private readonly styleCache = new Map<string, Partial<ExcelJS.Style>>();

  constructor(
    private readonly spec: WorkbookSpec,
    private readonly sheet: SheetSpec,
    private readonly ws: ExcelJS.Worksheet,
    private readonly hashes: PasswordHashes,
  ) {}

  private style(name: string | undefined): CellStyle | undefined {
    return name === undefined ? undefined : namedStyle(this.spec, this.sheet, name);
  }

  private excelStyleOf(name: string | undefined, isDateValue: boolean): Partial<ExcelJS.Style> {
    const key = `${isDateValue ? 'D' : 'V'}${name ?? ''}`;
    let style = this.styleCache.get(key);
    if (!style) {
      style = excelStyle(this.style(name), isDateValue);
      this.styleCache.set(key, style);
    }
    return style;
  }

  render(): void {
    this.columns();
    for (const table of this.sheet.tables ?? []) this.table(table);
    this.cells();
    for (const range of this.sheet.merges ?? []) this.ws.mergeCells(range);
    let priority = 1;
    for (const format of this.sheet.conditionalFormats ?? []) priority = this.conditionalFormat(format, priority);
    if (this.sheet.protection) {
      // ExcelJS's protect() salts with random bytes; its model is set directly to stay deterministic.
      (this.ws as unknown as { sheetProtection: unknown }).sheetProtection = protectionModel(this.sheet.protection, this.hashes);
    }
    this.print();
  }

  private columns(): void {
    this.sheet.columns.forEach((column, index) => {
      const target = this.ws.getColumn(index + 1);
      target.width = column.width;
      if (column.hidden) target.hidden = true;
      if (column.style) target.style = excelStyle(this.style(column.style));
    });
  }

  private cells(): void {
    this.sheet.rows.forEach((rowSpec, r) => {
      const row = this.ws.getRow(r + 1);
      if (rowSpec.height !== undefined) row.height = rowSpec.height;
      const width = drawnWidth(this.sheet, rowSpec);
      for (let c = 0; c < width; c += 1) {
        const { value } = cellParts(rowSpec.cells[c]);
        const styleName = effectiveStyleName(this.sheet, rowSpec, c);
        if (value === null && styleName === undefined) continue;
        const cell = row.getCell(c + 1);
        cell.value = excelValue(value);
        cell.style = this.excelStyleOf(styleName, value !== null && isDate(value)) as ExcelJS.Style;
      }
    });
  }

  /** An Excel table over spec cells: the header row names the columns, the rows below are its data. */
  private table(table: TableSpec): void {
    const [from, to] = table.ref.replace(/\$/g, '').split(':');
    const start = parseAddress(from);
    const end = parseAddress(to ?? from);
    const headers: string[] = [];
    for (let c = start.col0; c <= end.col0; c += 1) {
      const header = cellParts(this.sheet.rows[start.row0]?.cells[c]).value;
      const name = header === null ? '' : String(header).trim();
      if (!name || headers.includes(name)) throw new Error(`table ${table.name} needs distinct non-empty headers, got "${name}"`);
      headers.push(name);
    }
    const rows: ExcelJS.CellValue[][] = [];
    // A table needs at least one data row; a header-only ref gets one empty row, as Excel does.
    for (let r = start.row0 + 1; r <= Math.max(end.row0, start.row0 + 1); r += 1) {
      const cells = this.sheet.rows[r]?.cells ?? [];
      rows.push(headers.map((_, i) => excelValue(cellParts(cells[start.col0 + i]).value)));
    }
    this.ws.addTable({
      name: table.name,
      ref: from,
      headerRow: true,
      totalsRow: false,
      style: { theme: (table.style ?? DEFAULT_TABLE_STYLE) as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: table.filter ?? true })),
      rows,
    });
  }

  private conditionalFormat(format: ConditionalFormatSpec, firstPriority: number): number {
    let priority = firstPriority;
    const rules = format.rules.map((rule): ExcelJS.ConditionalFormattingRule => {
      if (rule.type === 'expression') {
        return { type: 'expression', priority: priority++, formulae: [rule.formula.replace(/^=/, '')], style: conditionalStyle(rule.style) };
      }
      // ExcelJS links the bar to an Excel 2010 extension by a random id; numberExtensionIds fixes it.
      return {
        type: 'dataBar',
        priority: priority++,
        cfvo: [{ type: 'min' }, { type: 'max' }],
        color: { argb: argb(rule.color) },
      } as unknown as ExcelJS.ConditionalFormattingRule;
    });
    this.ws.addConditionalFormatting({ ref: format.range.replace(/\$/g, ''), rules });
    return priority;
  }

  private print(): void {
    const print = this.sheet.print;
    if (!print) return;
    const setup: Partial<ExcelJS.PageSetup> = { orientation: print.orientation };
    if (print.paperSize !== undefined) setup.paperSize = print.paperSize as ExcelJS.PaperSize;
    if (print.fitToWidth !== undefined || print.fitToHeight !== undefined) {
      setup.fitToPage = true;
      setup.fitToWidth = print.fitToWidth ?? 1;
      setup.fitToHeight = print.fitToHeight ?? 0;
    }
    Object.assign(this.ws.pageSetup, setup);
    if (print.header !== undefined) this.ws.headerFooter.oddHeader = cleanText(print.header);
    if (print.footer !== undefined) this.ws.headerFooter.oddFooter = cleanText(print.footer);
  }
}

/** The sheetProtection model ExcelJS writes: true on formatColumns/sort/autoFilter means allowed. */
function protectionModel(protection: ProtectionSpec, hashes: PasswordHashes): Record<string, unknown> {
  const model: Record<string, unknown> = { sheet: true };
  if (protection.allowFormatColumns) model.formatColumns = true;
  if (protection.allowSort) model.sort = true;
  if (protection.allowFilter) model.autoFilter = true;
  if (protection.password) Object.assign(model, hashes.get(protection.password));
  return model;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

type Digest = (algorithm: 'SHA-256' | 'SHA-512', data: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> | Promise<Uint8Array<ArrayBuffer>>;

/** node:crypto where it exists (100,000 rounds take ~0.1 s), Web Crypto in the browser. */
async function digester(): Promise<Digest> {
  if (typeof process !== 'undefined' && process.versions?.node) {
    const { createHash } = await import('node:crypto');
    return (algorithm, data) => new Uint8Array(createHash(algorithm.replace('-', '').toLowerCase()).update(data).digest());
  }
  return async (algorithm, data) => new Uint8Array(await globalThis.crypto.subtle.digest(algorithm, data));
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const SPIN_COUNT = 100_000;

/**
 * The ECMA-376 agile hash of a sheet password. The salt is derived from the password so that the
 * same spec renders the same bytes; sheet protection is a guard against slips, not a secret.
 */
async function hashPassword(password: string): Promise<Record<string, unknown>> {
  const digest = await digester();
  const utf16 = new Uint8Array(password.length * 2);
  for (let i = 0; i < password.length; i += 1) {
    utf16[i * 2] = password.charCodeAt(i) & 0xff;
    utf16[i * 2 + 1] = password.charCodeAt(i) >> 8;
  }
  const salt = (await digest('SHA-256', concat(new TextEncoder().encode('duban-sheet:'), utf16))).slice(0, 16);
  let hash = await digest('SHA-512', concat(salt, utf16));
  const block = new Uint8Array(64 + 4);
  const view = new DataView(block.buffer);
  for (let i = 0; i < SPIN_COUNT; i += 1) {
    block.set(hash, 0);
    view.setUint32(64, i, true);
    hash = await digest('SHA-512', block);
  }
  return { algorithmName: 'SHA-512', hashValue: toBase64(hash), saltValue: toBase64(salt), spinCount: SPIN_COUNT };
}

/**
 * A memo of hashPassword, a pure function: distributing 60 returns protected by one password
 * hashes it once. Bounded so that a long-running task pane does not keep every password it saw.
 */
const hashMemo = new Map<string, Record<string, unknown>>();
const HASH_MEMO_SIZE = 8;

/** Password hashes computed before rendering (SHA-512 × 100,000 is async in the browser). */
async function hashPasswords(spec: WorkbookSpec): Promise<PasswordHashes> {
  const hashes = new Map<string, Record<string, unknown>>();
  for (const sheet of spec.sheets) {
    const password = sheet.protection?.password;
    if (!password || hashes.has(password)) continue;
    let hash = hashMemo.get(password);
    if (!hash) {
      hash = await hashPassword(password);
      if (hashMemo.size >= HASH_MEMO_SIZE) hashMemo.delete(hashMemo.keys().next().value as string);
      hashMemo.set(password, hash);
    }
    hashes.set(password, hash);
  }
  return hashes;
}

function parseDateTime(iso: string, field: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`spec.properties.${field} is not an ISO date-time: ${iso}`);
  return date;
}

/** The .xlsx bytes of a spec; the same spec always gives the same bytes. Runs in Node and browsers. */
export async function renderWorkbookBytes(input: WorkbookSpec): Promise<Uint8Array> {
  // Wrapped text needs taller rows: no spreadsheet program grows them when it opens the file.
  const spec = withRowHeights(input);
  const hashes = await hashPasswords(spec);
  const created = parseDateTime(spec.properties.created, 'created');
  const modified = parseDateTime(spec.properties.modified, 'modified');
  const wb = new ExcelJS.Workbook();
  wb.title = spec.properties.title;
  wb.creator = spec.properties.creator;
  wb.lastModifiedBy = spec.properties.creator;
  wb.created = created;
  wb.modified = modified;
  // Cached results may be stale by design (TODAY(), summaries): Excel and Calc recalculate on open.
  wb.calcProperties.fullCalcOnLoad = true;

  const edits = new Map<string, (text: string) => string>();
  const ids: number[] = [];
  spec.sheets.forEach((sheet) => {
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.state ?? 'visible',
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
      views: sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)
        ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
        : [],
    });
    new SheetRenderer(spec, sheet, ws, hashes).render();
    const validations = dataValidationsXml(sheet.validations ?? []);
    const breaks = sheet.print?.pageBreaksBefore ?? [];
    edits.set(`xl/worksheets/sheet${ws.id}.xml`, (xml) => insertRowBreaks(insertDataValidations(numberExtensionIds(xml), validations), breaks));
    ids.push(ws.id);
  });
  const charts = chartParts(spec.sheets, ids);
  for (const [name, edit] of charts.edits) {
    const before = edits.get(name);
    edits.set(name, before ? (xml) => edit(before(xml)) : edit);
  }
  const firstVisible = Math.max(0, spec.sheets.findIndex((sheet) => (sheet.state ?? 'visible') === 'visible'));
  wb.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: firstVisible, activeTab: firstVisible, visibility: 'visible' }];
  const names = definedNamesXml(spec.definedNames ?? [], spec.sheets);
  if (names) edits.set('xl/workbook.xml', (xml) => insertDefinedNames(xml, names));

  return writeDeterministic(wb, modified, edits, charts.upserts);
}

/** The .xlsx of a spec as a Node Buffer. */
export async function renderWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  return Buffer.from(await renderWorkbookBytes(spec));
}

/** Renders a spec and writes it to `path` (Node only). */
export async function writeWorkbook(spec: WorkbookSpec, path: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, await renderWorkbook(spec));
}
