/**
 * Code loaded on first use (webpack makes a chunk of each import() target). When the browser cannot
 * fetch a chunk — the network dropped, or the add-in was updated on the server since the pane opened
 * — the user is told so in Chinese; the next use tries again.
 */
import { DubanError } from '../domain/errors.js';
import { startupMessages } from '../domain/messages/index.js';

export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().catch((error: unknown) => {
      if (error instanceof Error && error.name === 'ChunkLoadError') throw new DubanError(startupMessages.chunkFailed);
      throw error;
    });
}

/** ExcelJS and the xlsx code (renders and reads workbooks). */
export const xlsxModule = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/index.js'));
