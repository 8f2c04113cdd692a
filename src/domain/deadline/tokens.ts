/**
 * The time expressions inside a deadline phrase (年底前, 6月底, 2023年6月30日, 三季度, 2024年 …), found
 * by scanning left to right. Each one resolves to a due date relative to the list's year, or to a
 * problem when it names a date that does not exist (13月, 2月30日).
 */
import { deadlineMessages } from '../messages/deadline.js';
import { smallNumber } from '../numerals.js';
import { daysInMonth, isoDate, monthEnd } from '../calendar.js';

/** What a time expression means: an ISO due date, or why no such date exists (2月30日). */
type Resolution = Dated | Impossible;
type Dated = { kind: 'due'; due: string };
type Impossible = { kind: 'impossible'; problem: string };

export type TimeToken = Resolution & {
  start: number;
  end: number;
  /** The matched characters, e.g. "10月底前". */
  text: string;
};

type Resolve = (match: RegExpExecArray, year: number) => Resolution;

interface Matcher {
  pattern: RegExp;
  resolve: Resolve;
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
/** 前 / 之前 / 以前 / 止 after a time expression: "by then". */
const BY = '(?:之前|以前|前|止)?';
/** An optional year in front: 2023年, 2023年度, 明年, 今年, 本年度, 次年, 当年. */
const YEAR = '(?:(\\d{4})年度?|(明年|今年|本年度?|次年|当年))?';
/** A year glued to a 年-word: 2023年底 = 2023 + 年底, 明年内 = 明 + 年内. */
const YEAR_GLUED = '(?:(\\d{4})|(明|今|本|次|当))?';

function yearOf(digits: string | undefined, relative: string | undefined, listYear: number): number {
  if (digits) return Number(digits);
  if (relative && /^[明次]/.test(relative)) return listYear + 1;
  return listYear;
}

function checkMonth(text: string): number | Impossible {
  const month = smallNumber(text);
  if (month === null || month < 1 || month > 12) return { kind: 'impossible', problem: deadlineMessages.noSuchMonth(text) };
  return month;
}

function dayDate(year: number, monthText: string, dayText: string): Resolution {
  const month = checkMonth(monthText);
  if (typeof month !== 'number') return month;
  const day = smallNumber(dayText);
  if (day === null || day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'impossible', problem: deadlineMessages.noSuchDay(year, month, dayText) };
  }
  return { kind: 'due', due: isoDate(year, month, day) };
}

const QUARTER_END: Record<string, number> = { 一: 3, 1: 3, 二: 6, 2: 6, 三: 9, 3: 9, 四: 12, 4: 12 };

/**
 * Tried in this order at every position that no digit precedes (scanTimes checks that, so the patterns
 * need no lookbehind, which Safari before 16.4 and Edge 18 cannot parse); the first that matches wins.
 */
const MATCHERS: readonly Matcher[] = [
  {
    // 2023-06-30, 2023.6.30, 2023/6/30
    pattern: new RegExp(`(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?:日|号)?${BY}`, 'y'),
    resolve: (m) => dayDate(Number(m[1]), m[3], m[4]),
  },
  {
    // 2023年6月30日前, 6月30日, 六月三十日
    pattern: new RegExp(`${YEAR}${NUM}月${NUM}(?:日|号)${BY}`, 'y'),
    resolve: (m, year) => dayDate(yearOf(m[1], m[2], year), m[3], m[4]),
  },
  {
    // 6月底前, 10月底, 6月份, 6月中旬, 2024年3月; a bare "6月前" is left out as ambiguous
    pattern: new RegExp(
      `${YEAR}${NUM}月(?:(上旬|中旬|下旬|底|末|份|内)${BY}|(?![前之以初中\\d一二三四五六七八九十]))`,
      'y',
    ),
    resolve: (m, listYear) => {
      const year = yearOf(m[1], m[2], listYear);
      const month = checkMonth(m[3]);
      if (typeof month !== 'number') return month;
      if (m[4] === '上旬') return { kind: 'due', due: isoDate(year, month, 10) };
      if (m[4] === '中旬') return { kind: 'due', due: isoDate(year, month, 20) };
      return { kind: 'due', due: monthEnd(year, month) };
    },
  },
  {
    // 年底前, 年内, 年末, 年中, 全年, 2023年底, 明年内
    pattern: new RegExp(`${YEAR_GLUED}(年底|年末|年内|年中(?!秋)|年度内|全年)${BY}`, 'y'),
    resolve: (m, listYear) => {
      const year = yearOf(m[1], m[2], listYear);
      return { kind: 'due', due: m[3] === '年中' ? isoDate(year, 6, 30) : isoDate(year, 12, 31) };
    },
  },
  {
    // 上半年, 下半年, 2023年上半年
    pattern: new RegExp(`${YEAR}(上半年|下半年)(?:末|底|内)?${BY}`, 'y'),
    resolve: (m, listYear) => {
      const year = yearOf(m[1], m[2], listYear);
      return { kind: 'due', due: m[3] === '上半年' ? isoDate(year, 6, 30) : isoDate(year, 12, 31) };
    },
  },
  {
    // 一季度, 第三季度末, 2023年四季度
    pattern: new RegExp(`${YEAR}第?([一二三四1-4])季度(?:末|底|内)?${BY}`, 'y'),
    resolve: (m, listYear) => {
      const year = yearOf(m[1], m[2], listYear);
      return { kind: 'due', due: monthEnd(year, QUARTER_END[m[3]]) };
    },
  },
  {
    // 2024年, 2023年度前: the whole year
    pattern: new RegExp(`(\\d{4})年度?${BY}(?![\\d一二三四五六七八九十上下第])`, 'y'),
    resolve: (m) => ({ kind: 'due', due: isoDate(Number(m[1]), 12, 31) }),
  },
];

/** Every character a time expression can start with; other positions are skipped without trying. */
const STARTS = new Set([...'0123456789一二两三四五六七八九十年上下第明今本次当全']);

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Every time expression of a segment, left to right, without overlaps. */
export function scanTimes(segment: string, listYear: number): TimeToken[] {
  const tokens: TimeToken[] = [];
  let position = 0;
  while (position < segment.length) {
    let matched: TimeToken | undefined;
    if (!STARTS.has(segment[position]) || isDigit(segment[position - 1])) {
      position += 1;
      continue;
    }
    for (const { pattern, resolve } of MATCHERS) {
      pattern.lastIndex = position;
      const match = pattern.exec(segment);
      if (!match) continue;
      const end = position + match[0].length;
      matched = { start: position, end, text: match[0], ...resolve(match, listYear) };
      break;
    }
    if (matched) {
      tokens.push(matched);
      position = matched.end;
    } else {
      position += 1;
    }
  }
  return tokens;
}
