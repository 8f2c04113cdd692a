/// <reference types="office-js" />
/**
 * Reads the open workbook into the plain WorkbookGrid the domain parses: values and number formats
 * (so dates become ISO dates) and, where ExcelApi 1.13 exists, merged areas. Only the sheets asked
 * for are read, and each in blocks of rows whose responses stay under the byte budget (Excel on the
 * web refuses a response over 5 MB):
 *   1. the sheet list (names and visibility);
 *   2. each wanted sheet's used range (its address only);
 *   3. blocks of rows, several sheets per request: the first block of a sheet is small, the next
 *      ones grow from what the rows read so far measured (the largest row seen, a block at most
 *      GROWTH times the rows read), so a sheet of long texts cannot make one response too large;
 *      a response Excel still refuses for its size is asked again in halves.
 */
import { DubanError } from '../domain/errors.js';
import { columnLetter, fillMerges, parseAddress, type CellValue, type SheetGrid, type WorkbookGrid } from '../domain/grid.js';
import { excelMessages } from '../domain/messages/index.js';
import { BUDGET_BYTES, jsonBytes, RESULT_BYTES } from './budget.js';
import { officeRequirementCheck, supports, type RequirementCheck } from './requirements.js';
import { gridValue } from './values.js';

export interface ReadOptions {
  isSetSupported?: RequirementCheck;
  /** Read only these sheets (by name, whatever the case); all sheets when absent. */
  sheets?: readonly string[];
  /** Estimated bytes one response may hold; default BUDGET_BYTES. */
  budgetBytes?: number;
  /** Receives the bytes of each response's values as they are measured (for tests and the bench). */
  onResponse?: (bytes: number) => void;
}

const STATES: Record<string, SheetGrid['state']> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** Rows of a sheet's first block. */
const FIRST_ROWS = 2;
/** A block has at most this many times the rows read so far. */
const GROWTH = 16;
/** What a block is planned to fill of the budget: the largest row seen may still be exceeded. */
const FILL = 0.85;

/** "Sheet1!B3:D9" → "B3:D9". */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

/** "Sheet1!B3:D9" → its box, 0-based and inclusive. */
function boxOf(address: string): { row0: number; col0: number; row1: number; col1: number } {
  const [from, to] = localAddress(address).split(':');
  const start = parseAddress(from);
  const end = parseAddress(to ?? from);
  return { row0: start.row0, col0: start.col0, row1: end.row0, col1: end.col0 };
}

