/**
 * How much work one file may cost the reader. Every file a unit sends back is read with these bounds:
 * what the zip may inflate to (each part and in total), how many cells and how large a grid the
 * sheets may become, how much a merged range may fill, and how long the read may take. A file over
 * a limit is refused with its own reason (「文件过大」「表格范围异常」「合并区域异常」「读取超时」),
 * never called damaged, and never allowed to take the run down with it.
 */
import { xlsxMessages } from '../domain/messages/index.js';

/** Excel's own sheet size: XFD1048576. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export interface ReadLimits {
  /** Bytes one zip part (a worksheet, the shared strings …) may inflate to. */
  partBytes: number;
  /** Bytes all the parts read from one file may inflate to together. */
  totalBytes: number;
  /** Cells holding a value, over all sheets read. */
  cells: number;
  /**
   * Cells the plain grids may span, over all sheets read: each row counts one, each row as many as
   * its last value's column, each merged range the cells it fills.
   */
  gridCells: number;
  /** Cells one merged range may fill (within the used area; larger merges are clipped to it first). */
  mergeCells: number;
  /** Milliseconds the read may take, checked as it goes (Infinity: no limit). */
  timeMs: number;
}

const MiB = 2 ** 20;

/**
 * Any workbook the user names (the master, a list to import or validate): Excel's own size and
 * amounts no machine-written list comes near, so only crafted or broken files meet them.
 */
export const WORKBOOK_LIMITS: ReadLimits = {
  // A 20,000-task master inflates to about 36 MiB in all.
  partBytes: 128 * MiB,
  totalBytes: 256 * MiB,
  cells: 8_000_000,
  gridCells: 16_000_000,
  mergeCells: 2_000_000,
  timeMs: Infinity,
};

/**
 * A returned form: a unit's rows of one list (a few hundred at most, even for a 20,000-task list
 * split over a hundred units: 800 rows × 8 columns) with four text columns. The bounds are over a
 * hundred times what a real return holds and still keep one file well inside a 256 MB heap.
 */
export const RETURN_LIMITS: ReadLimits = {
  // A part's text is one string: at 32 MiB no single allocation comes near the reading worker's heap
  // limit, which V8 can only enforce gracefully for allocations smaller than its last-moment slack.
  partBytes: 32 * MiB,
  totalBytes: 64 * MiB,
  cells: 500_000,
  // Below Excel's 1,048,576 rows: a stray value in the sheet's last row is named, not read as a
  // million-row return (which would cost seconds and hundreds of MB downstream for nothing).
  gridCells: 1_000_000,
  mergeCells: 200_000,
  timeMs: 8_000,
};

/** The largest returned file read at all (bytes on disk or dropped on the pane). */
export const RETURN_MAX_FILE_BYTES = 64 * MiB;

/** A file over one of the limits; `problem` is its reason for the user. */
export class LimitExceeded extends Error {
  constructor(readonly problem: string) {
    super(problem);
    this.name = 'LimitExceeded';
  }
}

export function megabytes(bytes: number): number {
  return Math.round(bytes / MiB);
}

/** What one read has spent so far against its limits. */
export class ReadBudget {
  private inflated = 0;
  private cellsStored = 0;
  private gridSpent = 0;
  private readonly deadline: number;

  constructor(
    readonly limits: ReadLimits,
    private readonly clock: () => number = Date.now,
  ) {
    this.deadline = clock() + limits.timeMs;
  }

  /** Bytes the next part may inflate to: the per-part limit or what is left of the total. */
  inflateAllowance(): number {
    return Math.max(0, Math.min(this.limits.partBytes, this.limits.totalBytes - this.inflated));
  }

  /** The limit a part that would not fit ran into, for the message. */
  inflateLimitBytes(): number {
    return this.limits.totalBytes - this.inflated < this.limits.partBytes ? this.limits.totalBytes : this.limits.partBytes;
  }

  spendInflated(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.totalBytes) throw new LimitExceeded(xlsxMessages.inflatedTooLarge(megabytes(this.limits.totalBytes)));
  }

  /** One more cell with a value; false when the workbook holds more than the limit. */
  spendCell(): boolean {
    this.cellsStored += 1;
    return this.cellsStored <= this.limits.cells;
  }

  /** Grid cells a sheet will span; false when the workbook's grids would be larger than the limit. */
  spendGrid(cells: number): boolean {
    this.gridSpent += cells;
    return this.gridSpent <= this.limits.gridCells;
  }

  /** Throws when the read has taken longer than its time limit. */
  checkTime(): void {
    if (this.clock() > this.deadline) throw new LimitExceeded(xlsxMessages.readTimeout(Math.round(this.limits.timeMs / 1000)));
  }
}
