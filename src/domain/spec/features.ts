/**
 * What a renderer reports back about a workbook it wrote or watches, in terms every shell can show:
 * the features the running Excel could not set, and the cells a user changed.
 */
import type { CellValue } from '../grid.js';

/** Features a workbook may use that some Excel versions lack (each needs an ExcelApi set; see src/excel/requirements.ts). */
export type WorkbookFeature = 'dataValidation' | 'pivotTables' | 'suspendEvents' | 'printSetup' | 'workbookOnChanged' | 'mergedAreas';

export interface SkippedFeature {
  sheet: string;
  feature: WorkbookFeature;
  /** The Chinese sentence shown to the user. */
  message: string;
}

/** A change a user made in the open workbook, as live validation receives it. */
export type CellChange =
  | {
      kind: 'cells';
      sheet: string;
      /** "E7" or "E7:F9", without the sheet name: the part of the change that holds data. */
      address: string;
      /** Top-left cell of the change, 0-based. */
      row0: number;
      col0: number;
      values: CellValue[][];
    }
  /** More cells than live validation reads at once (a paste, a fill); `message` says to run 校验. */
  | { kind: 'tooLarge'; sheet: string; address: string; cells: number; message: string };
