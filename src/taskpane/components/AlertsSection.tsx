import { Badge, Body1, Button, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { alertMessages as say } from '../../domain/messages/index.js';
import { summarizeMaster, type SummaryOutcome } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { OperationStatus } from './OperationStatus.js';
import { LightsTrendChart } from './SummaryChart.js';
import { useOperation } from './useOperation.js';

const SHOWN = 30;

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflow: 'auto', maxHeight: '360px' },
  nowrap: { whiteSpace: 'nowrap' },
});

/** 七、三色预警: the tasks × units lit today by the master's 预警规则, red first; refreshed with the master. */
export function AlertsSection({ workspace, version }: { workspace: Workspace; version: number }) {
  const styles = useStyles();
  const operation = useOperation<SummaryOutcome>();
  const { start } = operation;
  const refresh = () => start(() => summarizeMaster(workspace, { now: new Date() }));

  useEffect(() => {
    if (version > 0) void start(() => summarizeMaster(workspace, { now: new Date() }));
  }, [version, workspace, start]);

  const result = operation.result;
  const red = result?.alerts.filter((alert) => alert.level === '红灯').length ?? 0;
  return (
    <div className={styles.column}>
      <div>
        <Button disabled={operation.running || version === 0} onClick={refresh}>
          {say.pane.refresh}
        </Button>
      </div>
      <OperationStatus operation={operation} cancellable={false} />
      {result && (
        <div data-testid="alerts" className={styles.column}>
          <Caption1>{say.pane.today(result.today)}</Caption1>
          <Body1>{say.pane.counts(red, result.alerts.length - red)}</Body1>
          {/* Over the periods only from the second one on: a single period's counts are the line above. */}
          {result.lightsByPeriod.length >= 2 && (
            <>
              <Caption1>{say.pane.trend.caption}</Caption1>
              <LightsTrendChart rows={result.lightsByPeriod} />
            </>
          )}
          {result.alerts.length === 0 ? (
            <Body1>{say.pane.none}</Body1>
          ) : (
            <div className={styles.scroll}>
              <Table size="extra-small" aria-label={say.pane.heading}>
                <TableHeader>
                  <TableRow>
                    {Object.values(say.pane.columns).map((column) => (
                      <TableHeaderCell key={column} className={styles.nowrap}>
                        {column}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {result.alerts.slice(0, SHOWN).map((alert) => (
                    <TableRow key={`${alert.seq}-${alert.unit}`}>
                      <TableCell>
                        <Badge appearance="filled" color={alert.level === '红灯' ? 'danger' : 'warning'}>
                          {alert.level}
                        </Badge>
                      </TableCell>
                      <TableCell>{alert.seq}</TableCell>
                      <TableCell>{alert.unit}</TableCell>
                      <TableCell className={styles.nowrap}>{alert.due ?? say.pane.noDue}</TableCell>
                      <TableCell className={styles.nowrap}>{alert.status}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {result.alerts.length > SHOWN && <Caption1>{say.pane.more(result.alerts.length - SHOWN)}</Caption1>}
        </div>
      )}
    </div>
  );
}
