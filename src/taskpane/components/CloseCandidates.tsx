import { Body1, Button, Caption1, Caption1Strong, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { localIso } from '../../app/index.js';
import { reviewPaneMessages as say } from '../../domain/messages/index.js';
import { closeCandidates, closeTask, type CandidateListing, type CloseOutcome } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { DownloadLink } from './DownloadLink.js';
import { OperationStatus } from './OperationStatus.js';
import { useReviewStyles } from './reviewStyles.js';
import { SkippedFeatures } from './SkippedFeatures.js';
import { useOperation } from './useOperation.js';

interface Entry {
  date: string;
  basis: string;
}

/** 办结销号: the tasks whose lead unit last reported 已完成, each closed with a date (today by default) and a basis. */
export function CloseCandidates({ workspace, version }: { workspace: Workspace; version: number }) {
  const styles = useReviewStyles();
  const listing = useOperation<CandidateListing>();
  const closing = useOperation<CloseOutcome>();
  const [entries, setEntries] = useState<Map<number, Entry>>(new Map());
  const today = localIso(new Date()).slice(0, 10);
  const { start } = listing;
  const load = useCallback(() => start(() => closeCandidates(workspace)), [start, workspace]);

  useEffect(() => {
    if (version > 0) void load();
  }, [version, load]);

  const entryOf = (seq: number): Entry => entries.get(seq) ?? { date: today, basis: '' };
  const edit = (seq: number, change: Partial<Entry>) => setEntries((current) => new Map(current).set(seq, { ...entryOf(seq), ...change }));

  const close = async (seq: number) => {
    const entry = entryOf(seq);
    const done = await closing.start((options) => closeTask(workspace, { seq, date: entry.date, basis: entry.basis }, { now: new Date() }, options));
    if (done) await load();
  };

  const candidates = listing.result?.candidates ?? [];
  const closed = closing.result;
  return (
    <div className={styles.column} data-testid="close-candidates">
      <Subtitle2 as="h3">{say.closeHeading}</Subtitle2>
      <Caption1 className={styles.note}>{say.closeIntro}</Caption1>
      <OperationStatus operation={listing} cancellable={false} />
      {listing.result && candidates.length === 0 && <Body1>{say.noCandidates}</Body1>}
      {candidates.map((candidate) => {
        const entry = entryOf(candidate.seq);
        return (
          <div key={candidate.seq} className={styles.card} data-testid="close-candidate">
            <Caption1Strong>{say.candidate(candidate.seq, candidate.leads.join('、'), candidate.periodLabel)}</Caption1Strong>
            <Caption1 className={styles.text} title={candidate.content}>
              {candidate.content}
            </Caption1>
            <div className={styles.row}>
              <Field label={say.dateLabel} className={styles.grow}>
                <Input type="date" value={entry.date} onChange={(_, data) => edit(candidate.seq, { date: data.value })} />
              </Field>
              <Field label={say.basisLabel} className={styles.grow}>
                <Input value={entry.basis} placeholder={say.basisPlaceholder} onChange={(_, data) => edit(candidate.seq, { basis: data.value })} />
              </Field>
            </div>
            <div>
              <Button size="small" disabled={closing.running || !entry.date} onClick={() => close(candidate.seq)}>
                {say.closeButton}
              </Button>
            </div>
          </div>
        );
      })}
      <OperationStatus operation={closing} cancellable={false} />
      {!closing.running && closed && (
        <div className={styles.column} data-testid="close-result">
          {closed.closed.map((closure) => (
            <Body1 key={closure.seq}>{say.closedDone(closure.seq, closure.date)}</Body1>
          ))}
          <SkippedFeatures skipped={closed.skipped} />
          {closed.download && <DownloadLink download={closed.download} />}
        </div>
      )}
    </div>
  );
}
