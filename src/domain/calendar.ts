/**
 * Calendar arithmetic shared by deadlines and periods: days in a month, ISO dates.
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

/** YYYY-MM-DD: the form every date takes in the model, the specs and the CLI options. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date that names a day the calendar has (2023-02-30 does not). */
export function isExistingIsoDate(text: string): boolean {
  if (!ISO_DATE_PATTERN.test(text)) return false;
  const { year, month, day } = splitIso(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
