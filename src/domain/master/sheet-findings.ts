/** 校验结果: every validation finding, one row each. */
import { masterMessages as say } from '../messages/master.js';
import type { SheetSpec } from '../spec/types.js';
import type { Finding } from '../validate/index.js';
import { HEADERS, SHEETS } from '../vocabulary.js';
import { HEADER_ROW, TABLES, lastDataRow, printSetup, styled } from './layout.js';

/** The finding fields the sheet shows; `kind` is the finding's code. */
export type FindingRow = Pick<Finding, 'sheet' | 'cell' | 'value' | 'message' | 'suggestion'> & { kind: string };

const WIDTHS = [12, 10, 22, 28, 60, 28];

export function buildFindingsSheet(findings: readonly FindingRow[]): SheetSpec {
  const last = lastDataRow(findings.length);
  return {
    name: SHEETS.findings,
    tabColor: findings.length > 0 ? 'C00000' : '70AD47',
    columns: WIDTHS.map((width) => ({ width })),
    rows: [
      { cells: [styled(say.findingsTitle, 'title')], height: 36 },
      { cells: [styled(say.findingsInfo(findings.length), 'info')], height: 20 },
      { cells: HEADERS.findings.map((header) => styled(header, 'header')), height: 24 },
      ...findings.map((finding) => ({
        cells: [
          styled(finding.sheet, 'text'),
          styled(finding.cell, 'center'),
          styled(finding.kind, 'text'),
          styled(finding.value, 'text'),
          styled(finding.message, 'text'),
          styled(finding.suggestion, 'text'),
        ],
      })),
    ],
    merges: ['A1:F1', 'A2:F2'],
    freeze: { rows: HEADER_ROW, columns: 0 },
    tables: [{ name: TABLES.findings, ref: `A${HEADER_ROW}:F${last}`, style: 'TableStyleLight10', filter: true }],
    print: printSetup(say.findingsTitle, HEADERS.findings.length - 1, last),
  };
}
