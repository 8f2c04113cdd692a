/**
 * The readers of what a user types, shared by the CLI's options and the pane's fields: one reading
 * of a year, a period and a date, with one wording for each mistake.
 */
import { ISO_DATE_PATTERN, isExistingIsoDate } from '../domain/calendar.js';
import { DubanError } from '../domain/errors.js';
import { appMessages, commonMessages, masterMessages } from '../domain/messages/index.js';
import { parsePeriod, readPeriod, type Period } from '../domain/period/index.js';

/** 清单年份 / --year: four digits; blank or absent: undefined (the list's own year is used). */
export function readYear(text: string | undefined): number | undefined {
  const year = text?.trim() ?? '';
  if (year === '') return undefined;
  if (!/^\d{4}$/.test(year)) throw new DubanError(appMessages.badYear(text ?? ''));
  return Number(year);
}

/** 报送期次 / --period: the period (2023年第一季度 → 2023Q1); undefined when not given. */
export function readPeriodText(text: string | undefined): Period | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return readPeriod(text);
}

/** A date (--date, --today): an ISO date that exists; undefined when not given. 2023-02-30 is called impossible, not badly written. */
export function readDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const date = text.trim();
  if (ISO_DATE_PATTERN.test(date) && !isExistingIsoDate(date)) throw new DubanError(masterMessages.impossibleDate(date));
  if (!isExistingIsoDate(date)) throw new DubanError(masterMessages.badDate(text));
  return date;
}

/** A period that does not overlap the list's year is most likely a typo: the warning to show, or null. */
export function periodOutsideYear(period: Period | string | undefined, year: number): string | null {
  const parsed = typeof period === 'string' ? parsePeriod(period) : period;
  if (!parsed) return null;
  return parsed.end < `${year}-01-01` || parsed.start > `${year}-12-31` ? commonMessages.periodOutsideYear(parsed.label, year) : null;
}

/** The warnings of a use case run for a period of a list of `year`. */
export function warningsOf(period: Period | string | undefined, year: number): string[] {
  const warning = periodOutsideYear(period, year);
  return warning ? [warning] : [];
}
