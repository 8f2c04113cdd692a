/**
 * The 报送情况 sheet of the merged workbook: who returned and when, who is missing (未报送) with a
 * ready-to-send 催办 text, and every file, duplicate, row and alteration consolidation did not take.
 */
import { columnLetter } from '../grid.js';
import { historyMessages, returnStatusMessages as words } from '../messages/index.js';
import { parsePeriod } from '../period/index.js';
import type { RowSpec, SheetSpec } from '../spec/types.js';
import { NOT_REPORTED, SHEETS } from '../vocabulary.js';
import type { ConsolidationResult } from './consolidate.js';
import { displayDateTime } from '../datetime.js';
import { accountingSections } from './status-accounting.js';
import { chineseDate, listWording } from './text.js';

export const RETURN_STATUS_STYLES = {
  statusTitle: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' },
  statusHeader: { bold: true, fill: 'D9E1F2', border: true, wrap: true, hAlign: 'center', vAlign: 'middle' },
  statusCell: { border: true, wrap: true, vAlign: 'top' },
  statusMissing: { border: true, wrap: true, vAlign: 'top', fontColor: 'C00000', bold: true },
  statusSection: { bold: true },
} as const;

export interface StatusSheetInput {
  result: Pick<ConsolidationResult, 'report' | 'receipts' | 'plan'>;
  /** ISO date of the consolidation, for the summary and the reminders. */
  today: string;
}

const cells = (values: (string | number)[], style: string): RowSpec => ({ cells: values.map((value) => ({ value, style })) });

function section(title: string, headers: readonly string[], rows: (string | number)[][]): RowSpec[] {
  return [
    { cells: [] },
    { cells: [{ value: title, style: 'statusSection' }] },
    cells([...headers], 'statusHeader'),
    ...(rows.length > 0 ? rows.map((row) => cells(row, 'statusCell')) : [cells([words.none], 'statusCell')]),
  ];
}

const label = (code: string) => parsePeriod(code)?.label ?? code;

/** A 照抄上期 row with the text to send back to the unit. */
function unchangedRow(item: ConsolidationResult['report']['unchanged'][number]): (string | number)[] {
  const sendBack = historyMessages.sendBack(item.unit, item.seq, label(item.period), label(item.previousPeriod), item.similarity);
  return [item.unit, item.seq, item.period, item.previousPeriod, historyMessages.percent(item.similarity), sendBack];
}

export function buildReturnStatusSheet({ result, today }: StatusSheetInput): SheetSpec {
  const { report, receipts, plan } = result;
  const returned = receipts.filter((receipt) => receipt.returned).length;
  // Missing units first: they are what the office acts on (催办); returned units keep plan order.
  const ordered = [...receipts.filter((receipt) => !receipt.returned), ...receipts.filter((receipt) => receipt.returned)];
  const unitRows = ordered.map((receipt): RowSpec => {
    if (receipt.returned) {
      return cells(
        [receipt.unit, words.returned, receipt.receivedAt ? displayDateTime(receipt.receivedAt) : '', receipt.file ?? '', receipt.tasks, receipt.accepted, receipt.rejected, receipt.tampered, ''],
        'statusCell',
      );
    }
    const reminder = words.reminder(receipt.unit, plan.listTitle, plan.period.label, receipt.tasks, chineseDate(receipt.due), chineseDate(today), today > receipt.due, listWording(plan.listTitle).task);
    return {
      cells: [
        { value: receipt.unit, style: 'statusMissing' },
        { value: receipt.untouched ? words.untouched : NOT_REPORTED, style: 'statusMissing' },
        ...['', receipt.untouched ? (receipt.file ?? '') : '', receipt.tasks, 0, 0, 0].map((value) => ({ value, style: 'statusCell' })),
        { value: reminder, style: 'statusCell' },
      ],
    };
  });
  const width = words.headers.length;
  return {
    name: SHEETS.returnStatus,
    tabColor: report.unitsMissing.length > 0 ? 'C00000' : '70AD47',
    columns: [28, 10, 17, 30, 8, 9, 9, 10, 70].map((w) => ({ width: w })),
    rows: [
      { cells: [{ value: words.title(plan.period.label), style: 'statusTitle' }], height: 26 },
      { cells: [{ value: words.summary(receipts.length, returned, receipts.length - returned, chineseDate(today)), style: 'statusCell' }] },
      cells([...words.headers], 'statusHeader'),
      ...unitRows,
      ...section(words.rejectedFilesTitle, words.rejectedFilesHeaders, report.filesRejected.map((item) => [item.file, item.reason])),
      ...section(words.duplicatesTitle, words.duplicatesHeaders, report.duplicates.map((item) => [item.unit, item.kept, item.dropped.join('、')])),
      ...section(words.rejectedRowsTitle, words.rejectedRowsHeaders, report.rowsRejected.map((item) => [item.file, item.row, item.reason])),
      ...section(words.tamperedTitle, words.tamperedHeaders, report.tampered.map((item) => [item.file, item.seq])),
      ...section(historyMessages.sectionTitle, historyMessages.headers, report.unchanged.map(unchangedRow)),
      ...accountingSections(report),
    ],
    merges: [`A1:${columnLetter(width - 1)}1`, `A2:${columnLetter(width - 1)}2`],
    freeze: { rows: 3, columns: 1 },
    print: { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: '3:3', paperSize: 9 },
  };
}
