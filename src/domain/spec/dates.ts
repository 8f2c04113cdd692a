/**
 * Excel's date serial numbers ↔ ISO text: how a spec's date cell (or a cached formula result) is
 * stored in a workbook, which number formats show a number as a date, and how a stored date number
 * reads back into a Grid. Both adapters (ExcelJS and Office.js) read and write dates through here.
 * Pure arithmetic in UTC.
 */

import { ISO_DATE_PATTERN } from '../calendar.js';

/** What a date-formatted number shows: a calendar date (maybe with a time), or a time of day only. */
export type DateKind = 'date' | 'time';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** True for the ISO date form a spec's date cells hold: "2023-12-31". */
export function isIsoDate(text: string): boolean {
  return ISO_DATE_PATTERN.test(text);
}

/** "2023-12-31" → 45291, Excel's 1900 date system (valid from 1900-03-01). */
export function isoDateToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY_MS;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The text of a date cell: "2023-12-31", "2023-12-31 14:30:00" when a time is present, "14:30:00"
 * for a time of day. Excel's phantom 1900-02-29 (serial 60) is kept as Excel shows it.
 */
export function serialToText(serial: number, kind: DateKind, date1904: boolean): string {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds >= 86_400) {
    days += 1;
    seconds -= 86_400;
  }
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  if (kind === 'time' && days === 0) return time;
  let date: string;
  if (!date1904 && days === 60) {
    date = '1900-02-29';
  } else {
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : days < 60 ? Date.UTC(1899, 11, 31) : EXCEL_EPOCH;
    date = new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
  }
  return seconds === 0 ? date : `${date} ${time}`;
}

/**
 * What a number format code shows: 'date' for a calendar date (with or without a time), 'time' for
 * a time of day or an elapsed time only, undefined for everything else. Only the first section
 * counts; quoted text, escapes, colours and locale tags are ignored.
 */
export function numberFormatDateKind(code: string): DateKind | undefined {
  const section = code
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/General|G\/通用格式/gi, '');
  if (!/[ymdhs]/i.test(section)) return undefined;
  return /[yd]/i.test(section) || (/m/i.test(section) && !/[hs]/i.test(section)) ? 'date' : 'time';
}
