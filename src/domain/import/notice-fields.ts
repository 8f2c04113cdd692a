/**
 * How one cell of a responsibility table becomes task fields: the category and its number, the
 * content, the deadline phrase, the leaders and the units with their roles. Shared by every importer
 * so that a cell means the same thing whichever format it came from.
 */
import type { UnitRole } from '../model/index.js';
import { isGroupName } from '../units/groups.js';

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99; null for anything else. */
export function chineseNumber(text: string): number | null {
  const match = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, units] = match;
  if (ten === '') return tens !== '' && units === '' ? DIGITS[tens] : null;
  return (tens === '' ? 1 : DIGITS[tens]) * 10 + (units === '' ? 0 : DIGITS[units]);
}

/** "2023" or "二〇二三" → 2023 (a year written digit by digit). */
function yearNumber(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九]{4}$/.test(text)) return null;
  return [...text].reduce((n, ch) => n * 10 + DIGITS[ch], 0);
}

function smallNumber(text: string): number | null {
  return /^\d{1,2}$/.test(text) ? Number(text) : chineseNumber(text);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** An ISO date from its parts, or null when the parts are not a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUM = '\\d{1,2}|[一二三四五六七八九十]{1,3}';
const FULL_DATE = new RegExp(`^[（(]?\\s*(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日\\s*[）)]?$`);

/** A line that is nothing but a date ("2023年2月10日", "二〇二三年二月十日", "（2023 年1 月6 日）"). */
export function standaloneDate(line: string): string | null {
  const match = FULL_DATE.exec(line.trim());
  if (!match) return null;
  const year = yearNumber(match[1]);
  const month = smallNumber(match[2]);
  const day = smallNumber(match[3]);
  return year === null || month === null || day === null ? null : isoDate(year, month, day);
}

/** Every "[YYYY年]M月D日" in a sentence, a missing year taken from the previous date (or `year`). */
export function datesIn(sentence: string, year: number): string[] {
  const dates: string[] = [];
  let current = year;
  for (const match of sentence.matchAll(/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) {
    if (match[1]) current = Number(match[1]);
    const date = isoDate(current, Number(match[2]), Number(match[3]));
    if (date) dates.push(date);
  }
  return dates;
}

/** The non-blank lines of a cell, each trimmed (full-width spaces included). */
export function cellLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter((line) => line !== '');
}

/**
 * Task content: the cell's lines joined without a separator. A line break inside a Chinese cell is
 * a wrap of the same sentence (a PDF or a narrow column), never a word boundary, so nothing is
 * inserted between the pieces.
 */
export function joinContent(lines: readonly string[]): string {
  return cellLines(lines).join('');
}

/** Deadline phrase: the cell's lines kept apart with '\n', since each line is its own phrase. */
export function joinDeadline(lines: readonly string[]): string {
  return cellLines(lines).join('\n');
}

const CATEGORY_NUMBERING: readonly RegExp[] = [
  /^([一二三四五六七八九十]{1,3})\s*[、.．，,]\s*/, // 一、 十二、
  /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/, // （一）
  /^第([一二三四五六七八九十]{1,3})[部分类项]*\s*[、.．：:]?\s*/, // 第一部分
  /^(\d{1,2})\s*[、.．](?!\d)\s*/, // 1. 1、
];

/** "一、经济社会发展主要预期目标" → { category: "经济社会发展主要预期目标", categoryNo: 1 }. */
export function parseCategory(text: string): { category: string; categoryNo: number | null } {
  const trimmed = text.trim();
  for (const pattern of CATEGORY_NUMBERING) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const number = /^\d+$/.test(match[1]) ? Number(match[1]) : chineseNumber(match[1]);
    const category = trimmed.slice(match[0].length).trim();
    if (number !== null && number > 0 && category !== '') return { category, categoryNo: number };
  }
  return { category: trimmed, categoryNo: null };
}

/** A cell that says "none": —, －, 无, ／. */
const NONE = /^[-—－–―/／无]+$/;
const TRAILING_PUNCTUATION = /[。．.；;，,、：:]+$/;

function cleanName(name: string): string {
  return name.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(TRAILING_PUNCTUATION, '').trim();
}

const OPENING = '（(“《「【';
const CLOSING = '）)”》」】';

/**
 * Splits on any of `separators` outside brackets and quotes, so that 市外办（市港澳办，…）and
 * 市"双随机、一公开"监管联席会议有关成员单位 stay whole.
 */
export function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let inAsciiQuote = false;
  let current = '';
  for (const ch of text) {
    if (OPENING.includes(ch)) depth += 1;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') inAsciiQuote = !inAsciiQuote;
    if (depth === 0 && !inAsciiQuote && separators.test(ch)) {
      pieces.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  return pieces;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/** Leaders in order, without duplicates: split on line breaks, 、，；, and spaces. */
export function splitLeaders(lines: readonly string[]): string[] {
  const names = cellLines(lines)
    .flatMap((line) => line.split(/[、，,；;\s\u3000]+/))
    .map(cleanName)
    .filter((name) => name !== '' && !NONE.test(name));
  return unique(names);
}

/** 按职责分工负责 at the end of a name list: every unit before it leads by its own duties. */
const JOINT_LEAD = /按(?:照)?(?:各自)?职责(?:分工)?(?:分别)?负责$/;

/** Unit names in order, without duplicates; names are kept exactly as written (trimmed). */
export function splitUnitNames(lines: readonly string[]): { names: string[]; jointUpTo: number } {
  const names: string[] = [];
  let jointUpTo = 0;
  for (const piece of cellLines(lines).flatMap((line) => splitOutsideBrackets(line, /[、，,；;]/))) {
    let name = cleanName(piece);
    if (JOINT_LEAD.test(name)) {
      name = cleanName(name.replace(JOINT_LEAD, ''));
      jointUpTo = names.length + (name !== '' && !names.includes(name) ? 1 : 0);
    }
    if (name !== '' && !NONE.test(name) && !names.includes(name)) names.push(name);
  }
  return { names, jointUpTo };
}

function role(name: string, lead: boolean): UnitRole {
  return { name, role: lead ? 'lead' : 'support', group: isGroupName(name) };
}

/**
 * One 责任单位 cell: the first unit leads and the others support, unless the cell says
 * 按职责分工负责 — then every unit named before the phrase leads and the task is jointly led.
 */
export function parseUnits(lines: readonly string[]): { units: UnitRole[]; jointLead: boolean } {
  const { names, jointUpTo } = splitUnitNames(lines);
  if (jointUpTo > 0) return { units: names.map((name, i) => role(name, i < jointUpTo)), jointLead: true };
  return { units: names.map((name, i) => role(name, i === 0)), jointLead: false };
}

/** Separate 牵头单位 and 配合单位 cells: every named lead unit leads, the others support. */
export function parseLeadAndSupportUnits(
  leadLines: readonly string[],
  supportLines: readonly string[],
): { units: UnitRole[]; jointLead: boolean } {
  const lead = splitUnitNames(leadLines);
  const support = splitUnitNames(supportLines).names.filter((name) => !lead.names.includes(name));
  return {
    units: [...lead.names.map((name) => role(name, true)), ...support.map((name) => role(name, false))],
    jointLead: lead.jointUpTo > 0,
  };
}
