import { Body1, Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ChangeEvent } from 'react';
import { taskpaneMessages as say } from '../../domain/messages/index.js';
import { SheetsExistError } from '../../excel/index.js';
import { BUILTIN_LIST_IDS } from '../builtin.js';
import { loadList, openMasterFile, type LoadOutcome } from '../operations.js';
import type { StandaloneWorkspace, Workspace } from '../workspace.js';
import { DownloadLink } from './DownloadLink.js';
import { OperationStatus } from './OperationStatus.js';
import { SkippedFeatures } from './SkippedFeatures.js';
import { useOperation } from './useOperation.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Loaded = { kind: 'list'; outcome: LoadOutcome } | { kind: 'file'; fileName: string; tasks: number };

/** 一、加载任务清单: a built-in list into the workbook, or (standalone) an existing master file. */
export function LoadSection({ workspace, onLoaded }: { workspace: Workspace; onLoaded: () => void }) {
  const styles = useStyles();
  const [listId, setListId] = useState(BUILTIN_LIST_IDS[0]);
  const operation = useOperation<Loaded>();
  const clash = operation.failure instanceof SheetsExistError;

  const load = async (replaceExisting: boolean) => {
    const done = await operation.start(async (options) => ({ kind: 'list', outcome: await loadList(workspace, listId, { now: new Date(), replaceExisting }, options) }));
    if (done) onLoaded();
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const done = await operation.start(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const info = await openMasterFile(workspace as StandaloneWorkspace, file.name, bytes);
      return { kind: 'file', fileName: file.name, tasks: info.tasks };
    });
    if (done) onLoaded();
  };

  const result = operation.result;
  return (
    <div className={styles.column}>
      <Field label={say.load.listLabel}>
        <Select value={listId} onChange={(_, data) => setListId(data.value)} disabled={operation.running}>
          {BUILTIN_LIST_IDS.map((id) => (
            <option key={id} value={id}>
              {say.load.lists[id] ?? id}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" onClick={() => load(false)} disabled={operation.running}>
          {say.load.button}
        </Button>
      </div>
      {workspace.kind === 'standalone' && (
        <Field label={say.load.openLabel}>
          <input type="file" accept=".xlsx" onChange={open} disabled={operation.running} aria-label={say.load.openLabel} />
        </Field>
      )}
      {clash ? (
        <MessageBar intent="warning">
          <MessageBarBody>{operation.error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => load(true)}>
              {say.load.replaceAsk}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <OperationStatus operation={operation} cancellable={false} />
      )}
      {!operation.running && result?.kind === 'list' && (
        <>
          <MessageBar intent="success">
            <MessageBarBody>
              <span data-testid="load-result">{say.load.loaded(result.outcome.list.title, result.outcome.list.tasks.length, result.outcome.units)}</span>
            </MessageBarBody>
          </MessageBar>
          {result.outcome.download && <DownloadLink download={result.outcome.download} />}
          <SkippedFeatures skipped={result.outcome.skipped} />
        </>
      )}
      {!operation.running && result?.kind === 'file' && <Body1 data-testid="load-result">{say.load.opened(result.fileName, result.tasks)}</Body1>}
    </div>
  );
}
