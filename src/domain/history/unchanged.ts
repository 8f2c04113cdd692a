/**
 * 照抄上期: a unit's progress text for a task that repeats, word for word or nearly, what the same
 * unit wrote for the same task in its previous report. Pure; the periods compared are the period
 * being consolidated and the latest earlier period in which the unit reported on the task.
 *
 * Similarity is the Dice coefficient of the two texts' character bigrams (as multisets) after
 * normalizing: NFKC (full-width → half-width), whitespace and punctuation removed. 1 means the same
 * text; a text that only changes a date or a figure of a long paragraph stays above 0.9, which is
 * the pattern offices mean by 照抄 ("截至3月底…" → "截至6月底…" with nothing else new).
 * Not flagged: an empty text (nothing to compare; 未填 is another finding) and a task the unit
 * reported 已完成 in both periods (a finished task has nothing new to say).
 */
import { COPY_THRESHOLD } from '../thresholds.js';
import type { ProgressEntry } from '../model/schemas.js';
import { comparePeriods, parsePeriod } from '../period/index.js';

export { COPY_THRESHOLD };

export interface UnchangedRow {
  unit: string;
  seq: number;
  period: string;
  previousPeriod: string;
  /** 0–1, rounded to two decimals. */
  similarity: number;
}

/** The text compared: NFKC, without whitespace and punctuation (Chinese and ASCII). */
export function normalizeProgressText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

function grams(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  const size = chars.length === 1 ? 1 : 2;
  for (let i = 0; i + size <= chars.length; i += 1) {
    const gram = chars.slice(i, i + size).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice similarity of two progress texts, 0–1 (1: the same after normalizing; 0 when either is empty). */
export function textSimilarity(a: string, b: string): number {
  const x = normalizeProgressText(a);
  const y = normalizeProgressText(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const gx = grams(x);
  const gy = grams(y);
  let shared = 0;
  let total = 0;
  for (const count of gx.values()) total += count;
  for (const count of gy.values()) total += count;
  for (const [gram, count] of gx) shared += Math.min(count, gy.get(gram) ?? 0);
  return (2 * shared) / total;
}

/** Whether period code `a` comes before `b` (codes that do not parse compare as text). */
function earlier(a: string, b: string): boolean {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa && pb) return comparePeriods(pa, pb) < 0;
  return a < b;
}

/**
 * The rows of `current` (one period's consolidated entries) whose text copies the unit's previous
 * report on the same task among `history` (the master's 进展汇总, any periods), in `current` order.
 */
export function findUnchanged(history: readonly ProgressEntry[], current: readonly ProgressEntry[], threshold = COPY_THRESHOLD): UnchangedRow[] {
  const previous = new Map<string, ProgressEntry>();
  const periods = new Set(current.map((entry) => entry.period));
  for (const entry of history) {
    const key = `${entry.unit}\u0000${entry.seq}`;
    const known = previous.get(key);
    // Only reports older than every period being consolidated can be copied from.
    if (![...periods].every((period) => earlier(entry.period, period))) continue;
    if (!known || earlier(known.period, entry.period)) previous.set(key, entry);
  }
  const rows: UnchangedRow[] = [];
  for (const entry of current) {
    const before = previous.get(`${entry.unit}\u0000${entry.seq}`);
    if (!before || (before.status === '已完成' && entry.status === '已完成')) continue;
    const similarity = textSimilarity(before.text, entry.text);
    if (similarity >= threshold) {
      rows.push({ unit: entry.unit, seq: entry.seq, period: entry.period, previousPeriod: before.period, similarity: Math.round(similarity * 100) / 100 });
    }
  }
  return rows;
}
