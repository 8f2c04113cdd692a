/// <reference types="office-js" />
/**
 * Where the master workbook lives while the pane works on it: the workbook open in Excel (through
 * src/excel), or — in standalone mode, the same page in a plain browser — an in-memory workbook
 * that is offered as a download whenever it changes.
 */
import { xlsxModule, XLSX_MIME, type MasterStore, type WatchedStore, type WriteOptions, type WriteOutcome } from '../app/index.js';
import type { WorkbookGrid } from '../domain/grid.js';
import { gridOfSpec } from '../domain/master/index.js';
import type { WorkbookSpec } from '../domain/spec/index.js';
import {
  attachLiveValidation,
  OwnWrites,
  readWorkbookGrid,
  renderSpecToWorkbook,
  type BatchRunner,
  type ChangeHandler,
  type RequirementCheck,
} from '../excel/index.js';

export { XLSX_MIME, type Download } from '../app/index.js';

/** Where the pane's master lives: the open workbook, or the standalone in-memory file. */
export type Workspace = ExcelWorkspace | StandaloneWorkspace;

/** Without ExcelApi 1.8, Excel still reports the pane's writes as edits for a moment after them. */
const OWN_WRITE_GRACE_MS = 2000;

export class ExcelWorkspace implements WatchedStore {
  readonly kind = 'excel';
  private readonly own: OwnWrites;

  constructor(
    private readonly run: BatchRunner = (batch) => Excel.run(batch),
    private readonly isSetSupported?: RequirementCheck,
    ownWriteGraceMs = OWN_WRITE_GRACE_MS,
  ) {
    this.own = new OwnWrites(isSetSupported, ownWriteGraceMs);
  }

  readMaster(sheets?: readonly string[]): Promise<WorkbookGrid> {
    return this.run((context) => readWorkbookGrid(context, { sheets, isSetSupported: this.isSetSupported }));
  }

  writeMaster(spec: WorkbookSpec, options: WriteOptions): Promise<WriteOutcome> {
    return this.render(spec, { ...options, keepPlaces: false });
  }

  /** Some of the master's sheets (审核, 办结销号) replaced where they stand; the rest of the workbook stays. */
  replaceSheets(spec: WorkbookSpec, options: WriteOptions): Promise<WriteOutcome> {
    return this.render(spec, { ...options, replaceExisting: true, keepPlaces: true });
  }

  private async render(spec: WorkbookSpec, options: WriteOptions & { keepPlaces: boolean }): Promise<WriteOutcome> {
    const result = await this.own.around(() => this.run((context) => renderSpecToWorkbook(context, spec, { ...options, isSetSupported: this.isSetSupported })));
    return { skipped: result.skipped };
  }

  /**
   * Live validation of user edits on the named sheets (the pane's own writes are not reported);
   * resolves to the function that stops it.
   */
  watch(sheets: readonly string[], handler: ChangeHandler, onError: (error: unknown) => void): Promise<() => Promise<void>> {
    const userEdits: ChangeHandler = (change) => (this.own.pending ? undefined : handler(change));
    return this.run((context) => attachLiveValidation(context, userEdits, { sheets, run: this.run, isSetSupported: this.isSetSupported, onError }));
  }
}

export class StandaloneWorkspace implements MasterStore {
  readonly kind = 'standalone';
  private grid: WorkbookGrid | null = null;
  private fileName = '';

  get hasMaster(): boolean {
    return this.grid !== null;
  }

  get currentFileName(): string {
    return this.fileName;
  }

  /** Makes a workbook the user opened (already read and checked) the current master. */
  adopt(fileName: string, grid: WorkbookGrid): void {
    this.grid = grid;
    this.fileName = fileName;
  }

  async readMaster(sheets?: readonly string[]): Promise<WorkbookGrid> {
    if (!this.grid) return { sheets: [] };
    return sheets ? { ...this.grid, sheets: this.grid.sheets.filter((sheet) => sheets.includes(sheet.name)) } : this.grid;
  }

  async writeMaster(spec: WorkbookSpec, options: WriteOptions): Promise<WriteOutcome> {
    options.onProgress?.({ done: 0, total: 1, note: options.fileName });
    // ExcelJS is loaded on first use (its own chunk; see operations.ts).
    const { renderWorkbookBytes } = await xlsxModule();
    const bytes = await renderWorkbookBytes(spec);
    this.grid = gridOfSpec(spec);
    this.fileName = options.fileName;
    options.onProgress?.({ done: 1, total: 1, note: options.fileName });
    return { skipped: [], download: { fileName: options.fileName, bytes, mime: XLSX_MIME } };
  }
}
