import { Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { taskpaneMessages as say } from '../../domain/messages/index.js';
import type { OperationState } from './useOperation.js';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
});

/** Progress with a cancel button while an operation runs, and its error when it failed. */
export function OperationStatus<T>({ operation, cancellable = true }: { operation: OperationState<T>; cancellable?: boolean }) {
  const styles = useStyles();
  const { running, progress, error } = operation;
  return (
    <>
      {running && (
        <div className={styles.row}>
          <Field className={styles.bar} validationMessage={progress ? say.progress(progress.done, progress.total, progress.note) : say.busy} validationState="none">
            <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
          </Field>
          {cancellable && (
            <Button size="small" onClick={operation.cancel}>
              {say.cancel}
            </Button>
          )}
        </div>
      )}
      {!running && error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <Caption1>{error}</Caption1>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
