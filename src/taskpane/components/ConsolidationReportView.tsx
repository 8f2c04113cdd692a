import { Body1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { historyMessages, taskpaneMessages as say } from '../../domain/messages/index.js';
import { periodLabel, reportHasFindings } from '../../app/index.js';
import type { ConsolidateOutcome } from '../operations.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '200px', overflowY: 'auto' },
});

function Group({ title, items }: { title: string; items: ReactNode[] }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <div>
      <Subtitle2>{title}</Subtitle2>
      <ul className={styles.list}>{items}</ul>
    </div>
  );
}

/** The consolidation report: 未报送 units, tampered rows, 照抄上期 rows, duplicates, rejected files and rows. */
export function ConsolidationReportView({ outcome, excel }: { outcome: ConsolidateOutcome; excel: boolean }) {
  const styles = useStyles();
  const { report } = outcome;
  const c = say.consolidate;
  const clean = !reportHasFindings(report);
  return (
    <div className={styles.column} data-testid="consolidation-report">
      <MessageBar intent={clean ? 'success' : 'warning'}>
        <MessageBarBody>{c.summary(report.filesRead, report.unitsReturned.length, outcome.expected, report.rowsAccepted)}</MessageBarBody>
      </MessageBar>
      {excel && <Body1>{c.written}</Body1>}
      {clean && <Body1>{c.clean}</Body1>}
      <Group title={c.missing(report.unitsMissing.length)} items={[<li key="missing">{report.unitsMissing.join('、')}</li>].filter(() => report.unitsMissing.length > 0)} />
      <Group title={c.tampered(report.tampered.length)} items={report.tampered.map((t) => <li key={`${t.file}-${t.seq}`}>{c.tamperedItem(t.file, t.seq)}</li>)} />
      <Group
        title={historyMessages.pane.title(report.unchanged.length)}
        items={report.unchanged.map((u) => <li key={`${u.unit}-${u.seq}`}>{historyMessages.pane.item(u.unit, u.seq, periodLabel(u.previousPeriod), u.similarity)}</li>)}
      />
      <Group title={c.duplicates(report.duplicates.length)} items={report.duplicates.map((d) => <li key={d.unit}>{c.duplicateItem(d.unit, d.kept, d.dropped.join('、'))}</li>)} />
      <Group title={c.rejectedFiles(report.filesRejected.length)} items={report.filesRejected.map((f) => <li key={f.file}>{c.rejectedFile(f.file, f.reason)}</li>)} />
      <Group title={c.rejectedRows(report.rowsRejected.length)} items={report.rowsRejected.map((r) => <li key={`${r.file}-${r.row}`}>{c.rejectedRow(r.file, r.row, r.reason)}</li>)} />
    </div>
  );
}
