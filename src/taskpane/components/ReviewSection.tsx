import { Body1, Button, Caption1, Caption1Strong, Checkbox, Field, Input, Select, Textarea, ToggleButton } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { reviewPaneMessages as say } from '../../domain/messages/index.js';
import type { PeriodChoice } from '../../domain/summarize/index.js';
import type { ReviewResult } from '../../domain/vocabulary.js';
import { recordReviews, reviewRows, type ReviewDecision, type ReviewListing, type ReviewOutcome } from '../operations.js';
import { copyText } from '../saving.js';
import type { Workspace } from '../workspace.js';
import { CloseCandidates } from './CloseCandidates.js';
import { DownloadLink } from './DownloadLink.js';
import { OperationStatus } from './OperationStatus.js';
import { PeriodSelect } from './PeriodSelect.js';
import { useReviewStyles } from './reviewStyles.js';
import { SkippedFeatures } from './SkippedFeatures.js';
import { useOperation } from './useOperation.js';

/** Rows shown at once: a period of a long list has hundreds; the unit filter narrows them. */
const SHOWN = 20;


interface Choice {
  result: ReviewResult;
  reason: string;
}

const keyOf = (row: { unit: string; seq: number }) => `${row.unit}\u0000${row.seq}`;

interface Props {
  workspace: Workspace;
  version: number;
  periods: readonly PeriodChoice[];
  period: string;
  onPeriod: (code: string) => void;
}

