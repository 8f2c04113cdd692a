/**
 * Every long operation takes these options, so the task pane can show progress and offer a cancel
 * button, and the CLI can print progress to stderr.
 */
export interface Progress {
  done: number;
  total: number;
  /** What is being worked on, in Chinese (e.g. a file or unit name). */
  note?: string;
}

export interface OperationOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export class CancelledError extends Error {
  constructor() {
    super('操作已取消。');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
