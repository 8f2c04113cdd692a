import { Body1, Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { briefMessages as say } from '../../domain/messages/index.js';
import type { PeriodChoice } from '../../app/index.js';
import { draftBrief, type BriefOutcome } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { DownloadLink } from './DownloadLink.js';
import { OperationStatus } from './OperationStatus.js';
import { PeriodSelect } from './PeriodSelect.js';
import { useOperation } from './useOperation.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { minHeight: '200px' },
});

interface Props {
  workspace: Workspace;
  hasMaster: boolean;
  periods: readonly PeriodChoice[];
  period: string;
  onPeriod: (code: string) => void;
}

/** 八、督查通报: the 通报 draft of a period as a Word document and as text to paste. */
export function BriefSection({ workspace, hasMaster, periods, period, onPeriod }: Props) {
  const styles = useStyles();
  const operation = useOperation<BriefOutcome>();
  const result = operation.result;
  return (
    <div className={styles.column}>
      <PeriodSelect periods={periods} value={period} onChange={onPeriod} disabled={operation.running} />
      <div>
        <Button appearance="primary" disabled={operation.running || !hasMaster} onClick={() => operation.start(() => draftBrief(workspace, period, { now: new Date() }))}>
          {say.pane.button}
        </Button>
      </div>
      <OperationStatus operation={operation} cancellable={false} />
      {!operation.running && result && (
        <div className={styles.column} data-testid="brief">
          <Body1>{say.pane.done(result.periodLabel)}</Body1>
          {result.download && <DownloadLink download={result.download} />}
          <Field label={say.pane.textLabel}>
            <Textarea className={styles.text} value={result.text} readOnly resize="vertical" />
          </Field>
        </div>
      )}
    </div>
  );
}
