/**
 * Which number formats show a number as a date or time, and Excel serial numbers ↔ ISO text.
 */

/** Built-in format ids that are dates or times (27–36 and 50–58 are the CJK-locale date formats). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export type DateKind = 'date' | 'time';

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

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

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
