import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { taskpaneMessages as say } from '../../domain/messages/index.js';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { color: tokens.colorNeutralForeground3, wordBreak: 'break-all' },
});

/**
 * A Fluent button in Chinese in place of the browser's file input, whose "Choose File / No file
 * chosen" follows the browser's language, not the pane's. The input stays in the page (hidden) so
 * its label still names it for assistive technology and tests.
 */
export function FileButton({ label, accept, disabled, onChange }: { label: string; accept: string; disabled?: boolean; onChange: (event: ChangeEvent<HTMLInputElement>) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState('');
  return (
    <div className={styles.row}>
      <Button size="small" disabled={disabled} onClick={() => input.current?.click()}>
        {say.chooseFile}
      </Button>
      <Caption1 className={styles.name}>{chosen || say.noFileChosen}</Caption1>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        disabled={disabled}
        aria-label={label}
        onChange={(event) => {
          setChosen(event.target.files?.[0]?.name ?? '');
          onChange(event);
        }}
      />
    </div>
  );
}
