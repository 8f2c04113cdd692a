import { useCallback, useRef, useState } from 'react';
import { CancelledError, DubanError, type OperationOptions, type Progress } from '../../app/index.js';
import { commonMessages, fixHints, taskpaneMessages as say } from '../../domain/messages/index.js';

export interface OperationState<T> {
  running: boolean;
  progress: Progress | null;
  /** The Chinese message of the last failure; '' when the last run succeeded or was never started. */
  error: string;
  /** What the last failed run threw, for callers that act on a particular error. */
  failure: unknown;
  result: T | null;
  /** Starts the operation; a second start while running is ignored. */
  start: (operation: (options: OperationOptions) => Promise<T>) => Promise<T | null>;
  cancel: () => void;
  reset: () => void;
}

/** The Chinese message for anything an operation threw. */
export function messageOf(error: unknown): string {
  if (error instanceof CancelledError) return say.cancelled;
  // The problem, then how to fix it in the pane (the CLI says it in its own terms).
  if (error instanceof DubanError) return `${error.message}${fixHints.pane[error.code] ?? ''}`;
  return commonMessages.internalError(error instanceof Error ? error.message : String(error));
}

/** Runs one long operation at a time with progress, a cancel signal and its error as text. */
export function useOperation<T>(): OperationState<T> {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [result, setResult] = useState<T | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async (operation: (options: OperationOptions) => Promise<T>) => {
    if (controller.current) return null;
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setError('');
    setFailure(null);
    setProgress(null);
    try {
      const value = await operation({ signal: abort.signal, onProgress: setProgress });
      setResult(value);
      return value;
    } catch (caught) {
      if (!(caught instanceof CancelledError) && !(caught instanceof DubanError)) console.error(caught);
      setError(messageOf(caught));
      setFailure(caught);
      return null;
    } finally {
      controller.current = null;
      setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    setResult(null);
    setError('');
    setFailure(null);
    setProgress(null);
  }, []);

  return { running, progress, error, failure, result, start, cancel, reset };
}
