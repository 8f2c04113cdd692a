/**
 * Which fragment of a row belongs to which column. On every page a row lies on, the extractor
 * wrote the columns one after the other — 序号, 重点任务, 主要内容, 牵头部门, 责任单位 — each as
 * its own run of fragments (a run may be empty on a page). The reading uses what the PDF shows:
 *
 * - 主要内容 always ends with 。, and a unit name never holds one, so on a row's last page the
 *   content runs to the last 。;
 * - the columns have fixed widths (in characters, a Latin letter or digit counting half): 重点任务
 *   7, 主要内容 15, 牵头部门 6, 责任单位 9, a 、，。 hanging past the edge;
 * - text wraps at a column's edge, so every printed line of a cell but its last is full, give or
 *   take the character the next line pulled over; the extractor cuts content lines after (and
 *   before) some punctuation, which printedSpans joins back;
 * - a cell runs on to the next page only when its part above the page end is full, so every cell
 *   starts on the row's first page;
 * - 牵头部门 and 责任单位 are "—" or lists of unit names (units.ts) joined by 、 or ，, so a cell
 *   boundary is where both sides read as complete lists.
 *
 * Every split that keeps all of this is a reading; a row is read mechanically when it has exactly
 * one. (Rows laid out at random in these widths and broken by a page end have more than one about
 * once in a hundred times — they go to the corrections file; none of the 129 real rows does.)
 */
import type { RawRow } from './source.js';
import { splitUnitColumn, startsLikeUnitColumn } from './units.js';

/** The widest line of each column, in character widths (a Latin letter or digit is half of one). */
export const CATEGORY_WIDTH = 7;
export const CONTENT_WIDTH = 15;
export const LEAD_WIDTH = 6;
export const SUPPORT_WIDTH = 9;
/** How much narrower than the column a line may be and still be full (the next line pulled a word over). */
const SLACK: Record<Column, number> = { category: 1, content: 3, lead: 1, support: 1 };
const WIDTH: Record<Column, number> = { category: CATEGORY_WIDTH, content: CONTENT_WIDTH, lead: LEAD_WIDTH, support: SUPPORT_WIDTH };

type Column = 'category' | 'content' | 'lead' | 'support';
const COLUMNS: readonly Column[] = ['category', 'content', 'lead', 'support'];

/** One reading of a row: its cells, each joined from its fragments. */
export interface Cells {
  /** The 重点任务 cell with its numbering ("12.深化政府采购和招标投标改革"), null on a row that opens no category. */
  category: string | null;
  content: string;
  lead: string;
  support: string;
}

export interface RowReading {
  seq: number;
  /** 1-based line of the row's 序号 in the source text. */
  line: number;
  /** Whether the row's first fragment opens the next 重点任务 ("N." with the next number). */
  opensCategory: boolean;
  /** Every reading of the row's fragments that keeps the rules above (one when mechanical). */
  readings: Cells[];
}

/** One way to cut one page's fragments into the four columns. */
type PageCut = Record<Column, string[]>;

const CATEGORY_START = /^(\d{1,2})\.\S/;
/** A fragment ending so is cut mid-line: the line runs on in the next fragment. */
const RUNS_ON = /[、，。；：》”）]$/;
/** A fragment starting so cannot start a line: it continues the previous fragment's line. */
const CONTINUES = /^[，、。；：》”）《]/;
/** Punctuation that may hang past a column's right edge. */
const HANGING = /[、，。]$/;

function widthOf(line: string): number {
  let width = 0;
  for (const ch of line.replace(HANGING, '')) width += ch <= '\u007e' ? 0.5 : 1;
  return width;
}

/**
 * The printed lines a column's fragments make, each with the number of fragments in it. The
 * extractor cuts content lines after (and before) some punctuation; unit and category lines come whole.
 */
function printedSpans(fragments: readonly string[]): { text: string; count: number }[] {
  const spans: { text: string; count: number }[] = [];
  for (const fragment of fragments) {
    const last = spans[spans.length - 1];
    if (last && (RUNS_ON.test(last.text) || CONTINUES.test(fragment))) {
      last.text += fragment;
      last.count += 1;
    } else {
      spans.push({ text: fragment, count: 1 });
    }
  }
  return spans;
}

const printedLines = (fragments: readonly string[]) => printedSpans(fragments).map((span) => span.text);

const isFull = (line: string, column: Column) => widthOf(line) >= WIDTH[column] - SLACK[column];

/**
 * Whether fragments can be one page's part of a column: no line wider than the column, and every
 * line but the part's last one full — text wraps at the edge, so only a cell's last line is short.
 */
function fitsColumn(fragments: readonly string[], column: Column): boolean {
  const lines = column === 'content' || column === 'category' ? printedLines(fragments) : fragments;
  const widthLimit = column === 'content' ? Infinity : WIDTH[column];
  return lines.every((line, i) => widthOf(line) <= widthLimit && (i === lines.length - 1 || isFull(line, column)));
}

