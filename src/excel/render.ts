/// <reference types="office-js" />
/**
 * Renders a WorkbookSpec into the open workbook, all or nothing:
 *   1. probe    — the workbook's sheets, tables and the spec's defined names as they are;
 *   2. cells    — sheets of the same name are moved aside (renamed, with their tables), the new sheets
 *                 are added under their own names and filled: number formats, values and formulas,
 *                 styles, widths, heights, merges, panes;
 *   3. features — defined names, tables, data validation, conditional formats, charts, print setup;
 *   4. pivots   — PivotTables (ExcelApi 1.8), over the tables written in phase 3;
 *   5. finish   — protection, hidden sheets, the first sheet activated, and only then the old sheets
 *                 deleted (a VeryHidden one made Hidden first: Excel refuses to delete it).
 * Should anything fail (or the user cancel) before that last step, the new sheets are deleted, the
 * old ones get their names back and the old names are restored: the workbook is as it was, and the
 * DubanError says so. The old sheets are renamed rather than the new ones built under temporary
 * names because formulas, names and tables refer to sheets by name: a formula written into a new
 * sheet while the old sheet of that name exists would point at the old one and turn into #REF! when
 * it is deleted.
 *
 * Every request is planned against a byte budget (src/excel/budget.ts): phase 2 takes as many
 * syncs as the cells need, the others one each. Where ExcelApi 1.8 exists, events are off while the
 * pane writes (context.runtime.enableEvents), so live validation does not see the pane's own writes.
 * Features the running Excel lacks are listed in the result, never skipped silently.
 */
import { DubanError } from '../domain/errors.js';
import { excelMessages } from '../domain/messages/index.js';
import { CancelledError, throwIfCancelled, type OperationOptions } from '../domain/operation.js';
import { withRowHeights, type SheetSpec, type SkippedFeature, type WorkbookSpec } from '../domain/spec/index.js';
import { BUDGET_BYTES, COMMAND_BYTES, Cost, jsonBytes, OBJECT_BYTES, RequestBatch } from './budget.js';
import { addChart, addConditionalFormat, addPivot, addTable, addValidation, applyPrint, applyProtection } from './features.js';
import { FEATURE_SETS, officeRequirementCheck, supports, type RequirementCheck } from './requirements.js';
import { freezePanes, writeLayout, writeStyles, writeValues } from './cells.js';

export interface RenderOptions extends OperationOptions {
  /** Replace sheets of the same name that the workbook already has; otherwise a DubanError names them. */
  replaceExisting?: boolean;
  /**
   * A replacing sheet takes the place of the one it replaces in the tab row (a write of some of the
   * master's sheets: 审核 stays where it was). Otherwise the new sheets come after the others.
   */
  keepPlaces?: boolean;
  /** Which API sets the running Excel offers; defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: RequirementCheck;
  /** Estimated bytes one request may hold; default BUDGET_BYTES (4 MB, Excel on the web refuses 5 MB). */
  budgetBytes?: number;
}

export type { SkippedFeature } from '../domain/spec/index.js';

export interface RenderResult {
  sheets: string[];
  syncs: number;
  skipped: SkippedFeature[];
  /** The largest request sent, in estimated bytes. */
  largestRequest: number;
}

const PHASES = 5;
type Phase = keyof typeof excelMessages.phases;

/** Room kept for one group of layout, style or feature commands (each is estimated well below it). */
const SMALL_UNIT = 32 * 1024;

/** The workbook already has sheets the spec would write; the caller may ask to replace them. */
export class SheetsExistError extends DubanError {
  constructor(readonly sheets: readonly string[]) {
    super(excelMessages.sheetsExist(sheets), {}, 'sheetsExist');
    this.name = 'SheetsExistError';
  }
}

/** A message detail without its closing full stop (the sentence around it has its own). */
function detail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[。.]\s*$/, '');
}

