/**
 * Which number formats of a .xlsx file show a number as a date or time: the built-in format ids
 * here, the format codes and the serial ↔ ISO arithmetic in the domain (src/domain/spec/dates.ts).
 */
import { numberFormatDateKind, type DateKind } from '../domain/spec/index.js';

/** Built-in format ids that are dates or times (27–36 and 50–58 are the CJK-locale date formats). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * 'date' when a format shows a calendar date (with or without a time), 'time' for a time of day
 * only, undefined for everything else; a built-in id is read without a code.
 */
export function formatDateKind(id: number, code: string | undefined): DateKind | undefined {
  if (code !== undefined) return numberFormatDateKind(code);
  if (!BUILTIN_DATE_IDS.has(id)) return undefined;
  return (id >= 18 && id <= 21) || (id >= 45 && id <= 47) ? 'time' : 'date';
}
