import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { taskpaneMessages as say } from '../../domain/messages/index.js';
import type { SkippedFeature } from '../../domain/spec/index.js';

/** What the running Excel could not set (older versions), one line each — never skipped silently. */
export function SkippedFeatures({ skipped }: { skipped: readonly SkippedFeature[] }) {
  if (skipped.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{say.skippedTitle}</MessageBarTitle>
        <ul>
          {skipped.map((item) => (
            <li key={`${item.sheet}-${item.feature}`}>{item.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