function gridRow(col0: number, values: unknown[], formats: unknown[] | undefined): CellValue[] {
  const cells: CellValue[] = Array.from({ length: col0 }, () => null);
  values.forEach((value, c) => cells.push(gridValue(value, formats?.[c])));
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

function trimRows(rows: CellValue[][]): void {
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
}

/** A response Excel refused for its size. */
function tooLarge(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

interface SheetRead {
  sheet: Excel.Worksheet;
  name: string;
  state: SheetGrid['state'];
  /** The used range: its first row and column and its size; undefined when the sheet is empty. */
  box?: { row0: number; col0: number; row1: number; col1: number };
  /** Rows of the used range read so far. */
  next: number;
  /** The most bytes one row's values and formats took. */
  rowBytes: number;
  /** Rows a block may have at most (after a refused response). */
  cap: number;
  rows: CellValue[][];
  merges: string[];
}

interface Block {
  read: SheetRead;
  from: number;
  to: number;
  range: Excel.Range;
}

class Reader {
  private readonly budget: number;
  private readonly withMerges: boolean;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: ReadOptions,
  ) {
    this.budget = options.budgetBytes ?? BUDGET_BYTES;
    this.withMerges = supports(options.isSetSupported ?? officeRequirementCheck(), 'mergedAreas');
  }

  async run(): Promise<WorkbookGrid> {
    const { context, options } = this;
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await context.sync();
    const wanted = options.sheets?.map((name) => name.toLowerCase());
    const reads: SheetRead[] = worksheets.items
      .filter((sheet) => !wanted || wanted.includes(sheet.name.toLowerCase()))
      .map((sheet) => ({ sheet, name: sheet.name, state: STATES[sheet.visibility] ?? 'visible', next: 0, rowBytes: 0, cap: Infinity, rows: [], merges: [] }));
    if (reads.length === 0) return { sheets: [] };

    const used = reads.map((read) => {
      const range = read.sheet.getUsedRangeOrNullObject(true);
      range.load('address');
      return range;
    });
    await context.sync();
    reads.forEach((read, i) => {
      if (!used[i].isNullObject) read.box = boxOf(used[i].address);
    });

    let mergesRead = !this.withMerges;
    for (;;) {
      const blocks = this.plan(reads);
      const merges = mergesRead ? [] : this.queueMerges(reads);
      if (blocks.length === 0 && merges.length === 0) break;
      try {
        // One request per round is the point: each round is planned to stay under the byte budget.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!tooLarge(error)) throw error;
        this.shrink(blocks);
        continue;
      }
      mergesRead = true;
      for (const block of blocks) this.take(block);
      for (const { read, areas } of merges) {
        if (!areas.isNullObject) read.merges = areas.areas.items.map((area) => localAddress(area.address));
      }
    }
    return {
      sheets: reads.map((read): SheetGrid => {
        trimRows(read.rows);
        fillMerges(read.rows, read.merges);
        return { name: read.name, state: read.state, rows: read.rows, merges: read.merges };
      }),
    };
  }

  /** The next blocks of rows, as many sheets as fit into one response. */
  private plan(reads: SheetRead[]): Block[] {
    const blocks: Block[] = [];
    let planned = 0;
    for (const read of reads) {
      if (!read.box) continue;
      const total = read.box.row1 - read.box.row0 + 1;
      if (read.next >= total) continue;
      const columns = read.box.col1 - read.box.col0 + 1;
      // Before any row is measured, a row is assumed to be as large as it is wide in cells of 256 bytes.
      const perRow = RESULT_BYTES / 8 + Math.max(read.rowBytes, read.next === 0 ? columns * 256 : 1);
      const room = Math.floor((this.budget * FILL - planned - RESULT_BYTES) / perRow);
      const grow = read.next === 0 ? FIRST_ROWS : read.next * GROWTH;
      const rows = Math.min(total - read.next, grow, read.cap, Math.max(room, 0));
      // No room left: the next request. A single row larger than the budget goes alone.
      if (rows < 1 && blocks.length > 0) break;
      const count = Math.max(rows, 1);
      const from = read.next;
      const to = from + count;
      const address = `${columnLetter(read.box.col0)}${read.box.row0 + from + 1}:${columnLetter(read.box.col1)}${read.box.row0 + to}`;
      const range = read.sheet.getRange(address);
      range.load('values,numberFormat');
      blocks.push({ read, from, to, range });
      planned += RESULT_BYTES + count * perRow;
      if (this.solo) break;
    }
    this.solo = false;
    return blocks;
  }

  private queueMerges(reads: SheetRead[]) {
    return reads
      .filter((read) => read.box)
      .map((read) => {
        const box = read.box!;
        const address = `${columnLetter(box.col0)}${box.row0 + 1}:${columnLetter(box.col1)}${box.row1 + 1}`;
        const areas = read.sheet.getRange(address).getMergedAreasOrNullObject();
        areas.load('areas/items/address');
        return { read, areas };
      });
  }

  /** The next request carries one block only (after a refused response of several). */
  private solo = false;

  /** A refused response: asked again block by block, each with half the rows. */
  private shrink(blocks: Block[]): void {
    if (blocks.length === 1 && blocks[0].to - blocks[0].from <= 1) {
      const { read, from } = blocks[0];
      throw new DubanError(excelMessages.rowTooLarge(read.name, read.box!.row0 + from + 1));
    }
    this.solo = blocks.length > 1;
    for (const { read, from, to } of blocks) read.cap = Math.max(1, Math.floor((to - from) / 2));
  }

  private take({ read, from, range }: Block): void {
    const box = read.box!;
    const values = range.values;
    const formats = range.numberFormat;
    let bytes = RESULT_BYTES;
    values.forEach((row, r) => {
      // The JSON of the values and formats, and a tenth more for how the response wraps them.
      const rowBytes = Math.ceil((jsonBytes(row) + jsonBytes(formats[r]) + 2) * 1.1);
      bytes += rowBytes;
      read.rowBytes = Math.max(read.rowBytes, rowBytes);
      read.rows[box.row0 + from + r] = gridRow(box.col0, row, formats[r]);
    });
    for (let r = 0; r < box.row0; r += 1) read.rows[r] ??= [];
    read.next = from + values.length;
    this.options.onResponse?.(bytes);
  }
}

export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookGrid> {
  try {
    return await new Reader(context, options).run();
  } catch (error) {
    if (error instanceof DubanError) throw error;
    throw new DubanError(excelMessages.readFailed((error as Error).message ?? String(error)));
  }
}