/** 五、审核与销号: the period's returned rows marked 通过 / 退回修改, the 退回通知 to copy, and 办结销号. */
export function ReviewSection({ workspace, version, periods, period, onPeriod }: Props) {
  const styles = useReviewStyles();
  const listing = useOperation<ReviewListing>();
  const saving = useOperation<ReviewOutcome>();
  const [rows, setRows] = useState<ReviewListing | null>(null);
  const [unit, setUnit] = useState('');
  const [onlyOpen, setOnlyOpen] = useState(true);
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [copied, setCopied] = useState('');
  const noticeBox = useRef<HTMLTextAreaElement>(null);
  const { start } = listing;

  useEffect(() => {
    if (version === 0) return;
    void start(() => reviewRows(workspace, period)).then((value) => {
      if (value) setRows(value);
    });
    setChoices(new Map());
  }, [version, workspace, period, start]);

  const units = useMemo(() => [...new Set((rows?.rows ?? []).map((row) => row.unit))], [rows]);
  const shown = (rows?.rows ?? []).filter((row) => (!unit || row.unit === unit) && (!onlyOpen || row.result === null || choices.has(keyOf(row))));
  const open = (rows?.rows ?? []).filter((row) => row.result === null).length;
  const sentBack = (rows?.rows ?? []).filter((row) => row.result === '退回修改').length;
  const decisions: ReviewDecision[] = [...choices.entries()].map(([key, choice]) => {
    const [name, seq] = key.split('\u0000');
    return { unit: name, seq: Number(seq), result: choice.result, reason: choice.reason };
  });
  const incomplete = decisions.some((decision) => decision.result === '退回修改' && !decision.reason?.trim());

  const choose = (key: string, result: ReviewResult | null) =>
    setChoices((current) => {
      const next = new Map(current);
      if (result === null) next.delete(key);
      else next.set(key, { result, reason: current.get(key)?.reason ?? '' });
      return next;
    });
  const reason = (key: string, text: string) =>
    setChoices((current) => new Map(current).set(key, { result: current.get(key)?.result ?? '退回修改', reason: text }));

  const save = async () => {
    setCopied('');
    const done = await saving.start((options) => recordReviews(workspace, rows?.period ?? period, decisions, { now: new Date() }, options));
    if (done) {
      setRows(done);
      setChoices(new Map());
    }
  };

  const saved = saving.result;
  const notices = (saved?.decided ?? []).filter((row) => row.notice).map((row) => row.notice);
  return (
    <div className={styles.column}>
      <Caption1 className={styles.note}>{say.intro}</Caption1>
      <PeriodSelect periods={periods} value={period} onChange={onPeriod} disabled={listing.running || saving.running} />
      <OperationStatus operation={listing} cancellable={false} />
      {rows && (
        <div className={styles.column} data-testid="review">
          <Body1>{say.counts(rows.rows.length, open, sentBack)}</Body1>
          {rows.rows.length === 0 ? (
            <Body1>{say.none}</Body1>
          ) : (
            <>
              <div className={styles.row}>
                <Field label={say.unitFilter} className={styles.grow}>
                  <Select value={unit} onChange={(_, data) => setUnit(data.value)}>
                    <option value="">{say.allUnits}</option>
                    {units.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Checkbox label={say.onlyOpen} checked={onlyOpen} onChange={(_, data) => setOnlyOpen(data.checked === true)} />
              </div>
              {shown.length === 0 && <Body1>{say.noneOpen}</Body1>}
              {shown.slice(0, SHOWN).map((row) => {
                const key = keyOf(row);
                const choice = choices.get(key);
                return (
                  <div key={key} className={styles.card} data-testid="review-row">
                    <Caption1Strong>{say.row(row.unit, row.seq, row.status)}</Caption1Strong>
                    <Caption1 className={styles.text} title={row.text}>
                      {row.text}
                    </Caption1>
                    {row.result && (
                      <div className={styles.row}>
                        <Caption1 className={styles.note}>
                          {say.decided(row.result)}
                          {row.reason ? `：${row.reason}` : ''}
                        </Caption1>
                        {row.notice && (
                          <Button size="small" appearance="subtle" onClick={async () => setCopied((await copyText(row.notice)) ? say.copied : say.copyByHand)}>
                            {say.copy}
                          </Button>
                        )}
                      </div>
                    )}
                    <div className={styles.row}>
                      {(['通过', '退回修改'] as const).map((result) => (
                        <ToggleButton key={result} size="small" checked={choice?.result === result} onClick={() => choose(key, choice?.result === result ? null : result)}>
                          {result === '通过' ? say.pass : say.sendBack}
                        </ToggleButton>
                      ))}
                    </div>
                    {choice?.result === '退回修改' && (
                      <Field label={say.reasonLabel} required validationMessage={choice.reason.trim() ? undefined : say.reasonMissing} validationState={choice.reason.trim() ? 'none' : 'error'}>
                        <Input value={choice.reason} placeholder={say.reasonPlaceholder} onChange={(_, data) => reason(key, data.value)} />
                      </Field>
                    )}
                  </div>
                );
              })}
              {shown.length > SHOWN && <Caption1>{say.more(shown.length - SHOWN)}</Caption1>}
              {copied && !saving.result && <Caption1 role="status">{copied}</Caption1>}
              <div>
                <Button appearance="primary" disabled={decisions.length === 0 || incomplete || saving.running} onClick={save}>
                  {say.save(decisions.length)}
                </Button>
              </div>
            </>
          )}
        </div>
      )}
      <OperationStatus operation={saving} cancellable={false} />
      {!saving.running && saved && (
        <div className={styles.column} data-testid="review-saved">
          <Body1>{say.saved(saved.decided.length)}</Body1>
          <SkippedFeatures skipped={saved.skipped} />
          {saved.download && <DownloadLink download={saved.download} />}
          {notices.length > 0 && (
            <>
              <Field label={say.noticesLabel}>
                <Textarea className={styles.notices} value={notices.join('\n')} readOnly resize="vertical" textarea={{ ref: noticeBox }} data-testid="review-notices" />
              </Field>
              <div className={styles.row}>
                <Button size="small" onClick={async () => setCopied((await copyText(notices.join('\n'), noticeBox.current)) ? say.copied : say.copyByHand)}>
                  {say.copy}
                </Button>
                {copied && <Caption1 role="status">{copied}</Caption1>}
              </div>
            </>
          )}
        </div>
      )}
      <CloseCandidates workspace={workspace} version={version} />
    </div>
  );
}
