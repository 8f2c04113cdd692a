/** 校验结果: every validation finding, one row each. */
import { masterMessages as say } from '../messages/master.js';
import { validateMessages } from '../messages/validate.js';
import type { SheetSpec, WorkbookSpec } from '../spec/types.js';
import type { Finding, FindingKind } from '../validate/index.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { TABLES, styled, tableSheet } from './layout.js';

/** The finding fields the sheet shows; `kind` is the finding's code, shown by its Chinese label. */
export type FindingRow = Pick<Finding, 'sheet' | 'cell' | 'kind' | 'value' | 'message' | 'suggestion'>;

const WIDTHS = [12, 10, 22, 28, 60, 28];
/** Every kind of finding has its label (the compiler checks the messages cover them all). */
const KIND_LABELS: Readonly<Record<FindingKind, string>> = validateMessages.kindLabels;

export function buildFindingsSheet(findings: readonly FindingRow[]): SheetSpec {
  return tableSheet({
    name: SHEETS.findings,
    tabColor: findings.length > 0 ? 'C00000' : '70AD47',
    title: say.findingsTitle,
    info: say.findingsInfo(findings.length),
    infoHeight: 20,
    headers: HEADERS.findings,
    widths: WIDTHS,
    rows: findings.map((finding) => ({
      cells: [
        styled(finding.sheet, 'text'),
        styled(finding.cell, 'center'),
        styled(KIND_LABELS[finding.kind], 'text'),
        styled(finding.value, 'text'),
        styled(finding.message, 'text'),
        styled(finding.suggestion, 'text'),
      ],
    })),
    table: { name: TABLES.findings, style: 'TableStyleLight10' },
  });
}

/**
 * The master spec with its 校验结果 sheet rebuilt from `findings`: validation reads the grid of the
 * built spec, so the findings are known only after the rest of the workbook is.
 */
export function withFindings(spec: WorkbookSpec, findings: readonly FindingRow[]): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map((sheet) => (sheet.name === SHEETS.findings ? buildFindingsSheet(findings) : sheet)) };
}
