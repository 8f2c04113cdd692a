/**
 * The hidden metadata sheet of a return workbook: list id, unit, period, generation time and a
 * fingerprint of every task's text, so consolidation knows what was sent even if the visible
 * sheet was edited.
 */
import { cellText, type WorkbookGrid } from '../grid.js';
import type { SheetSpec } from '../spec/types.js';
import { SHEETS } from '../vocabulary.js';
import { taskFingerprint } from './fingerprint.js';
import { META } from './layout.js';
import type { DistributionPlan, PlannedReturn } from './plan.js';

export interface ReturnMeta {
  listId: string;
  listTitle: string;
  unit: string;
  period: string;
  generatedAt: string;
  /** seq → fingerprint of the task text as sent. */
  fingerprints: Map<number, string>;
}

export function buildMetaSheet(plan: DistributionPlan, planned: PlannedReturn, generatedAt: string): SheetSpec {
  const rows = [
    [META.marker, META.version],
    [META.listId, plan.listId],
    [META.listTitle, plan.listTitle],
    [META.unit, planned.unit],
    [META.period, plan.period.code],
    [META.generatedAt, generatedAt],
    [META.fingerprints, 'fingerprint'],
    ...planned.tasks.map((task) => [task.seq, taskFingerprint(task.content)]),
  ];
  return {
    name: SHEETS.returnMeta,
    state: 'veryHidden',
    columns: [{ width: 16 }, { width: 40 }],
    rows: rows.map((cells) => ({ cells })),
    protection: {},
  };
}

/** Reads the metadata sheet (by its name, or by its marker if it was renamed); null when absent. */
export function readMeta(workbook: WorkbookGrid): ReturnMeta | null {
  const sheet =
    workbook.sheets.find((candidate) => candidate.name === SHEETS.returnMeta) ??
    workbook.sheets.find((candidate) => cellText(candidate.rows[0]?.[0]) === META.marker);
  if (!sheet || cellText(sheet.rows[0]?.[0]) !== META.marker) return null;
  const values = new Map<string, string>();
  const fingerprints = new Map<number, string>();
  let inFingerprints = false;
  for (const row of sheet.rows.slice(1)) {
    const key = cellText(row?.[0]).trim();
    const value = cellText(row?.[1]).trim();
    if (inFingerprints) {
      const seq = Number(key);
      if (Number.isInteger(seq) && seq > 0 && value) fingerprints.set(seq, value);
    } else if (key === META.fingerprints) inFingerprints = true;
    else if (key) values.set(key, value);
  }
  return {
    listId: values.get(META.listId) ?? '',
    listTitle: values.get(META.listTitle) ?? '',
    unit: values.get(META.unit) ?? '',
    period: values.get(META.period) ?? '',
    generatedAt: values.get(META.generatedAt) ?? '',
    fingerprints,
  };
}
