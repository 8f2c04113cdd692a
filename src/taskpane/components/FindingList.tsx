import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { taskpaneMessages as say, validateMessages } from '../../domain/messages/index.js';
import type { Finding } from '../../domain/validate/index.js';

const SHOWN = 200;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxHeight: '360px', overflowY: 'auto' },
  where: { fontWeight: tokens.fontWeightSemibold },
  suggestion: { color: tokens.colorPaletteGreenForeground1 },
});

/** Findings with their cell, kind, message and suggestion; long lists are cut with a note. */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  return (
    <>
      <ul className={styles.list} data-testid="findings">
        {findings.slice(0, SHOWN).map((finding, i) => (
          <li key={`${finding.sheet}!${finding.cell}-${finding.kind}-${i}`}>
            <span className={styles.where}>
              {finding.sheet}!{finding.cell}
            </span>{' '}
            <Caption1>（{validateMessages.kindLabels[finding.kind]}）</Caption1> {finding.message}
            {finding.suggestion && <div className={styles.suggestion}>{say.validate.suggestion(finding.suggestion)}</div>}
          </li>
        ))}
      </ul>
      {findings.length > SHOWN && <Caption1>{say.validate.more(findings.length - SHOWN)}</Caption1>}
    </>
  );
}
