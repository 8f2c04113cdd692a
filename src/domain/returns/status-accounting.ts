/**
 * The sections of 报送情况 that account for rounds and files: both versions of every conflicting
 * row, texts kept from an earlier round, damaged forms, submissions in parts, untrusted times, and
 * every entry given that was not read — so the sheet, like report.json, names everything.
 */
import { returnAccountingMessages as words, returnStatusMessages } from '../messages/index.js';
import type { RowSpec } from '../spec/types.js';
import type { ConsolidationReport, RowVersion } from './report.js';

const cells = (values: (string | number)[], style: string): RowSpec => ({ cells: values.map((value) => ({ value, style })) });

/** A section only when it has rows: most runs have none of these. */
function section(title: string, headers: readonly string[], rows: (string | number)[][]): RowSpec[] {
  if (rows.length === 0) return [];
  return [{ cells: [] }, { cells: [{ value: title, style: 'statusSection' }] }, cells([...headers], 'statusHeader'), ...rows.map((row) => cells(row, 'statusCell'))];
}

const versionRow = (unit: string, seq: number, label: string, v: RowVersion) => [unit, seq, label, v.file, v.row, v.status, v.text, v.problems ?? '', v.nextSteps ?? ''];
const fieldList = (fields: readonly string[]) => fields.map((field) => words.fieldNames[field] ?? field).join('、');

export function accountingSections(report: ConsolidationReport): RowSpec[] {
  return [
    ...section(
      words.conflictsTitle,
      words.conflictsHeaders,
      report.conflicts.flatMap((c) => [versionRow(c.unit, c.seq, words.keptVersion, c.kept), ...c.dropped.map((v) => versionRow(c.unit, c.seq, words.droppedVersion, v))]),
    ),
    ...section(words.keptEarlierTitle, words.keptEarlierHeaders, report.keptEarlier.map((k) => [k.unit, k.seq, k.file, k.row, fieldList(k.fields), k.from])),
    ...section(words.damagedTitle, words.damagedHeaders, report.damaged.map((d) => [d.file, d.unit, d.missing.join('、')])),
    ...section(words.combinedTitle, words.combinedHeaders, report.combined.map((c) => [c.unit, c.files.join('、')])),
    ...section(words.suspiciousTitle, words.suspiciousHeaders, report.suspicious.map((s) => [s.file, s.modified, s.reason])),
    ...section(
      words.entriesTitle,
      words.entriesHeaders,
      report.entries.filter((e) => e.outcome === 'skipped').map((e) => [e.path, words.kinds[e.kind] ?? e.kind, e.reason || returnStatusMessages.none]),
    ),
  ];
}
