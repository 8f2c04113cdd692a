import { Body1, Button, Caption1, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { taskpaneMessages as say } from '../../domain/messages/index.js';
import type { PeriodChoice } from '../../app/index.js';
import { consolidateReturnFiles, type ConsolidateOutcome, type InputFile } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { ConsolidationReportView } from './ConsolidationReportView.js';
import { DownloadLink } from './DownloadLink.js';
import { OperationStatus } from './OperationStatus.js';
import { PeriodSelect } from './PeriodSelect.js';
import { SkippedFeatures } from './SkippedFeatures.js';
import { useOperation } from './useOperation.js';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: 'center',
    cursor: 'pointer',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2, ...shorthands.borderColor(tokens.colorBrandStroke1) },
});

interface Props {
  workspace: Workspace;
  periods: readonly PeriodChoice[];
  period: string;
  onPeriod: (code: string) => void;
  onConsolidated: () => void;
}

/** 四、汇总回收表: returned files dropped or chosen → report, 进展汇总 and 报送情况 written. */
export function ConsolidateSection({ workspace, periods, period, onPeriod, onConsolidated }: Props) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const operation = useOperation<ConsolidateOutcome>();

  const add = (list: FileList | null) => {
    if (list) setFiles((current) => [...current, ...Array.from(list)]);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  const run = async () => {
    const done = await operation.start(async (options) => {
      const inputs: InputFile[] = [];
      for (const file of files) inputs.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), lastModified: file.lastModified });
      return consolidateReturnFiles(workspace, inputs, period, { now: new Date() }, options);
    });
    if (done) onConsolidated();
  };

  const result = operation.result;
  return (
    <div className={styles.column}>
      <PeriodSelect periods={periods} value={period} onChange={onPeriod} disabled={operation.running} />
      <div
        className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
        role="button"
        tabIndex={0}
        onClick={() => input.current?.click()}
        onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && input.current?.click()}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Body1>{say.consolidate.drop}</Body1>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="return-files"
          onChange={(event) => {
            add(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      {files.length > 0 && (
        <Caption1>
          {say.consolidate.chosen(files.length)}{' '}
          <Button size="small" appearance="subtle" onClick={() => setFiles([])} disabled={operation.running}>
            {say.consolidate.clear}
          </Button>
        </Caption1>
      )}
      <div>
        <Button appearance="primary" disabled={operation.running || !period || files.length === 0} onClick={run}>
          {say.consolidate.button}
        </Button>
      </div>
      <OperationStatus operation={operation} />
      {!operation.running && result && (
        <>
          <ConsolidationReportView outcome={result} excel={workspace.kind === 'excel'} />
          {result.download && <DownloadLink download={result.download} />}
          <SkippedFeatures skipped={result.skipped} />
        </>
      )}
    </div>
  );
}
