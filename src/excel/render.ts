/// <reference types="office-js" />
/**
 * Renders a WorkbookSpec into the open workbook with one context.sync() per phase:
 *   1. probe    — which of the spec's sheets and names already exist;
 *   2. cells    — sheets, number formats, values and formulas, styles, widths, merges, panes
 *                 (split into several syncs only when a sheet exceeds `maxCellsPerSync`);
 *   3. features — tables, data validation, conditional formats, defined names, print setup;
 *   4. pivots   — PivotTables (ExcelApi 1.8), over the tables written in phase 3;
 *   5. finish   — protection, hidden sheets, the first sheet activated.
 * Features the running Excel lacks are listed in the result, never skipped silently.
 */
import { DubanError } from '../domain/errors.js';
import { columnLetter } from '../domain/grid.js';
import { excelMessages } from '../domain/messages/index.js';
import { throwIfCancelled, type OperationOptions } from '../domain/operation.js';
import { cellParts, DEFAULT_DATE_FORMAT, effectiveStyleName, isDate, namedStyle, withRowHeights, type SheetSpec, type WorkbookSpec } from '../domain/spec/index.js';
import { addConditionalFormat, addPivot, addTable, addValidation, applyPrint, applyProtection } from './features.js';
import { FEATURE_SETS, officeRequirementCheck, supports, type Feature, type RequirementCheck } from './requirements.js';
import { applyStyle, rectAddress, styleRects } from './styles.js';
import { formulaEntry } from './values.js';

export interface RenderOptions extends OperationOptions {
  /** Replace sheets of the same name that the workbook already has; otherwise a DubanError names them. */
  replaceExisting?: boolean;
  /** Which API sets the running Excel offers; defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: RequirementCheck;
  /** Cells written per sync at most (Excel limits a request's size); default 100,000. */
  maxCellsPerSync?: number;
}

export interface SkippedFeature {
  sheet: string;
  feature: Feature;
  /** The Chinese sentence shown to the user. */
  message: string;
}

export interface RenderResult {
  sheets: string[];
  syncs: number;
  skipped: SkippedFeature[];
}

const PHASES = 5;

/** The workbook already has sheets the spec would write; the caller may ask to replace them. */
export class SheetsExistError extends DubanError {
  constructor(readonly sheets: readonly string[]) {
    super(excelMessages.sheetsExist(sheets));
    this.name = 'SheetsExistError';
  }
}

/** ExcelJS column widths are in characters of the default font; Office.js wants points. */
export function widthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The number of columns of the block A1:… that holds every spec cell of the sheet (0 when empty). */
function blockWidth(sheet: SheetSpec): number {
  return sheet.rows.reduce((width, row) => Math.max(width, row.cells.length), 0);
}

/** The number-format and formula matrices of rows [from, to). */
function matrices(spec: WorkbookSpec, sheet: SheetSpec, from: number, to: number, width: number) {
  const formats: (string | null)[][] = [];
  const formulas: (string | number | boolean | null)[][] = [];
  for (let r = from; r < to; r += 1) {
    const row = sheet.rows[r];
    const formatRow: (string | null)[] = [];
    const formulaRow: (string | number | boolean | null)[] = [];
    for (let c = 0; c < width; c += 1) {
      const { value } = cellParts(row.cells[c]);
      const styleName = effectiveStyleName(sheet, row, c);
      const numFmt = styleName ? namedStyle(spec, sheet, styleName).numFmt : undefined;
      formatRow.push(numFmt ?? (value !== null && isDate(value) ? DEFAULT_DATE_FORMAT : null));
      formulaRow.push(formulaEntry(value));
    }
    formats.push(formatRow);
    formulas.push(formulaRow);
  }
  return { formats, formulas };
}

