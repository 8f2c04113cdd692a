/// <reference types="office-js" />
/**
 * Live validation: after each edit in the workbook, the edited cells are read and handed to the
 * caller, which validates them with the domain and shows the findings. Uses the workbook-wide
 * onChanged event where ExcelApi 1.9 exists, else one worksheet onChanged per sheet (ExcelApi 1.7).
 *
 * An edit may cover whole columns ("G:G"), whole rows ("3:3") or a paste of many thousand cells:
 * what is read is only its part inside the sheet's used range, and only when that part has at most
 * `maxCells` cells (one small request); a larger change is reported as tooLarge, for 校验.
 *
 * The pane's own writes are not the user's edits. Where ExcelApi 1.8 exists the renderer turns
 * events off while it writes (context.runtime.enableEvents), so they never arrive; elsewhere
 * OwnWrites ignores changes during a write and for a grace period after it.
 */
import { columnIndex, parseAddress } from '../domain/grid.js';
import { excelMessages } from '../domain/messages/index.js';
import { localAddress } from './read.js';
import { officeRequirementCheck, supports, type RequirementCheck } from './requirements.js';
import { gridValue } from './values.js';
import type { CellChange } from '../domain/spec/index.js';

export type { CellChange } from '../domain/spec/index.js';

export type ChangeHandler = (change: CellChange) => void | Promise<void>;

/** Runs a batch in a fresh request context (Excel.run by default). */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface LiveOptions {
  /** Only changes on these sheets are reported; every sheet when absent. */
  sheets?: readonly string[];
  /** Changes larger than this many cells (inside the used range) are reported as tooLarge (default 2,000). */
  maxCells?: number;
  run?: BatchRunner;
  isSetSupported?: RequirementCheck;
  /** Receives errors of reading a change (the handler's own errors too), instead of losing them. */
  onError?: (error: unknown) => void;
}

const MAX_ROW0 = 1_048_575;
const MAX_COL0 = 16_383;

/** An A1 range: "B3", "B3:D9", whole columns "G:G" / "A:C", whole rows "3:3"; 0-based and inclusive. */
export function rangeBox(address: string): { row0: number; col0: number; row1: number; col1: number } {
  const [from, to = from] = localAddress(address).split(':');
  if (/^[A-Z]+$/i.test(from) && /^[A-Z]+$/i.test(to)) {
    const [a, b] = [columnIndex(from), columnIndex(to)];
    return { row0: 0, row1: MAX_ROW0, col0: Math.min(a, b), col1: Math.max(a, b) };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const [a, b] = [Number(from) - 1, Number(to) - 1];
    return { row0: Math.min(a, b), row1: Math.max(a, b), col0: 0, col1: MAX_COL0 };
  }
  const start = parseAddress(from);
  const end = parseAddress(to);
  return {
    row0: Math.min(start.row0, end.row0),
    row1: Math.max(start.row0, end.row0),
    col0: Math.min(start.col0, end.col0),
    col1: Math.max(start.col0, end.col0),
  };
}

/** The number of cells of "B3:D9", "G:G" or "3:3". */
export function cellCount(address: string): number {
  const box = rangeBox(address);
  return (box.row1 - box.row0 + 1) * (box.col1 - box.col0 + 1);
}

function defaultRunner(): BatchRunner {
  return (batch) => Excel.run(batch);
}

/**
 * Tells the pane's own writes from the user's edits. Where ExcelApi 1.8 exists the renderer turns
 * events off around its writes, so every change that arrives is the user's; on ExcelApi 1.7 changes
 * are ignored while a write runs and for `graceMs` after it (Excel may report them late), which
 * also ignores the user's edits of that moment: 校验 still finds them.
 */
export class OwnWrites {
  private writing = 0;
  private quietUntil = 0;

  constructor(
    private readonly isSetSupported: RequirementCheck = officeRequirementCheck(),
    private readonly graceMs = 2000,
  ) {}