/** A name for a moved-aside sheet: unused (whatever the case), at most 31 characters. */
function freeName(taken: Set<string>, make: (n: number) => string, max: number): string {
  for (let n = 1; ; n += 1) {
    const name = make(n).slice(0, max);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

interface Backup {
  id: string;
  original: string;
  visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
  /** Where the old sheet stood in the tab row (loaded with keepPlaces). */
  position: number;
  backup: string;
  sheet: Excel.Worksheet;
  tables: { table: Excel.Table; original: string; backup: string }[];
  /** The protection the sheet had when it is lifted to rename its tables (Excel refuses that on a protected sheet). */
  protection?: Excel.WorksheetProtectionOptions;
}

interface SavedName {
  item: Excel.NamedItem;
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

class Renderer {
  syncs = 0;
  readonly skipped: SkippedFeature[] = [];
  private readonly check: RequirementCheck;
  private readonly batch: RequestBatch;
  private phase: Phase = 'probe';
  /** Ids of every sheet the workbook had before; any other sheet of the spec's names is ours. */
  private before = new Set<string>();
  private backups: Backup[] = [];
  private saved: SavedName[] = [];
  private targets: Excel.Worksheet[] = [];
  /** Something was queued that changes the workbook. */
  private changed = false;
  /** enableEvents as it was, when this renderer turned events off. */
  private eventsWere: boolean | undefined;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly spec: WorkbookSpec,
    private readonly options: RenderOptions,
  ) {
    this.check = options.isSetSupported ?? officeRequirementCheck();
    this.batch = new RequestBatch(() => this.sync(), options.budgetBytes ?? BUDGET_BYTES);
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }

  /** Syncs what is queued; the end of a phase. */
  private async flush(): Promise<void> {
    if (this.batch.pending > 0) await this.batch.sync();
  }

  /** Queues a group of small commands, syncing first when the budget is near. */
  private async unit(queue: (cost: Cost) => void): Promise<void> {
    await this.batch.room(SMALL_UNIT);
    const cost = new Cost();
    queue(cost);
    this.batch.add(cost.bytes);
  }

  private step(done: number, phase: Phase): void {
    this.phase = phase;
    throwIfCancelled(this.options.signal);
    this.options.onProgress?.({ done, total: PHASES, note: excelMessages.phases[phase] });
    throwIfCancelled(this.options.signal);
  }

  /** A feature a sheet asks for, skipped (and said so) when the running Excel lacks it. */
  private can(feature: keyof typeof excelMessages.features, sheet: SheetSpec): boolean {
    if (supports(this.check, feature)) return true;
    this.skipped.push({ sheet: sheet.name, feature, message: excelMessages.unsupported(excelMessages.features[feature], sheet.name, FEATURE_SETS[feature]) });
    return false;
  }

  async run(): Promise<RenderResult> {
    try {
      await this.probe();
      await this.cells();
      await this.features();
      await this.pivots();
      await this.finish();
    } catch (error) {
      throw await this.failed(error);
    }
    this.options.onProgress?.({ done: PHASES, total: PHASES });
    return { sheets: this.spec.sheets.map((sheet) => sheet.name), syncs: this.syncs, skipped: this.skipped, largestRequest: this.batch.largest };
  }

  // 1. probe: what the workbook holds now. Nothing is changed.
  private async probe(): Promise<void> {
    const { context, spec } = this;
    this.step(0, 'probe');
    const worksheets = context.workbook.worksheets;
    worksheets.load(`items/name,items/id,items/visibility${this.options.keepPlaces ? ',items/position' : ''}`);
    const tables = context.workbook.tables;
    tables.load('items/name');
    const names = (spec.definedNames ?? []).map((name) => context.workbook.names.getItemOrNullObject(name.name));
    for (const name of names) name.load('name,formula,comment,visible');
    const runtime = supports(this.check, 'suspendEvents') ? context.runtime : undefined;
    runtime?.load('enableEvents');
    await this.sync();
    if (runtime) this.eventsWere = runtime.enableEvents;

    const existing = worksheets.items;
    this.before = new Set(existing.map((sheet) => sheet.id));
    const byName = new Map(existing.map((sheet) => [sheet.name.toLowerCase(), sheet]));
    const clashes = spec.sheets.filter((sheet) => byName.has(sheet.name.toLowerCase()));
    if (clashes.length > 0 && !this.options.replaceExisting) throw new SheetsExistError(clashes.map((sheet) => sheet.name));
    this.saved = names
      .filter((name) => !name.isNullObject)
      .map((item) => ({ item, name: item.name, formula: item.formula, comment: item.comment ?? '', visible: item.visible }));

    const old = clashes.map((sheet) => byName.get(sheet.name.toLowerCase())!);
    for (const sheet of old) {
      sheet.tables.load('items/name');
      sheet.protection.load('protected,options');
    }
    if (old.length > 0) await this.sync();

    const wanted = new Set(spec.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name.toLowerCase())));
    const oldTables = new Set(old.flatMap((sheet) => sheet.tables.items.map((table) => table.name.toLowerCase())));
    const taken = tables.items.map((table) => table.name).find((name) => wanted.has(name.toLowerCase()) && !oldTables.has(name.toLowerCase()));
    if (taken) throw new DubanError(excelMessages.tableNameTaken(taken));

    const sheetNames = new Set(existing.map((sheet) => sheet.name.toLowerCase()));
    for (const sheet of spec.sheets) sheetNames.add(sheet.name.toLowerCase());
    const tableNames = new Set([...tables.items.map((table) => table.name.toLowerCase()), ...wanted, ...this.saved.map((name) => name.name.toLowerCase())]);
    this.backups = old.map((sheet) => {
      const moved = sheet.tables.items
        .filter((table) => wanted.has(table.name.toLowerCase()))
        .map((table) => ({ table, original: table.name, backup: freeName(tableNames, (n) => `_原表${n}_${table.name}`, 255) }));
      return {
        id: sheet.id,
        original: sheet.name,
        visibility: sheet.visibility,
        position: this.options.keepPlaces ? sheet.position : -1,
        backup: freeName(sheetNames, (n) => `~原${n}-${sheet.name}`, 31),
        sheet,
        tables: moved,
        ...(moved.length > 0 && sheet.protection.protected ? { protection: sheet.protection.options } : {}),
      };
    });
  }

  // 2. cells: the old sheets move aside, the new ones are added and filled.
  private async cells(): Promise<void> {
    const { context, spec } = this;
    this.step(1, 'cells');
    this.changed = true;
    if (this.eventsWere !== undefined) context.runtime.enableEvents = false;
    for (const backup of this.backups) {
      backup.sheet.name = backup.backup;
      // A password the office set stops this unprotect: the write then fails and nothing changes.
      if (backup.protection) backup.sheet.protection.unprotect();
      for (const table of backup.tables) table.table.name = table.backup;
    }
    this.batch.add(
      OBJECT_BYTES +
        COMMAND_BYTES +
        this.backups.reduce(
          (sum, backup) => sum + 2 * OBJECT_BYTES + COMMAND_BYTES + jsonBytes([backup.original, backup.backup]) + backup.tables.length * (2 * OBJECT_BYTES + COMMAND_BYTES + 600),
          0,
        ),
    );
    // Every sheet exists before any formula is written, so references between them resolve.
    for (const sheet of spec.sheets) {
      await this.unit((cost) => {
        const target = cost.object(context.workbook.worksheets.add(sheet.name), sheet.name);
        cost.call(sheet.name);
        if (sheet.tabColor) target.tabColor = cost.set(`#${sheet.tabColor.replace(/^#/, '')}`);
        this.targets.push(target);
      });
    }
    for (let i = 0; i < spec.sheets.length; i += 1) {
      const sheet = spec.sheets[i];
      const target = this.targets[i];
      const sink = { batch: this.batch, unit: (queue: (cost: Cost) => void) => this.unit(queue), signal: this.options.signal };
      await writeLayout(sink, this.spec, sheet, target);
      await writeValues(sink, this.spec, sheet, target);
      await writeStyles(sink, this.spec, sheet, target);
      for (const merge of sheet.merges ?? []) {
        await this.unit((cost) => {
          const address = merge.replace(/\$/g, '');
          cost.object(target.getRange(address), address).merge(false);
          cost.call(false);
        });
      }
      const freeze = sheet.freeze;
      if (freeze) await this.unit((cost) => freezePanes(freeze, target, cost));
      throwIfCancelled(this.options.signal);
    }
    await this.flush();
  }

  // 3. features: names first (list sources refer to them), then tables, validation, formats, charts, print.
  private async features(): Promise<void> {
    const { context, spec } = this;
    this.step(2, 'features');
    for (const saved of this.saved) {
      await this.unit((cost) => {
        saved.item.delete();
        cost.call();
      });
    }
    for (const name of spec.definedNames ?? []) {
      await this.unit((cost) => {
        context.workbook.names.add(name.name, `=${name.ref.replace(/^=/, '')}`);
        cost.call(name.name, name.ref, null);
        cost.paths(1);
      });
    }
    for (let i = 0; i < spec.sheets.length; i += 1) {
      const sheet = spec.sheets[i];
      const target = this.targets[i];
      for (const table of sheet.tables ?? []) await this.unit((cost) => addTable(target, table, cost));
      if ((sheet.validations ?? []).length > 0 && this.can('dataValidation', sheet)) {
        for (const validation of sheet.validations ?? []) await this.unit((cost) => addValidation(target, validation, cost));
      }
      for (const format of sheet.conditionalFormats ?? []) await this.unit((cost) => addConditionalFormat(target, format, cost));
      for (const chart of sheet.charts ?? []) await this.unit((cost) => addChart(target, chart, cost));
      const print = sheet.print;
      if (print && this.can('printSetup', sheet)) await this.unit((cost) => applyPrint(target, print, cost));
    }
    await this.flush();
  }

  // 4. pivots
  private async pivots(): Promise<void> {
    const { context, spec } = this;
    this.step(3, 'pivots');
    const tableNames = new Set(spec.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name)));
    for (let i = 0; i < spec.sheets.length; i += 1) {
      const sheet = spec.sheets[i];
      if ((sheet.pivots ?? []).length === 0 || !this.can('pivotTables', sheet)) continue;
      for (const pivot of sheet.pivots ?? []) await this.unit((cost) => addPivot(context, this.targets[i], pivot, tableNames, cost));
    }
    await this.flush();
  }

  // 5. finish: protection, visibility, the first sheet shown; then the old sheets go.
  private async finish(): Promise<void> {
    const { spec } = this;
    this.step(4, 'finish');
    for (let i = 0; i < spec.sheets.length; i += 1) {
      const sheet = spec.sheets[i];
      const target = this.targets[i];
      const protection = sheet.protection;
      const hasPivots = (sheet.pivots ?? []).length > 0 && supports(this.check, 'pivotTables');
      await this.unit((cost) => {
        if (protection) applyProtection(target, protection, hasPivots, cost);
        if (sheet.state === 'hidden') target.visibility = cost.set('Hidden');
        if (sheet.state === 'veryHidden') target.visibility = cost.set('VeryHidden');
      });
    }
    if (this.options.keepPlaces) await this.unit((cost) => this.takePlaces(cost));
    const first = spec.sheets.findIndex((sheet) => (sheet.state ?? 'visible') === 'visible');
    await this.unit((cost) => {
      if (first >= 0) this.targets[first].activate();
      cost.call();
      // Up to here a failure undoes everything. The deletes come last in this request: Excel runs
      // a request's commands in order and stops at the first that fails.
      for (const backup of this.backups) {
        if (backup.visibility === 'VeryHidden') backup.sheet.visibility = cost.set('Hidden');
        backup.sheet.delete();
        cost.call();
      }
      if (this.eventsWere !== undefined) this.context.runtime.enableEvents = cost.set(this.eventsWere);
    });
    try {
      await this.flush();
    } catch (error) {
      // Nothing deleted yet: failed() undoes the rest. Else the new content is complete and the
      // way out is forward: delete what is left of the old sheets.
      if (this.backups.length === 0 || !(await this.oldSheetsGone())) throw error;
      this.forward = true;
      await this.cleanUp(error);
    }
  }

  /**
   * Each replacing sheet moves just before the sheet it replaces: the new sheets were added after
   * every old one, so the k-th old sheet from the left has been pushed k places right by the k
   * moved before it. Once the old sheets are deleted, each new one stands where its old one stood.
   */
  private takePlaces(cost: Cost): void {
    const byName = new Map(this.spec.sheets.map((sheet, i) => [sheet.name.toLowerCase(), this.targets[i]]));
    [...this.backups]
      .sort((a, b) => a.position - b.position)
      .forEach((backup, k) => {
        const target = byName.get(backup.original.toLowerCase());
        if (target) target.position = cost.set(backup.position + k);
      });
  }

  /** The last request deleted an old sheet before failing: there is no way back, only forward. */
  private forward = false;

  /** What the caller gets after a failure: the workbook restored and a message that says so. */
  private async failed(error: unknown): Promise<unknown> {
    const phase = excelMessages.phases[this.phase];
    if (!this.changed || this.forward) {
      if (error instanceof DubanError || error instanceof CancelledError) return error;
      return new DubanError(excelMessages.writeFailed(phase, detail(error)));
    }
    try {
      await this.rollback();
    } catch (undo) {
      return new DubanError(excelMessages.rollbackFailed(phase, detail(error), detail(undo), this.backups.map((backup) => backup.backup)));
    }
    if (error instanceof CancelledError) return error;
    return new DubanError(excelMessages.writeFailed(phase, detail(error)));
  }

  /** After a failure in the last request: whether some old sheet is deleted already. */
  private async oldSheetsGone(): Promise<boolean> {
    const worksheets = this.context.workbook.worksheets;
    worksheets.load('items/id');
    await this.sync();
    const ids = new Set(worksheets.items.map((sheet) => sheet.id));
    return this.backups.some((backup) => !ids.has(backup.id));
  }

  /** The new content is complete and an old sheet is gone: delete the other old ones, or say which are left. */
  private async cleanUp(error: unknown): Promise<void> {
    const worksheets = this.context.workbook.worksheets;
    worksheets.load('items/id,items/name,items/visibility');
    let left: string[] = this.backups.map((backup) => backup.backup);
    try {
      await this.sync();
      const remaining = worksheets.items.filter((sheet) => this.backups.some((backup) => backup.id === sheet.id));
      left = remaining.map((sheet) => sheet.name);
      for (const sheet of remaining) {
        if (sheet.visibility === 'VeryHidden') sheet.visibility = 'Hidden';
        sheet.delete();
      }
      if (this.eventsWere !== undefined) this.context.runtime.enableEvents = this.eventsWere;
      await this.sync();
    } catch (again) {
      throw new DubanError(excelMessages.cleanupFailed(left, detail(again ?? error)));
    }
  }

  /** Deletes what was added and gives the old sheets, tables and names back. */
  private async rollback(): Promise<void> {
    const { context, spec } = this;
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/id,items/visibility');
    const names = (spec.definedNames ?? []).map((name) => context.workbook.names.getItemOrNullObject(name.name));
    for (const name of names) name.load('name');
    for (const backup of this.backups) {
      if (backup.protection) backup.sheet.protection.load('protected');
      for (const table of backup.tables) table.table.load('name');
    }
    await this.sync();

    const ours = new Set(spec.sheets.map((sheet) => sheet.name.toLowerCase()));
    for (const sheet of worksheets.items) {
      if (this.before.has(sheet.id) || !ours.has(sheet.name.toLowerCase())) continue;
      if (sheet.visibility === 'VeryHidden') sheet.visibility = 'Hidden';
      sheet.delete();
    }
    for (const backup of this.backups) {
      const now = worksheets.items.find((sheet) => sheet.id === backup.id);
      if (now && now.name !== backup.original) now.name = backup.original;
      if (now && now.visibility !== backup.visibility) now.visibility = backup.visibility;
      // Renamed only where the rename happened: a table of a sheet still protected cannot be renamed.
      for (const table of backup.tables) if (table.table.name !== table.original) table.table.name = table.original;
      if (now && backup.protection && !backup.sheet.protection.protected) backup.sheet.protection.protect(backup.protection);
    }
    for (const name of names) if (!name.isNullObject) name.delete();
    for (const saved of this.saved) {
      const added = context.workbook.names.add(saved.name, saved.formula, saved.comment || undefined);
      if (!saved.visible) added.visible = false;
    }
    if (this.eventsWere !== undefined) context.runtime.enableEvents = this.eventsWere;
    await this.sync();
  }

}

/**
 * Writes `spec` into the workbook of `context`: its sheets are added (or, with replaceExisting,
 * replace sheets of the same name), all or nothing, in requests that stay under the byte budget.
 */
export async function renderSpecToWorkbook(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  options: RenderOptions = {},
): Promise<RenderResult> {
  // The same row heights as the file writer: Excel does not grow rows for text it is given.
  return new Renderer(context, withRowHeights(spec), options).run();
}
