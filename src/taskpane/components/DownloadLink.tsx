import { Body1, Button, Caption1, Input, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { savingMessages as saving, taskpaneMessages as say, type SaveBlockReason } from '../../domain/messages/index.js';
import { copyText, currentSaveEnvironment, downloadBlocked, openInBrowser, openInExcel, standaloneAddress, type SaveEnvironment } from '../saving.js';
import { XLSX_MIME, type Download } from '../workspace.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  address: { flexGrow: 1, minWidth: '12em' },
});

/**
 * A file made in the pane (master workbook, merged master, zip of returns): a download link where
 * the webview saves downloads, else the ways that work in this host (saving.ts), and which one was
 * used. `environment` is for tests; the pane reads it from Office.js and the browser.
 */
export function DownloadLink({ download, environment }: { download: Download; environment?: SaveEnvironment }) {
  const env = useMemo(() => environment ?? currentSaveEnvironment(), [environment]);
  const blocked = downloadBlocked(env);
  return blocked ? <SaveElsewhere download={download} env={env} reason={blocked} /> : <BlobLink download={download} />;
}

function BlobLink({ download }: { download: Download }) {
  const url = useMemo(() => URL.createObjectURL(new Blob([download.bytes as Uint8Array<ArrayBuffer>], { type: download.mime })), [download]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <Link href={url} download={download.fileName}>
      {say.download(download.fileName)}
    </Link>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function SaveElsewhere({ download, env, reason }: { download: Download; env: SaveEnvironment; reason: SaveBlockReason }) {
  const styles = useStyles();
  const [done, setDone] = useState('');
  const address = useMemo(() => standaloneAddress(), []);
  const addressInput = useRef<HTMLInputElement>(null);
  const workbooks = env.canCreateWorkbook ? (download.mime === XLSX_MIME ? [download] : (download.parts ?? [])) : [];

  const report = (run: () => Promise<string> | string) => async () => {
    try {
      setDone(await run());
    } catch (error) {
      setDone(saving.failed(messageOf(error)));
    }
  };

  return (
    <MessageBar intent="warning" layout="multiline" data-testid="save-elsewhere" data-save-block={reason}>
      <MessageBarBody>
        <div className={styles.column}>
          <Body1>{saving.blocked[reason]}</Body1>
          <Body1>{saving.waysIntro(download.fileName)}</Body1>
          {workbooks.length > 1 && <Caption1>{saving.partsIntro(workbooks.length)}</Caption1>}
          {workbooks.length > 0 && (
            <div className={styles.row}>
              {workbooks.map((part) => (
                <Button
                  key={part.fileName}
                  size="small"
                  onClick={report(async () => {
                    await openInExcel(part.bytes);
                    return saving.openedInExcel(part.fileName);
                  })}
                >
                  {saving.openInExcel(part.fileName)}
                </Button>
              ))}
            </div>
          )}
          {env.canOpenBrowser && (
            <div className={styles.row}>
              <Button
                size="small"
                onClick={report(() => {
                  openInBrowser(address);
                  return saving.openedBrowser;
                })}
              >
                {saving.openBrowser}
              </Button>
            </div>
          )}
          <Caption1>{saving.addressIntro}</Caption1>
          <div className={styles.row}>
            <Input className={styles.address} size="small" readOnly value={address} input={{ ref: addressInput }} aria-label={saving.copyAddress} />
            <Button size="small" onClick={report(async () => ((await copyText(address, addressInput.current)) ? saving.copiedAddress : saving.copyByHand))}>
              {saving.copyAddress}
            </Button>
          </div>
          <Caption1>{saving.cli}</Caption1>
          {done && (
            <Body1 role="status" data-testid="save-result">
              {done}
            </Body1>
          )}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
