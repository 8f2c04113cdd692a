/**
 * A replacement for a deadline that names a day its month does not have (2023年2月30日 → 2月28日,
 * 4月31日 → 4月30日): the month's last day, which is what such a typo almost always meant.
 * A month that does not exist (13月) has no safe replacement.
 */
import { daysInMonth } from '../calendar.js';
import { smallNumber } from '../numerals.js';

const DAY_IN_TEXT = /(?:(\d{4})\s*年\s*)?([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*[日号]/g;
const DAY_IN_DIGITS = /(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})/g;

function lastDayIfImpossible(year: number, monthText: string, dayText: string): number | null {
  const month = smallNumber(monthText);
  const day = smallNumber(dayText);
  if (month === null || day === null || month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  return day > last ? last : null;
}

/** The text with each impossible day replaced by its month's last day, or null when nothing could be mended. */
export function possibleDateText(text: string, listYear: number): string | null {
  let mended = false;
  const fix = (whole: string, year: number, monthText: string, dayText: string, rebuild: (day: number) => string) => {
    const last = lastDayIfImpossible(year, monthText, dayText);
    if (last === null) return whole;
    mended = true;
    return rebuild(last);
  };
  const result = text
    .replace(DAY_IN_TEXT, (whole, year: string | undefined, month: string, day: string) =>
      fix(whole, year ? Number(year) : listYear, month, day, (last) => whole.replace(new RegExp(`${day}(\\s*[日号])$`), `${last}$1`)),
    )
    .replace(DAY_IN_DIGITS, (whole, year: string, sep: string, month: string, day: string) =>
      fix(whole, Number(year), month, day, (last) => `${year}${sep}${month}${sep}${last}`),
    );
  return mended ? result : null;
}
