/**
 * Calendar arithmetic for deadline phrases: days in a month, ISO dates, Chinese numerals.
 * Pure and clock-free: nothing here knows what day it is.
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2023-06-30" → { year: 2023, month: 6, day: 30 }. The caller guarantees ISO form. */
export function splitIso(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

/** The last day of the month, as an ISO date. */
export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * "6" → 6, "十二" → 12, "二十" → 20, "三十一" → 31. Returns NaN for anything else, so a caller can
 * report the phrase instead of guessing.
 */
export function parseSmallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return Number.NaN;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? DIGITS[tens] : Number.NaN;
  return (tens ? DIGITS[tens] : 1) * 10 + (ones ? DIGITS[ones] : 0);
}
