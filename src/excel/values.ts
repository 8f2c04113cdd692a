/**
 * Cell values between the WorkbookSpec / Grid and Office.js. Writing goes through Range.formulas,
 * which, like typing, turns "=…" "+…" "-…" into formulas and "2023-05" or "5/1" into dates. Strings
 * that Excel would reinterpret are written with a leading apostrophe: Excel keeps the apostrophe as
 * the cell's prefix character, stores the rest as text, and returns the text without it on reading.
 */
import type { CellValue } from '../domain/grid.js';
import { isDate, isFormula, type SpecValue } from '../domain/spec/index.js';

/** The number format of date cells whose style names none (as the ExcelJS renderer writes them). */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

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

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** "2023-12-31" → 45291 (Excel's 1900 date system). */
export function isoToSerial(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return (Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - EXCEL_EPOCH) / DAY_MS;
}

/** 45291 → "2023-12-31"; the time of day is dropped. */
export function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
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
  if (isDate(value)) return isoToSerial(value.date);
  throw new Error(`unknown cell value: ${JSON.stringify(value)}`);
}

/**
 * True when a number format shows a date: it has a day, month or year code outside quoted text and
 * [colour]/[locale] brackets, and is not just an elapsed-time or General format.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  if (/[dy]/i.test(bare)) return true;
  // "m" alone is minutes after h or before s; a format with m but no h/s is a month.
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

/** An Office.js value as the Grid holds it: '' → null, date-formatted numbers → ISO dates. */
export function gridValue(value: unknown, numberFormat: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return isDateFormat(typeof numberFormat === 'string' ? numberFormat : null) ? serialToIso(value) : value;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}
