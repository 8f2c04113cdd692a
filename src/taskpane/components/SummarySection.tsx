import { Body1, Button, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { scoringMessages, taskpaneMessages as say } from '../../domain/messages/index.js';
import { COUNT_KEYS, type SummaryCounts } from '../../domain/summarize/index.js';
import { summarizeMaster, type SummaryOutcome } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { OperationStatus } from './OperationStatus.js';
import { useOperation } from './useOperation.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflow: 'auto', maxHeight: '420px' },
  number: { textAlign: 'right', whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  name: { whiteSpace: 'nowrap' },
  table: { tableLayout: 'auto', minWidth: '100%' },
});

function CountsTable({ label, rows }: { label: string; rows: ({ name: string } & SummaryCounts)[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={label} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.name}>{label}</TableHeaderCell>
            {COUNT_KEYS.map((key) => (
              <TableHeaderCell key={key} className={styles.number}>
                {say.summary.columns[key]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell className={styles.name}>{row.name}</TableCell>
              {COUNT_KEYS.map((key) => (
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

/** 五、进展统计: per unit and per leader, for the latest reported period; refreshed when the master changes. */
export function SummarySection({ workspace, version }: { workspace: Workspace; version: number }) {
  const styles = useStyles();
  const operation = useOperation<SummaryOutcome>();
  const [tab, setTab] = useState<'unit' | 'leader' | 'ranking'>('unit');
  const { start } = operation;

  useEffect(() => {
    if (version > 0) void start(() => summarizeMaster(workspace, { now: new Date() }));
  }, [version, workspace, start]);

  const result = operation.result;
  return (
    <div className={styles.column}>
      <div>
        <Button disabled={operation.running || version === 0} onClick={() => start(() => summarizeMaster(workspace, { now: new Date() }))}>
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
          {tab === 'unit' && <CountsTable label={say.summary.unit} rows={result.byUnit.map(({ unit, ...counts }) => ({ name: unit, ...counts }))} />}
          {tab === 'leader' && <CountsTable label={say.summary.leader} rows={result.byLeader.map(({ leader, ...counts }) => ({ name: leader, ...counts }))} />}
          {tab === 'ranking' && <RankingTable ranking={result.ranking} />}
        </div>
      )}
    </div>
  );
}
