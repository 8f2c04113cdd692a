import { Body1, Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { taskpaneMessages as say } from '../../domain/messages/index.js';
import { BUILTIN_LIST_IDS, DubanError, type OperationOptions } from '../../app/index.js';
import { loadForeignListFile, loadList, loadNoticeText, openMasterFile, type InputFile, type LoadOutcome } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { DownloadLink } from './DownloadLink.js';
import { ImportReport } from './ImportReport.js';
import { OperationStatus } from './OperationStatus.js';
import { SkippedFeatures } from './SkippedFeatures.js';
import { useOperation } from './useOperation.js';
import { FileButton } from './FileButton.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  year: { maxWidth: '10em' },
});

type Loaded = { kind: 'list'; outcome: LoadOutcome } | { kind: 'file'; fileName: string; tasks: number };

/** One way of loading; run again with replaceExisting when Excel already has the master's sheets. */
type LoadRun = (replaceExisting: boolean, options: OperationOptions) => Promise<Loaded>;

async function chosenFile(event: ChangeEvent<HTMLInputElement>): Promise<InputFile | null> {
  const file = event.target.files?.[0];
  event.target.value = '';
  if (!file) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), lastModified: file.lastModified };
}

/**
 * 一、加载任务清单: a built-in list, a pasted notice or another office's sheet into the workbook, or
 * (standalone) an existing master file.
 */
export function LoadSection({ workspace, onLoaded }: { workspace: Workspace; onLoaded: () => void }) {
  const styles = useStyles();
  const [listId, setListId] = useState<string>(BUILTIN_LIST_IDS[0]);
  const [notice, setNotice] = useState('');
  const [year, setYear] = useState('');
  const [units, setUnits] = useState<InputFile | undefined>(undefined);
  const operation = useOperation<Loaded>();
  const lastRun = useRef<LoadRun | null>(null);
  const clash = operation.failure instanceof DubanError && operation.failure.code === 'sheetsExist';
  const busy = operation.running;

  const run = async (load: LoadRun, replaceExisting = false) => {
    lastRun.current = load;
    const done = await operation.start((options) => load(replaceExisting, options));
    if (done) onLoaded();
  };

  const loadBuiltin = () => {
    const id = listId;
    return run(async (replaceExisting, options) => ({ kind: 'list', outcome: await loadList(workspace, id, { now: new Date(), replaceExisting }, options) }));
  };

  const loadNotice = () => {
    const text = notice;
    const listYear = year;
    return run(async (replaceExisting, options) => ({
      kind: 'list',
      outcome: await loadNoticeText(workspace, text, { now: new Date(), replaceExisting, year: listYear, units }, options),
    }));
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = await chosenFile(event);
    if (!input) return;
    const listYear = year;
    await run(async (replaceExisting, options) => ({
      kind: 'list',
      outcome: await loadForeignListFile(workspace, input, { now: new Date(), replaceExisting, year: listYear, units }, options),
    }));
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = await chosenFile(event);
    if (!input) return;
    lastRun.current = null;
    const done = await operation.start(async () => {
      if (workspace.kind !== 'standalone') return { kind: 'file', fileName: input.name, tasks: 0 };
      const info = await openMasterFile(workspace, input.name, input.bytes);
      return { kind: 'file', fileName: input.name, tasks: info.tasks };
    });
    if (done) onLoaded();
  };

  const replace = () => {
    if (lastRun.current) void run(lastRun.current, true);
  };

  const result = operation.result;
  const loaded = result && result.kind !== 'file' ? result.outcome : null;
  return (
    <div className={styles.column}>
      <Field label={say.load.listLabel}>
        <Select value={listId} onChange={(_, data) => setListId(data.value)} disabled={busy}>
          {BUILTIN_LIST_IDS.map((id) => (
            <option key={id} value={id}>
              {say.load.lists[id] ?? id}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" onClick={loadBuiltin} disabled={busy}>
          {say.load.button}
        </Button>
      </div>
      <Field label={say.importList.pasteLabel}>
        <Textarea value={notice} onChange={(_, data) => setNotice(data.value)} placeholder={say.importList.pastePlaceholder} resize="vertical" rows={4} disabled={busy} />
      </Field>
      <div>
        <Button onClick={loadNotice} disabled={busy || notice.trim() === ''}>
          {say.importList.pasteButton}
        </Button>
      </div>
      <Field label={say.importList.fileLabel}>
        <FileButton accept=".xlsx,.csv,.txt,.docx" onChange={importFile} disabled={busy} label={say.importList.fileLabel} />
      </Field>
      <Field label={say.importList.unitsLabel} hint={units ? say.importList.unitsChosen(units.name) : undefined}>
        <FileButton accept=".xlsx,.csv" onChange={async (event) => setUnits((await chosenFile(event)) ?? undefined)} disabled={busy} label={say.importList.unitsLabel} />
      </Field>
      <Field label={say.importList.yearLabel}>
        <Input className={styles.year} value={year} onChange={(_, data) => setYear(data.value)} inputMode="numeric" placeholder={say.importList.yearPlaceholder} disabled={busy} />
      </Field>
      {workspace.kind === 'standalone' && (
        <Field label={say.load.openLabel}>
          <FileButton accept=".xlsx" onChange={open} disabled={busy} label={say.load.openLabel} />
        </Field>
      )}
      {clash ? (
        <MessageBar intent="warning">
          <MessageBarBody>{operation.error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={replace}>
              {say.load.replaceAsk}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <OperationStatus operation={operation} cancellable={false} />
      )}
      {!busy && loaded && (
        <>
          <MessageBar intent={loaded.imported && loaded.imported.problems.length > 0 ? 'warning' : 'success'}>
            <MessageBarBody>
              <span data-testid="load-result">{say.load.loaded(loaded.list.title, loaded.list.tasks.length, loaded.units, loaded.pendingGroups)}</span>
            </MessageBarBody>
          </MessageBar>
          {loaded.imported && <ImportReport imported={loaded.imported} directory={loaded.directory} />}
          {loaded.download && <DownloadLink download={loaded.download} />}
          <SkippedFeatures skipped={loaded.skipped} />
        </>
      )}
      {!busy && result?.kind === 'file' && <Body1 data-testid="load-result">{say.load.opened(result.fileName, result.tasks)}</Body1>}
    </div>
  );
}