  /** Events are off during the pane's writes (ExcelApi 1.8), so no timer is needed. */
  get eventsSuspended(): boolean {
    return supports(this.isSetSupported, 'suspendEvents');
  }

  async around<T>(write: () => Promise<T>): Promise<T> {
    this.writing += 1;
    try {
      return await write();
    } finally {
      this.writing -= 1;
      if (!this.eventsSuspended) this.quietUntil = Date.now() + this.graceMs;
    }
  }

  /** True while a change may be the pane's own write rather than the user's edit. */
  get pending(): boolean {
    if (this.eventsSuspended) return false;
    return this.writing > 0 || Date.now() < this.quietUntil;
  }
}

/**
 * Starts live validation and resolves to a function that stops it. `handler` is called once per
 * user edit (changes made by other users in a shared workbook are left to 校验).
 */
export async function attachLiveValidation(
  context: Excel.RequestContext,
  handler: ChangeHandler,
  options: LiveOptions = {},
): Promise<() => Promise<void>> {
  const run = options.run ?? defaultRunner();
  const maxCells = options.maxCells ?? 2000;
  const check = options.isSetSupported ?? officeRequirementCheck();
  const watched = options.sheets?.map((name) => name.toLowerCase());

  const report = async (sheet: string, range: Excel.Range, address: string) => {
    const { row0, col0 } = rangeBox(address);
    const values = range.values.map((row, r) => row.map((value, c) => gridValue(value, range.numberFormat[r]?.[c])));
    await handler({ kind: 'cells', sheet, address, row0, col0, values });
  };

  const listener = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.changeType !== 'RangeEdited' || event.source !== 'Local') return;
    try {
      const address = localAddress(event.address);
      await run(async (context) => {
        // The sheet may be gone by now (the pane replaced it): nothing to check then.
        const sheet = context.workbook.worksheets.getItemOrNullObject(event.worksheetId);
        sheet.load('name');
        await context.sync();
        if (sheet.isNullObject || (watched && !watched.includes(sheet.name.toLowerCase()))) return;
        const cells = cellCount(address);
        if (cells <= maxCells) {
          // Small: read it at once.
          const range = sheet.getRange(address);
          range.load('values,numberFormat');
          await context.sync();
          await report(sheet.name, range, address);
          return;
        }
        // Large or whole rows/columns: only its part inside the used range, if that is small.
        const part = sheet.getRange(address).getIntersectionOrNullObject(sheet.getUsedRangeOrNullObject(true));
        part.load('address,cellCount');
        await context.sync();
        if (part.isNullObject) return;
        const inside = localAddress(part.address);
        if (part.cellCount > maxCells) {
          await handler({ kind: 'tooLarge', sheet: sheet.name, address: inside, cells: part.cellCount, message: excelMessages.liveTooLarge(inside, part.cellCount) });
          return;
        }
        part.load('values,numberFormat');
        await context.sync();
        await report(sheet.name, part, inside);
      });
    } catch (error) {
      options.onError?.(error);
    }
  };

  const registrations: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  if (supports(check, 'workbookOnChanged')) {
    registrations.push(context.workbook.worksheets.onChanged.add(listener));
  } else {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    for (const sheet of worksheets.items) {
      if (!watched || watched.includes(sheet.name.toLowerCase())) registrations.push(sheet.onChanged.add(listener));
    }
  }
  await context.sync();

  return async () => {
    for (const registration of registrations) registration.remove();
    if (registrations.length === 0) return;
    try {
      await registrations[0].context.sync();
    } catch (error) {
      // A sheet the pane replaced took its handler with it (ExcelApi 1.7's per-sheet events):
      // nothing is left to remove. Anything else is the caller's to hear about.
      const code = (error as { code?: string } | null)?.code;
      if (code !== 'ItemNotFound' && code !== 'InvalidObjectPath') throw error;
    }
  };
}
