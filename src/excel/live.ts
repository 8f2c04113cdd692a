/// <reference types="office-js" />
/**
 * Live validation: after each edit in the workbook, the edited cells are read (one sync) and handed
 * to the caller, which validates them with the domain and shows the findings. Uses the workbook-wide
 * onChanged event where ExcelApi 1.9 exists, else one worksheet onChanged per sheet (ExcelApi 1.7).
 */
import { parseAddress, type CellValue } from '../domain/grid.js';
import { excelMessages } from '../domain/messages/index.js';
import { localAddress } from './read.js';
import { officeRequirementCheck, supports, type RequirementCheck } from './requirements.js';
import { gridValue } from './values.js';

export type CellChange =
  | {
      kind: 'cells';
      sheet: string;
      /** "E7" or "E7:F9", without the sheet name. */
      address: string;
      /** Top-left cell of the change, 0-based. */
      row0: number;
      col0: number;
      values: CellValue[][];
    }
  /** More cells than live validation reads at once (a paste, a fill); `message` says to run 校验. */
  | { kind: 'tooLarge'; sheet: string; address: string; cells: number; message: string };

export type ChangeHandler = (change: CellChange) => void | Promise<void>;

/** Runs a batch in a fresh request context (Excel.run by default). */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface LiveOptions {
  /** Only changes on these sheets are reported; every sheet when absent. */
  sheets?: readonly string[];
  /** Changes larger than this many cells are reported as tooLarge (default 500). */
  maxCells?: number;
  run?: BatchRunner;
  isSetSupported?: RequirementCheck;
  /** Receives errors of reading a change (the handler's own errors too), instead of losing them. */
  onError?: (error: unknown) => void;
}

/** The number of cells of "B3:D9". */
export function cellCount(address: string): number {
  const [from, to] = address.split(':');
  const start = parseAddress(from);
  const end = parseAddress(to ?? from);
  return (Math.abs(end.row0 - start.row0) + 1) * (Math.abs(end.col0 - start.col0) + 1);
}

function defaultRunner(): BatchRunner {
  return (batch) => Excel.run(batch);
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
  const maxCells = options.maxCells ?? 500;
  const check = options.isSetSupported ?? officeRequirementCheck();

  const listener = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.changeType !== 'RangeEdited' || event.source !== 'Local') return;
    try {
      const address = localAddress(event.address);
      await run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(event.worksheetId);
        sheet.load('name');
        const cells = cellCount(address);
        const range = cells <= maxCells ? sheet.getRange(address) : undefined;
        range?.load('values,numberFormat');
        await ctx.sync();
        if (options.sheets && !options.sheets.includes(sheet.name)) return;
        if (!range) {
          await handler({ kind: 'tooLarge', sheet: sheet.name, address, cells, message: excelMessages.liveTooLarge(address, cells) });
          return;
        }
        const { row0, col0 } = parseAddress(address.split(':')[0]);
        const values = range.values.map((row, r) => row.map((value, c) => gridValue(value, range.numberFormat[r]?.[c])));
        await handler({ kind: 'cells', sheet: sheet.name, address, row0, col0, values });
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
      if (!options.sheets || options.sheets.includes(sheet.name)) registrations.push(sheet.onChanged.add(listener));
    }
  }
  await context.sync();

  return async () => {
    for (const registration of registrations) registration.remove();
    if (registrations.length > 0) await registrations[0].context.sync();
  };
}
