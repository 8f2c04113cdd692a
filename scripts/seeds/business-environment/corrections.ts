/**
 * Reviewed corrections for cells the PDF text cannot be read mechanically (cells.ts finds no
 * reading, or more than one). Each names the row, the cell and the value, and says why. A
 * correction that the parser does not need is an error, so the file cannot grow stale.
 */
import { z } from 'zod';
import type { Cells, RowReading } from './cells.js';

export const CORRECTIONS_FILE = 'business-environment-corrections.json';

export const CorrectionSchema = z.object({
  seq: z.number().int().positive(),
  field: z.enum(['category', 'content', 'lead', 'support']),
  value: z.string().min(1),
  /** What in the PDF text defeats the parser. */
  reason: z.string().min(1),
});
export const CorrectionsFileSchema = z.object({
  /** What the file is for, for the person who opens it. */
  about: z.string(),
  corrections: z.array(CorrectionSchema),
});

export type Correction = z.infer<typeof CorrectionSchema>;

/** A row's cells once read, with where the row stands in the source. */
export interface ResolvedRow extends Cells {
  seq: number;
  line: number;
}

export function parseCorrections(json: string): Correction[] {
  return CorrectionsFileSchema.parse(JSON.parse(json)).corrections;
}

const FIELDS = ['category', 'content', 'lead', 'support'] as const;

function resolveRow(row: RowReading, corrections: readonly Correction[]): ResolvedRow {
  const where = `row ${row.seq} (line ${row.line})`;
  const fixed = (cells: Cells): Cells => {
    const copy = { ...cells };
    for (const fix of corrections) copy[fix.field] = fix.value;
    return copy;
  };
  if (row.readings.length === 1) {
    const [reading] = row.readings;
    const idle = corrections.find((fix) => reading[fix.field] === fix.value);
    if (idle) throw new Error(`${where}: the correction of ${idle.field} is not needed, the parser reads "${idle.value}"`);
    return { seq: row.seq, line: row.line, ...fixed(reading) };
  }
  // No reading, or several: the corrections must pick one, or give every cell the parser could not place.
  const chosen = row.readings.filter((reading) => corrections.every((fix) => reading[fix.field] === fix.value));
  if (chosen.length === 1) return { seq: row.seq, line: row.line, ...chosen[0] };
  const given = new Set(corrections.map((fix) => fix.field));
  const needed = FIELDS.filter((field) => field !== 'category' || row.opensCategory);
  if (row.readings.length === 0 && needed.every((field) => given.has(field))) {
    return { seq: row.seq, line: row.line, ...fixed({ category: null, content: '', lead: '', support: '' }) };
  }
  throw new Error(`${where}: ${row.readings.length} readings of the PDF text; add corrections to ${CORRECTIONS_FILE}`);
}

/** Every row's cells, with the corrections applied; throws on a correction that is unknown, doubled or not needed. */
export function resolveRows(rows: readonly RowReading[], corrections: readonly Correction[]): ResolvedRow[] {
  const seqs = new Set(rows.map((row) => row.seq));
  const stray = corrections.find((fix) => !seqs.has(fix.seq));
  if (stray) throw new Error(`${CORRECTIONS_FILE}: no row ${stray.seq}`);
  const twice = corrections.find((fix, i) => corrections.findIndex((c) => c.seq === fix.seq && c.field === fix.field) !== i);
  if (twice) throw new Error(`${CORRECTIONS_FILE}: row ${twice.seq} corrects ${twice.field} twice`);
  return rows.map((row) => resolveRow(row, corrections.filter((fix) => fix.seq === row.seq)));
}
