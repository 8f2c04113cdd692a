import { Badge, Body1, Caption1, Divider, Image, Subtitle1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useState, type ReactNode } from 'react';
import { localIso, onFirstUse } from '../../app/index.js';
import { alertMessages, briefMessages, reviewPaneMessages, taskpaneMessages as say } from '../../domain/messages/index.js';
import { defaultPeriod, masterInfo, type MasterInfo } from '../operations.js';
import type { Workspace } from '../workspace.js';
import { AlertsSection } from './AlertsSection.js';
import { BriefSection } from './BriefSection.js';
import { ConsolidateSection } from './ConsolidateSection.js';
import { LoadSection } from './LoadSection.js';
import { ReturnsSection } from './ReturnsSection.js';
import { ChunkBoundary } from './ChunkBoundary.js';
import { SummarySection } from './SummarySection.js';
import { ValidateSection } from './ValidateSection.js';
import { messageOf } from './useOperation.js';

// 审核与销号 needs a master and is not wanted at every start: its code loads once there is one.
const loadReview = onFirstUse(() => import(/* webpackChunkName: "review" */ './ReviewSection.js'));
const ReviewSection = lazy(async () => ({ default: (await loadReview()).ReviewSection }));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '640px' },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <Divider />
      <Subtitle1 as="h2">{title}</Subtitle1>
      {children}
    </section>
  );
}

/** The task pane: the steps of the office's cycle over one workspace. */
export function App({ workspace }: { workspace: Workspace }) {
  const styles = useStyles();
  const [info, setInfo] = useState<MasterInfo | null>(null);
  const [version, setVersion] = useState(0);
  const [period, setPeriod] = useState('');
  const [problem, setProblem] = useState('');

  const refresh = useCallback(async () => {
    try {
      const next = await masterInfo(workspace);
      setInfo(next);
      if (next) {
        setPeriod((current) => (next.periods.some((p) => p.code === current) ? current : defaultPeriod(next.periods, localIso(new Date()).slice(0, 10))));
        setVersion((v) => v + 1);
      }
      setProblem('');
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, [workspace]);

  // In Excel the open workbook may already be a master: pick it up when the pane opens.
  useEffect(() => {
    if (workspace.kind === 'excel') void refresh();
  }, [workspace, refresh]);

  const periods = info?.periods ?? [];
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Image src="assets/icon-32.png" alt="" width={32} height={32} />
        <Title3 as="h1">{say.appTitle}</Title3>
        <Badge appearance="tint" color={workspace.kind === 'excel' ? 'brand' : 'informative'}>
          {workspace.kind === 'excel' ? say.modeExcel : say.modeStandalone}
        </Badge>
      </header>
      {workspace.kind === 'standalone' && <Caption1>{say.standaloneHint}</Caption1>}
      {info && <Body1 data-testid="master-info">{say.load.current(info.title, info.tasks)}</Body1>}
      {problem && <Body1 role="alert">{problem}</Body1>}
      <Section title={say.load.heading}>
        <LoadSection workspace={workspace} onLoaded={refresh} />
      </Section>
      <Section title={say.validate.heading}>
        <ValidateSection workspace={workspace} hasMaster={info !== null} version={version} />
      </Section>
      <Section title={say.returns.heading}>
        <ReturnsSection workspace={workspace} periods={periods} period={period} onPeriod={setPeriod} />
      </Section>
      <Section title={say.consolidate.heading}>
        <ConsolidateSection workspace={workspace} periods={periods} period={period} onPeriod={setPeriod} onConsolidated={refresh} />
      </Section>
      <Section title={reviewPaneMessages.heading}>
        {info ? (
          <ChunkBoundary>
            <Suspense fallback={<Caption1>{say.busy}</Caption1>}>
              <ReviewSection workspace={workspace} version={version} periods={periods} period={period} onPeriod={setPeriod} />
            </Suspense>
          </ChunkBoundary>
        ) : (
          <Caption1>{reviewPaneMessages.needMaster}</Caption1>
        )}
      </Section>
      <Section title={say.summary.heading}>
        <SummarySection workspace={workspace} version={version} period={period} />
      </Section>
      <Section title={alertMessages.pane.heading}>
        <AlertsSection workspace={workspace} version={version} />
      </Section>
      <Section title={briefMessages.pane.heading}>
        <BriefSection workspace={workspace} hasMaster={info !== null} periods={periods} period={period} onPeriod={setPeriod} />
      </Section>
    </main>
  );
}
