import { Body1, Button, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { scoringMessages, taskpaneMessages as say } from '../../domain/messages/index.js';
import { COUNT_KEYS, LEADER_KEYS } from '../../app/index.js';
import { summarizeMaster, type SummaryOutcome } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { OperationStatus } from './OperationStatus.js';
import { SummaryChart } from './SummaryChart.js';
import { useOperation } from './useOperation.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflow: 'auto', maxHeight: '420px' },
  // Nine columns in a 320 px pane: numbers stay on one line, headers and long unit names wrap.
  number: { textAlign: 'right', whiteSpace: 'nowrap', paddingLeft: '2px', paddingRight: '2px' },
  header: { textAlign: 'center', whiteSpace: 'normal', wordBreak: 'break-all', paddingLeft: '2px', paddingRight: '2px', lineHeight: tokens.lineHeightBase100 },
  name: { whiteSpace: 'normal', wordBreak: 'break-all', minWidth: '4.5em', paddingLeft: '2px', paddingRight: '2px' },
  table: { tableLayout: 'auto', width: '100%', fontSize: tokens.fontSizeBase200 },
  note: { color: tokens.colorNeutralForeground3 },
});

function CountsTable({ label, keys, rows }: { label: string; keys: readonly (keyof typeof say.summary.columns)[]; rows: ({ name: string } & Partial<Record<keyof typeof say.summary.columns, number>>)[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={label} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.name}>{label}</TableHeaderCell>
            {keys.map((key) => (
              <TableHeaderCell key={key} className={styles.header}>
                {say.summary.columns[key]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell className={styles.name}>{row.name}</TableCell>
              {keys.map((key) => (
                <TableCell key={key} className={styles.number}>
                  {row[key]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** 排名 by the master's 考核规则 (the items behind each score are on the 排名 sheet). */
function RankingTable({ ranking }: { ranking: SummaryOutcome['ranking'] }) {
  const styles = useStyles();
  const words = scoringMessages.pane;
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={words.tab} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{words.rank}</TableHeaderCell>
            <TableHeaderCell className={styles.name}>{words.unit}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{words.score}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ranking.map((row) => (
            <TableRow key={row.unit}>
              <TableCell className={styles.number}>{row.rank}</TableCell>
              <TableCell className={styles.name}>{row.unit}</TableCell>
              <TableCell className={styles.number}>{row.score}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** 六、进展统计: per unit and per leader, for the 报送期次 chosen above; refreshed when the master or the period changes. */
export function SummarySection({ workspace, version, period }: { workspace: Workspace; version: number; period: string }) {
  const styles = useStyles();
  const operation = useOperation<SummaryOutcome>();
  const [tab, setTab] = useState<'unit' | 'leader' | 'ranking'>('unit');
  const { start } = operation;

  useEffect(() => {
    if (version > 0) void start(() => summarizeMaster(workspace, { now: new Date(), period: period || undefined }));
  }, [version, workspace, start, period]);

  const result = operation.result;
  return (
    <div className={styles.column}>
      <div>
        <Button disabled={operation.running || version === 0} onClick={() => start(() => summarizeMaster(workspace, { now: new Date(), period: period || undefined }))}>
          {say.summary.button}
        </Button>
      </div>
      <OperationStatus operation={operation} cancellable={false} />
      {result && (
        <div data-testid="summary">
          <Body1>{say.summary.period(result.periodLabel)}</Body1>
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as 'unit' | 'leader' | 'ranking')} size="small">
            <Tab value="unit">{say.summary.byUnit}</Tab>
            <Tab value="leader">{say.summary.byLeader}</Tab>
            <Tab value="ranking">{scoringMessages.pane.tab}</Tab>
          </TabList>
          {tab === 'ranking' ? (
            <RankingTable ranking={result.ranking} />
          ) : tab === 'unit' ? (
            <>
              <SummaryChart what={say.summary.unit} rows={result.byUnit.map(({ unit, ...counts }) => ({ name: unit, counts }))} />
              <CountsTable label={say.summary.unit} keys={COUNT_KEYS} rows={result.byUnit.map(({ unit, ...counts }) => ({ name: unit, ...counts }))} />
              {result.pending.tasks > 0 && (
                <Body1 className={styles.note} data-testid="summary-pending">
                  {say.summary.pending(result.pending.tasks, result.pending.groups.map((group) => group.group))}
                </Body1>
              )}
            </>
          ) : result.byLeader.length === 0 ? (
            <Body1 className={styles.note} data-testid="summary-no-leaders">
              {say.summary.noLeaders}
            </Body1>
          ) : (
            <>
              <SummaryChart what={say.summary.leader} rows={result.byLeader.map(({ leader, ...counts }) => ({ name: leader, counts }))} />
              <CountsTable label={say.summary.leader} keys={LEADER_KEYS} rows={result.byLeader.map(({ leader, ...counts }) => ({ name: leader, ...counts }))} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
