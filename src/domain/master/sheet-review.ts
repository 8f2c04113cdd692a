/**
 * 审核: one row per returned row the office reviews (the period being summarized, and every row
 * already decided), with 审核结果 (通过 / 退回修改), 退回原因 and a 退回通知 formula that writes the text
 * to send back. Decisions are read back and kept when the master is rebuilt; rows sent back are
 * listed in the next period's 填报说明 of the unit (returns/spec.ts).
 */
import { DubanError } from '../errors.js';
import { cellAddress, cellText, type CellValue, type WorkbookGrid } from '../grid.js';
import { reviewMessages as say } from '../messages/review.js';
import type { ProgressEntry } from '../model/schemas.js';
import { comparePeriods, parsePeriod } from '../period/index.js';
import { periodCode, periodLabel } from '../summarize/index.js';
import type { RowSpec, SheetSpec } from '../spec/types.js';
import { HEADERS, isOneOf, REVIEW_RESULTS, SHEETS, type ReviewResult } from '../vocabulary.js';
import { FIRST_DATA_ROW, HEADER_ROW, lastDataRow, printSetup, styled } from './layout.js';

export interface Review {
  period: string;
  unit: string;
  seq: number;
  result: ReviewResult;
  reason: string;
}

const key = (period: string, unit: string, seq: number) => `${period}\u0000${unit}\u0000${seq}`;
const SENT_BACK: ReviewResult = '退回修改';

/**
 * The 退回通知 of row `row`: reviewMessages.sendBack rebuilt as a formula over the row's cells (unit B,
 * 序号 C, period label I, reason G) when 审核结果 is 退回修改, else "". One template, two renderings.
 */
function sendBackFormula(row: number): string {
  const marks = ['\u{E001}', '\u{E002}', '\u{E003}', '\u{E004}'];
  const literals = say.sendBack(marks[0], marks[1], marks[2], marks[3]).split(/[\u{E001}-\u{E004}]/u);
  const refs = [`$B${row}`, `$C${row}`, `$I${row}`, `$G${row}`];
  const q = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const text = literals.map((literal, i) => (i < refs.length ? `${q(literal)}&${refs[i]}` : q(literal))).join('&');
  return `IF($F${row}="${SENT_BACK}",${text},"")`;
}

/** Whether period code `a` comes before `b` (codes that do not parse compare as text). */
function before(a: string, b: string): boolean {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa && pb ? comparePeriods(pa, pb) < 0 : a < b;
}

export function buildReviewSheet(progress: readonly ProgressEntry[], period: string, reviews: readonly Review[]): SheetSpec {
  const decided = new Map(reviews.map((review) => [key(review.period, review.unit, review.seq), review]));
  const rows = progress.filter((entry) => periodCode(entry.period) === period || decided.has(key(periodCode(entry.period), entry.unit, entry.seq)));
  const data: RowSpec[] = rows.map((entry, i) => {
    const code = periodCode(entry.period);
    const review = decided.get(key(code, entry.unit, entry.seq));
    const row = FIRST_DATA_ROW + i;
    const notice = review?.result === SENT_BACK ? say.sendBack(entry.unit, entry.seq, periodLabel(code), review.reason) : '';
    return {
      cells: [
        styled(code, 'code'),
        styled(entry.unit, 'text'),
        styled(entry.seq, 'center'),
        styled(entry.status, 'center'),
        styled(entry.text, 'text'),
        styled(review?.result ?? '', 'inputCenter'),
        styled(review?.reason ?? '', 'input'),
        styled({ formula: sendBackFormula(row), result: notice }, 'text'),
        styled(periodLabel(code), 'text'),
      ],
    };
  });
  const last = lastDataRow(rows.length);
  return {
    name: SHEETS.review,
    tabColor: '00B050',
    columns: [10, 22, 6, 10, 48, 12, 30, 48, 1].map((width, i) => ({ width, ...(i === 8 ? { hidden: true } : {}) })),
    rows: [
      { cells: [styled(say.title, 'title')], height: 36 },
      { cells: [styled(say.info, 'info')], height: 42 },
      { cells: HEADERS.review.map((header) => styled(header, 'header')), height: 24 },
      ...data,
    ],
    merges: ['A1:H1', 'A2:H2'],
    freeze: { rows: HEADER_ROW, columns: 3 },
    validations: [{ range: `F${FIRST_DATA_ROW}:F${last}`, type: 'list', values: [...REVIEW_RESULTS], prompt: say.resultPrompt, error: say.resultError }],
    protection: { allowFilter: true, allowSort: true, allowFormatColumns: true },
    print: printSetup(7, last),
  };
}

const squeeze = (value: CellValue | undefined) => cellText(value).replace(/\s+/g, '');

/** The decided rows of a master's 审核 sheet (none when an older master has no sheet). */
export function readReviews(grid: WorkbookGrid, file?: string): Review[] {
  const sheet = grid.sheets.find((candidate) => candidate.name.trim() === SHEETS.review);
  if (!sheet) return [];
  const header = sheet.rows.findIndex((row) => squeeze(row?.[0]) === HEADERS.review[0] && squeeze(row?.[5]) === HEADERS.review[5]);
  if (header < 0) return [];
  const reviews: Review[] = [];
  for (let r = header + 1; r < sheet.rows.length; r += 1) {
    const row = sheet.rows[r] ?? [];
    const result = squeeze(row[5]);
    if (result === '') continue;
    const at = (col: number) => ({ file, sheet: sheet.name, cell: cellAddress(r, col) });
    if (!isOneOf(REVIEW_RESULTS, result)) throw new DubanError(say.badResult(result), at(5));
    const seq = Number(squeeze(row[2]));
    if (!Number.isInteger(seq) || seq <= 0) throw new DubanError(say.badSeq(cellText(row[2])), at(2));
    reviews.push({ period: periodCode(cellText(row[0])), unit: cellText(row[1]).trim(), seq, result, reason: cellText(row[6]).trim() });
  }
  return reviews;
}

/** Per unit, the rows sent back in the latest period before `period` that has any decision for the unit. */
export function sentBackBefore(reviews: readonly Review[], period: string): Map<string, Review[]> {
  const byUnit = new Map<string, Review[]>();
  for (const review of reviews) {
    if (review.result !== SENT_BACK || !before(review.period, period)) continue;
    byUnit.set(review.unit, [...(byUnit.get(review.unit) ?? []), review]);
  }
  for (const [unit, list] of byUnit) {
    const latest = list.reduce((max, review) => (max === '' || before(max, review.period) ? review.period : max), '');
    byUnit.set(unit, list.filter((review) => review.period === latest).sort((a, b) => a.seq - b.seq));
  }
  return byUnit;
}

/** The 填报说明 lines of each unit's next return: the rows sent back in its latest reviewed period before `period`. */
export function sentBackLines(reviews: readonly Review[], period: string): Map<string, string[]> {
  const lines = new Map<string, string[]>();
  for (const [unit, list] of sentBackBefore(reviews, period)) {
    lines.set(unit, [say.sentBackTitle, ...list.map((review) => say.sentBackLine(review.seq, periodLabel(review.period), review.reason))]);
  }
  return lines;
}
