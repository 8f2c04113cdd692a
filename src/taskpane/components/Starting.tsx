import { Body1, Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { startupMessages as say } from '../../domain/messages/index.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: '640px' },
});

/** After this long without Office, the pane says so and offers standalone mode. */
export const SLOW_OFFICE_MS = 10_000;

/**
 * The first screen inside Office while Office.js gets ready: the pane keeps waiting (it never falls
 * back to standalone by itself inside Excel), and after SLOW_OFFICE_MS says so and lets the user
 * start standalone by hand.
 */
export function Starting({ onStandalone, slowAfterMs = SLOW_OFFICE_MS }: { onStandalone: () => void; slowAfterMs?: number }) {
  const styles = useStyles();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [slowAfterMs]);
  return (
    <main className={styles.root} data-testid="starting">
      <Spinner size="small" labelPosition="after" label={say.waiting} />
      {slow && (
        <>
          <Body1 role="status">{say.slow}</Body1>
          <div>
            <Button onClick={onStandalone}>{say.standaloneButton}</Button>
          </div>
          <Caption1>{say.standaloneNote}</Caption1>
        </>
      )}
    </main>
  );
}
