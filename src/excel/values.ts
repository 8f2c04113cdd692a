/**
 * Cell values between the WorkbookSpec / Grid and Office.js. Writing goes through Range.formulas,
 * which, like typing, turns "=…" "+…" "-…" into formulas and "2023-05" or "5/1" into dates. Strings
 * that Excel would reinterpret are written with a leading apostrophe: Excel keeps the apostrophe as
 * the cell's prefix character, stores the rest as text, and returns the text without it on reading.
 */
import type { CellValue } from '../domain/grid.js';
import { isDate, isFormula, isIsoDate, isoDateToSerial, numberFormatDateKind, serialToText, type SpecValue } from '../domain/spec/index.js';

/**
 * Strings Excel would not keep as typed: formulas (= + - @), its own escape ('), error literals (#),
 * anything starting with a digit (numbers, dates, times, fractions), currency and parentheses
 * (accounting negatives), and TRUE/FALSE.
 */
const REINTERPRETED = /^\s*(?:[=+\-@'#.,($¥￥%０-９\d]|(?:true|false)\s*$)/i;

export function needsTextGuard(text: string): boolean {
  return REINTERPRETED.test(text);
}

/** What a string cell is written as so that it stays exactly this text. */
export function textForExcel(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** A spec value as one entry of a Range.formulas matrix; null leaves the cell as it is. */
export function formulaEntry(value: SpecValue): string | number | boolean | null {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return textForExcel(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cell value is not a finite number: ${value}`);
    return value;
  }
  if (isFormula(value)) return `=${value.formula.replace(/^=/, '')}`;
  if (isDate(value)) {
    if (!isIsoDate(value.date)) throw new Error(`not an ISO date: ${value.date}`);
    return isoDateToSerial(value.date);
  }
  throw new Error(`unknown cell value: ${JSON.stringify(value)}`);
}

/**
 * An Office.js value as the Grid holds it, as the ExcelJS reader reads the same cell: '' → null,
 * date-formatted numbers → "2023-12-31", "2023-12-31 14:30:00" with a time, "14:30:00" for a time
 * of day (src/domain/spec/dates.ts). Dates count in the 1900 system: this reader does not look for a
 * workbook in the 1904 one.
 */
export function gridValue(value: unknown, numberFormat: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    const kind = typeof numberFormat === 'string' ? numberFormatDateKind(numberFormat) : undefined;
    return kind && value >= 0 ? serialToText(value, kind, false) : value;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}
