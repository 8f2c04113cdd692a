import { Body1, Button, MessageBar, MessageBarBody, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { taskpaneMessages as say } from '../../domain/messages/index.js';
import type { ValidationReport } from '../../domain/validate/index.js';
import { startLiveValidation, validateMaster, type LiveResult } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { FindingList } from './FindingList.js';
import { OperationStatus } from './OperationStatus.js';
import { messageOf, useOperation } from './useOperation.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** 二、校验: the whole master at once, and in Excel each edited cell as it is typed. */
export function ValidateSection({ workspace, hasMaster, version }: { workspace: Workspace; hasMaster: boolean; version: number }) {
  const styles = useStyles();
  const operation = useOperation<ValidationReport>();
  const [live, setLive] = useState(false);
  const [liveResult, setLiveResult] = useState<LiveResult | null>(null);
  const [liveError, setLiveError] = useState('');
  const stop = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    if (!live || workspace.kind !== 'excel') return undefined;
    let cancelled = false;
    setLiveError('');
    startLiveValidation(workspace, setLiveResult, (error) => setLiveError(messageOf(error)))
      .then((detach) => {
        if (cancelled) void detach();
        else stop.current = detach;
      })
      .catch((error) => {
        setLiveError(messageOf(error));
        setLive(false);
      });
    return () => {
      cancelled = true;
      void stop.current?.();
      stop.current = null;
    };
    // Re-attached whenever the master is rewritten: its sheets (and their events) are new.
  }, [live, workspace, version]);

  const report = operation.result;
  return (
    <div className={styles.column}>
      <div>
        <Button appearance="primary" disabled={operation.running || !hasMaster} onClick={() => operation.start((options) => validateMaster(workspace, options))}>
          {say.validate.button}
        </Button>
      </div>
      {workspace.kind === 'excel' && (
        <Switch checked={live} disabled={!hasMaster} label={say.validate.live} onChange={(_, data) => setLive(data.checked)} />
      )}
      {live && <Body1>{say.validate.liveOn}</Body1>}
      {liveError && (
        <MessageBar intent="error">
          <MessageBarBody>{liveError}</MessageBarBody>
        </MessageBar>
      )}
      {live && liveResult && (
        <div data-testid="live-result">
          <Body1>{liveResult.note ?? say.validate.liveFound(`${liveResult.sheet}!${liveResult.address}`, liveResult.findings.length)}</Body1>
          <FindingList findings={liveResult.findings} />
        </div>
      )}
      <OperationStatus operation={operation} cancellable={false} />
      {!operation.running && report && (
        <div data-testid="validation-result">
          <Body1>{report.findings.length === 0 ? say.validate.none : say.validate.found(report.findings.length)}</Body1>
          <FindingList findings={report.findings} />
        </div>
      )}
    </div>
  );
}
