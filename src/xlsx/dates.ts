/**
 * Which number formats show a number as a date or time (the serial ↔ ISO arithmetic itself is
 * the domain's: src/domain/spec/dates.ts).
 */
import type { DateKind } from '../domain/spec/index.js';

/** Built-in format ids that are dates or times (27–36 and 50–58 are the CJK-locale date formats). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * 'date' when a format shows a calendar date (with or without a time), 'time' for a time of day
 * only, undefined for everything else. Quoted text, escapes, colours and locale tags are ignored.
 */
export function formatDateKind(id: number, code: string | undefined): DateKind | undefined {
  if (code === undefined) {
    if (!BUILTIN_DATE_IDS.has(id)) return undefined;
    return (id >= 18 && id <= 21) || (id >= 45 && id <= 47) ? 'time' : 'date';
  }
  const section = code
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/General|G\/通用格式/gi, '');
  if (!/[ymdhs]/i.test(section)) return undefined;
  return /[yd]/i.test(section) || (/m/i.test(section) && !/[hs]/i.test(section)) ? 'date' : 'time';
}
