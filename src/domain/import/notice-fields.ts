/**
 * How one cell of a responsibility table becomes task fields: the category and its number, the
 * content, the deadline phrase and the leaders (units: unit-cells.ts), and the dates a notice
 * writes. Shared by every importer so that a cell means the same thing whichever format it came from.
 */
import { daysInMonth, isoDate as calendarDate } from '../calendar.js';
import { smallNumber, yearNumber } from '../numerals.js';

/** An ISO date from its parts, or null when the parts are not a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return calendarDate(year, month, day);
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
    const number = smallNumber(match[1]);
    const category = trimmed.slice(match[0].length).trim();
    if (number !== null && number > 0 && category !== '') return { category, categoryNo: number };
  }
  return { category: trimmed, categoryNo: null };
}

/** A cell that says "none": —, －, 无, ／. */
export const NONE = /^[-—－–―/／无]+$/;
const TRAILING_PUNCTUATION = /[。．.；;，,、：:]+$/;

/** A leader's or unit's name as written, without the spaces and the punctuation that end it. */
export function cleanName(name: string): string {
  return name.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(TRAILING_PUNCTUATION, '').trim();
}

/**
 * Two-character names padded to three with a space (俞 悦), written one after the other in a cell
 * that lost its line breaks (陆 明俞 悦): the tokens between spaces are one character at both ends
 * and two in between. Null when the line is not written that way.
 */
function paddedNames(line: string): string[] | null {
  const tokens = line.split(/[\s\u3000]+/).filter((token) => token !== '');
  if (tokens.length < 2 || !tokens.every((token) => /^[\u4e00-\u9fa5]+$/.test(token))) return null;
  const inner = tokens.slice(1, -1);
  if (tokens[0].length !== 1 || tokens[tokens.length - 1].length !== 1 || !inner.every((token) => token.length === 2)) return null;
  const chars = tokens.join('');
  const names: string[] = [];
  for (let i = 0; i < chars.length; i += 2) names.push(chars.slice(i, i + 2));
  return names;
}

/** Leaders in order, without duplicates: split on line breaks, 、，；, and spaces (俞 悦 is one name). */
export function splitLeaders(lines: readonly string[]): string[] {
  const names = cellLines(lines)
    .flatMap((line) => line.split(/[、，,；;]+/))
    .flatMap((part) => paddedNames(part.trim()) ?? part.split(/[\s\u3000]+/))
    .map(cleanName)
    .filter((name) => name !== '' && !NONE.test(name));
  return [...new Set(names)];
}