class Renderer {
  syncs = 0;
  readonly skipped: SkippedFeature[] = [];
  private readonly check: RequirementCheck;
  private readonly maxCells: number;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly spec: WorkbookSpec,
    private readonly options: RenderOptions,
  ) {
    this.check = options.isSetSupported ?? officeRequirementCheck();
    this.maxCells = options.maxCellsPerSync ?? 100_000;
  }

  private async sync(phase: keyof typeof excelMessages.phases): Promise<void> {
    this.syncs += 1;
    try {
      await this.context.sync();
    } catch (error) {
      throw new DubanError(excelMessages.phaseFailed(excelMessages.phases[phase], (error as Error).message ?? String(error)));
    }
  }

  private step(done: number, note: string): void {
    throwIfCancelled(this.options.signal);
    this.options.onProgress?.({ done, total: PHASES, note });
    throwIfCancelled(this.options.signal);
  }

  private can(feature: Feature, sheet: SheetSpec): boolean {
    if (supports(this.check, feature)) return true;
    const name = feature as keyof typeof excelMessages.features;
    this.skipped.push({ sheet: sheet.name, feature, message: excelMessages.unsupported(excelMessages.features[name], sheet.name, FEATURE_SETS[feature]) });
    return false;
  }

  async run(): Promise<RenderResult> {
    const { context, spec } = this;
    const sheets = context.workbook.worksheets;

    // 1. probe
    this.step(0, excelMessages.phases.probe);
    const existing = spec.sheets.map((sheet) => sheets.getItemOrNullObject(sheet.name));
    const names = (spec.definedNames ?? []).map((name) => context.workbook.names.getItemOrNullObject(name.name));
    for (const item of [...existing, ...names]) item.load('isNullObject');
    await this.sync('probe');
    const clashes = spec.sheets.filter((_, i) => !existing[i].isNullObject).map((sheet) => sheet.name);
    if (clashes.length > 0 && !this.options.replaceExisting) throw new SheetsExistError(clashes);

    // 2. cells: new sheets are added under temporary names while an old sheet of that name exists.
    this.step(1, excelMessages.phases.cells);
    const targets = spec.sheets.map((sheet, i) => sheets.add(existing[i].isNullObject ? sheet.name : `~duban${i}`));
    spec.sheets.forEach((sheet, i) => {
      if (!existing[i].isNullObject) {
        existing[i].delete();
        targets[i].name = sheet.name;
      }
    });
    names.forEach((name) => {
      if (!name.isNullObject) name.delete();
    });
    let cellsInBatch = 0;
    for (let i = 0; i < spec.sheets.length; i += 1) {
      const sheet = spec.sheets[i];
      const target = targets[i];
      if (sheet.tabColor) target.tabColor = `#${sheet.tabColor.replace(/^#/, '')}`;
      this.layout(sheet, target);
      const width = blockWidth(sheet);
      const rowsPerBatch = Math.max(1, Math.floor(this.maxCells / Math.max(width, 1)));
      for (let from = 0; from < sheet.rows.length && width > 0; from += rowsPerBatch) {
        const to = Math.min(sheet.rows.length, from + rowsPerBatch);
        if (cellsInBatch > 0 && cellsInBatch + (to - from) * width > this.maxCells) {
          await this.sync('cells');
          throwIfCancelled(this.options.signal);
          cellsInBatch = 0;
        }
        const { formats, formulas } = matrices(spec, sheet, from, to, width);
        const range = target.getRange(`A${from + 1}:${columnLetter(width - 1)}${to}`);
        range.numberFormat = formats;
        range.formulas = formulas;
        cellsInBatch += (to - from) * width;
      }
      this.styles(sheet, target);
      for (const merge of sheet.merges ?? []) target.getRange(merge.replace(/\$/g, '')).merge(false);
      if (sheet.freeze) this.freeze(sheet.freeze, target);
    }
    await this.sync('cells');

    // 3. features
    this.step(2, excelMessages.phases.features);
    for (let i = 0; i < spec.sheets.length; i += 1) {
      const sheet = spec.sheets[i];
      const target = targets[i];
      for (const table of sheet.tables ?? []) addTable(target, table);
      if ((sheet.validations ?? []).length > 0 && this.can('dataValidation', sheet)) {
        for (const validation of sheet.validations ?? []) addValidation(target, validation);
      }
      for (const format of sheet.conditionalFormats ?? []) addConditionalFormat(target, format);
      if (sheet.print && this.can('printSetup', sheet)) applyPrint(target, sheet.print);
    }
    for (const name of spec.definedNames ?? []) context.workbook.names.add(name.name, `=${name.ref.replace(/^=/, '')}`);
    await this.sync('features');

    // 4. pivots
    this.step(3, excelMessages.phases.pivots);
    const tableNames = new Set(spec.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name)));
    let pivots = 0;
    for (let i = 0; i < spec.sheets.length; i += 1) {
      const sheet = spec.sheets[i];
      if ((sheet.pivots ?? []).length === 0 || !this.can('pivotTables', sheet)) continue;
      for (const pivot of sheet.pivots ?? []) addPivot(context, targets[i], pivot, tableNames);
      pivots += 1;
    }
    if (pivots > 0) await this.sync('pivots');

    // 5. finish
    this.step(4, excelMessages.phases.finish);
    spec.sheets.forEach((sheet, i) => {
      if (sheet.protection) applyProtection(targets[i], sheet.protection);
      if (sheet.state === 'hidden') targets[i].visibility = 'Hidden';
      if (sheet.state === 'veryHidden') targets[i].visibility = 'VeryHidden';
    });
    const first = spec.sheets.findIndex((sheet) => (sheet.state ?? 'visible') === 'visible');
    if (first >= 0) targets[first].activate();
    await this.sync('finish');
    this.options.onProgress?.({ done: PHASES, total: PHASES });
    return { sheets: spec.sheets.map((sheet) => sheet.name), syncs: this.syncs, skipped: this.skipped };
  }

  private layout(sheet: SheetSpec, target: Excel.Worksheet): void {
    sheet.columns.forEach((column, c) => {
      const range = target.getRange(`${columnLetter(c)}:${columnLetter(c)}`);
      range.format.columnWidth = widthToPoints(column.width);
      if (column.hidden) range.columnHidden = true;
      if (column.style) applyStyle(range, namedStyle(this.spec, sheet, column.style), undefined, { rows: 2, columns: 1 });
    });
    sheet.rows.forEach((row, r) => {
      if (row.height !== undefined) target.getRange(`${r + 1}:${r + 1}`).format.rowHeight = row.height;
    });
  }

  private styles(sheet: SheetSpec, target: Excel.Worksheet): void {
    for (const rect of styleRects(sheet)) {
      const base = rect.base ? namedStyle(this.spec, sheet, rect.base) : undefined;
      const shape = { rows: rect.r1 - rect.r0 + 1, columns: rect.c1 - rect.c0 + 1 };
      applyStyle(target.getRange(rectAddress(rect)), namedStyle(this.spec, sheet, rect.style), base, shape);
    }
  }

  private freeze(freeze: { rows: number; columns: number }, target: Excel.Worksheet): void {
    if (freeze.rows > 0 && freeze.columns > 0) {
      target.freezePanes.freezeAt(target.getRange(`A1:${columnLetter(freeze.columns - 1)}${freeze.rows}`));
    } else if (freeze.rows > 0) {
      target.freezePanes.freezeRows(freeze.rows);
    } else if (freeze.columns > 0) {
      target.freezePanes.freezeColumns(freeze.columns);
    }
  }
}

/**
 * Writes `spec` into the workbook of `context`: its sheets are added (or, with replaceExisting,
 * replace sheets of the same name) and filled with a fixed number of context.sync() calls.
 */
export async function renderSpecToWorkbook(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  options: RenderOptions = {},
): Promise<RenderResult> {
  // The same row heights as the file writer: Excel does not grow rows for text it is given.
  return new Renderer(context, withRowHeights(spec), options).run();
}
