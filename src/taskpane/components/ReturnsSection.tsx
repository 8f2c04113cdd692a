import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { reviewMessages, taskpaneMessages as say } from '../../domain/messages/index.js';
import type { PeriodChoice } from '../../app/index.js';
import { generateReturns, type ReturnsOutcome } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { DownloadLink } from './DownloadLink.js';
import { OperationStatus } from './OperationStatus.js';
import { PeriodSelect } from './PeriodSelect.js';
import { useOperation } from './useOperation.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

interface Props {
  workspace: Workspace;
  periods: readonly PeriodChoice[];
  period: string;
  onPeriod: (code: string) => void;
}

/** 三、生成各单位填报表: a zip with one return workbook per unit, with progress and 取消. */
export function ReturnsSection({ workspace, periods, period, onPeriod }: Props) {
  const styles = useStyles();
  const operation = useOperation<ReturnsOutcome>();
  const result = operation.result;
  return (
    <div className={styles.column}>
      <PeriodSelect periods={periods} value={period} onChange={onPeriod} disabled={operation.running} />
      <div>
        <Button appearance="primary" disabled={operation.running || !period} onClick={() => operation.start((options) => generateReturns(workspace, period, { now: new Date() }, options))}>
          {say.returns.button}
        </Button>
      </div>
      <OperationStatus operation={operation} />
      {!operation.running && result && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              <span data-testid="returns-result">{say.returns.done(result.count, result.period.label)}</span>
            </MessageBarBody>
          </MessageBar>
          {result.warnings.map((warning) => (
            <MessageBar key={warning} intent="warning">
              <MessageBarBody>{warning}</MessageBarBody>
            </MessageBar>
          ))}
          {result.sentBack.map(({ unit, rows }) => (
            <Caption1 key={unit} as="p">
              {reviewMessages.sentBackIncluded(unit, rows)}
            </Caption1>
          ))}
          <DownloadLink download={result.download} />
        </>
      )}
    </div>
  );
}
