/**
 * Reporting periods: 2023Q1 (quarter), 2023-05 (month), 2023H1 (half year), 2023 (year).
 * One period type for the whole product: parsing, labels and date bounds live here.
 */
import { daysInMonth } from '../calendar.js';
import { DubanError } from '../errors.js';
import { returnCliMessages } from '../messages/returns.js';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  /** Canonical code: 2023Q1, 2023-05, 2023H1, 2023. */
  code: string;
  kind: PeriodKind;
  year: number;
  /** 1-based: month 1–12, quarter 1–4, half 1–2, year 1. */
  index: number;
  /** First and last day, ISO dates. */
  start: string;
  end: string;
  /** 2023年第一季度, 2023年5月, 2023年上半年, 2023年. */
  label: string;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthSpan(year: number, firstMonth: number, lastMonth: number) {
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}` };
}

function make(kind: PeriodKind, year: number, index: number): Period {
  switch (kind) {
    case 'month':
      return { code: `${year}-${pad(index)}`, kind, year, index, ...monthSpan(year, index, index), label: `${year}年${index}月` };
    case 'quarter':
      return {
        code: `${year}Q${index}`, kind, year, index, ...monthSpan(year, index * 3 - 2, index * 3),
        label: `${year}年第${QUARTER_NAMES[index - 1]}季度`,
      };
    case 'half':
      return {
        code: `${year}H${index}`, kind, year, index, ...monthSpan(year, index * 6 - 5, index * 6),
        label: `${year}年${index === 1 ? '上' : '下'}半年`,
      };
    case 'year':
      return { code: `${year}`, kind, year, index: 1, ...monthSpan(year, 1, 12), label: `${year}年` };
  }
}

const QUARTER_WORDS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Parses a period code or its Chinese label (2023Q1, 2023q1, 2023-5, 2023-05, 2023H1, 2023,
 * 2023年第一季度, 2023年一季度, 2023年5月, 2023年上半年, 2023年). Null when it is none of these.
 */
export function parsePeriod(input: string): Period | null {
  const text = input.trim().replace(/\s+/g, '');
  let m = /^(\d{4})[Qq]([1-4])$/.exec(text);
  if (m) return make('quarter', Number(m[1]), Number(m[2]));
  m = /^(\d{4})[-./]?(\d{1,2})$/.exec(text);
  if (m && text.length > 4) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? make('month', Number(m[1]), month) : null;
  }
  m = /^(\d{4})[Hh]([12])$/.exec(text);
  if (m) return make('half', Number(m[1]), Number(m[2]));
  m = /^(\d{4})年?$/.exec(text);
  if (m) return make('year', Number(m[1]), 1);
  m = /^(\d{4})年第?([一二三四1-4])季度$/.exec(text);
  if (m) return make('quarter', Number(m[1]), QUARTER_WORDS[m[2]]);
  m = /^(\d{4})年(\d{1,2})月(份)?$/.exec(text);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? make('month', Number(m[1]), month) : null;
  }
  m = /^(\d{4})年([上下])半年$/.exec(text);
  if (m) return make('half', Number(m[1]), m[2] === '上' ? 1 : 2);
  return null;
}

/** A period the user gave (a code or a label), parsed; one that is none is a DubanError with the forms to write. */
export function readPeriod(input: string): Period {
  const period = parsePeriod(input);
  if (!period) throw new DubanError(returnCliMessages.badPeriod(input));
  return period;
}

/** The periods of one kind that make up a year, in order (the choices of a period selector). */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  const count = { month: 12, quarter: 4, half: 2, year: 1 }[kind];
  return Array.from({ length: count }, (_, i) => make(kind, year, i + 1));
}

/** Orders periods by their end date, then by length (a quarter before the half-year ending with it). */
export function comparePeriods(a: Period, b: Period): number {
  return a.end.localeCompare(b.end) || b.start.localeCompare(a.start);
}