/**
 * How many fragments from `from` can still belong to the 重点任务 column: lines that fit its width
 * and hold no 。 (and, on the row's first page, leave the content after them).
 */
function categoryRunLength(fragments: readonly string[], from: number, firstPage: boolean): number {
  let taken = from;
  for (const span of printedSpans(fragments.slice(from))) {
    if (widthOf(span.text) > CATEGORY_WIDTH || span.text.includes('。')) break;
    if (firstPage && taken + span.count >= fragments.length) break;
    taken += span.count;
  }
  return taken - from;
}

/**
 * The cuts of one page after its category fragments. On the row's last page the content ends at
 * the last 。, since a unit name never holds one; on an earlier page it may end before any
 * fragment that can start a unit column.
 */
function pageCuts(fragments: readonly string[], category: string[], lastPage: boolean): PageCut[] {
  const contentEnds: number[] = [];
  if (lastPage) {
    contentEnds.push(fragments.reduce((end, text, i) => (text.endsWith('。') ? i + 1 : end), 0));
  } else {
    for (let k = 0; k <= fragments.length; k += 1) {
      if (k === fragments.length || startsLikeUnitColumn(fragments[k])) contentEnds.push(k);
    }
  }
  const cuts: PageCut[] = [];
  for (const k of contentEnds) {
    for (let b = k; b <= fragments.length; b += 1) {
      const cut = { category, content: fragments.slice(0, k), lead: fragments.slice(k, b), support: fragments.slice(b) };
      if (COLUMNS.every((column) => fitsColumn(cut[column], column))) cuts.push(cut);
    }
  }
  return cuts;
}

/**
 * Whether the pages' cuts can be one row: a cell goes on to the next page only when its part above
 * the page end fills its last line — so every cell starts on the row's first page.
 */
function flowsAcrossPages(cuts: readonly PageCut[]): boolean {
  return COLUMNS.every((column) =>
    cuts.every((cut, p) => {
      if (p === 0 || cut[column].length === 0) return true;
      const above = column === 'content' ? printedLines(cuts[p - 1][column]) : cuts[p - 1][column];
      return above.length > 0 && isFull(above[above.length - 1], column);
    }),
  );
}

function product<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

function isReading(cells: Cells): boolean {
  return (
    cells.content.endsWith('。') &&
    cells.lead !== '' &&
    cells.support !== '' &&
    splitUnitColumn(cells.lead) !== null &&
    splitUnitColumn(cells.support) !== null
  );
}

/** 0, 1, …, n. */
const upTo = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);

/** The readings of a row whose category fragments on each page are fixed (`categoryLengths`). */
function readingsWith(pages: readonly string[][], categoryLengths: readonly number[], opensCategory: boolean): Cells[] {
  const perPage = pages.map((fragments, p) =>
    pageCuts(fragments.slice(categoryLengths[p]), fragments.slice(0, categoryLengths[p]), p === pages.length - 1),
  );
  const seen = new Set<string>();
  const readings: Cells[] = [];
  for (const cuts of product(perPage)) {
    if (!flowsAcrossPages(cuts)) continue;
    const joined = (column: Column) => cuts.flatMap((cut) => cut[column]).join('');
    const cells: Cells = {
      category: opensCategory ? joined('category') : null,
      content: joined('content'),
      lead: joined('lead'),
      support: joined('support'),
    };
    const key = JSON.stringify(cells);
    if (isReading(cells) && !seen.has(key)) {
      seen.add(key);
      readings.push(cells);
    }
  }
  return readings;
}

/**
 * Reads one row. `nextCategoryNo` is the number the next 重点任务 would carry: a row whose first
 * fragment is "N." with that number opens the category. On the first page the category ends where
 * the content's first (wide) line starts; on a later page its run-on, if any, comes first.
 */
export function readRow(row: RawRow, nextCategoryNo: number): RowReading {
  const pages = row.pages.map((page) => page.map((f) => f.text));
  const opensCategory = CATEGORY_START.exec(pages[0]?.[0] ?? '')?.[1] === String(nextCategoryNo);
  const choices = opensCategory
    ? product([[1 + categoryRunLength(pages[0], 1, true)], ...pages.slice(1).map((f) => upTo(categoryRunLength(f, 0, false)))])
    : [pages.map(() => 0)];
  const readings = choices.flatMap((lengths) => readingsWith(pages, lengths, opensCategory));
  return { seq: row.seq, line: row.line, opensCategory, readings };
}

/** Reads every row in order, numbering the categories as they open. */
export function readRows(rows: readonly RawRow[]): RowReading[] {
  let categoryNo = 0;
  return rows.map((row) => {
    const reading = readRow(row, categoryNo + 1);
    if (reading.opensCategory) categoryNo += 1;
    return reading;
  });
}
