/**
 * Code the use cases load on first use. In the pane, webpack makes a chunk of each import() target,
 * so the first screen does not wait for ExcelJS, the zip code, the unit dictionaries or the Word writer;
 * in the CLI, a command loads only what it runs (a fast `duban lists`). When the browser cannot
 * fetch a chunk — the network dropped, or the add-in was updated since the pane opened — the user is
 * told so in Chinese; the next use tries again.
 */
import { DubanError } from '../domain/errors.js';
import { startupMessages } from '../domain/messages/index.js';

export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    load().catch((error: unknown) => {
      if (error instanceof Error && error.name === 'ChunkLoadError') throw new DubanError(startupMessages.chunkFailed, {}, 'chunkFailed');
      throw error;
    });
}

/** ExcelJS and the xlsx code (renders and reads workbooks). */
export const xlsxModule = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/index.js'));
/** The readers alone (their own zip reader, no ExcelJS), for use cases that never write: validating, importing a list. */
export const readerModule = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/read.js'));
export const listSheetModule = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/list-sheet.js'));
export const fileKindModule = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/detect.js'));
export const docxReaderModule = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/docx.js'));
export const returnReaderModule = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../xlsx/read-return.js'));
export const csvModule = onFirstUse(() => import(/* webpackChunkName: "xlsx" */ '../domain/csv.js'));
// The master's builder, its 单位名录 reader, summaries, validation and the 通报 resolve unit names
// through the directory (traditional → simplified, pinyin): they load with the unit dictionaries.
export const masterModule = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/master/index.js'));
export const unitsModule = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/units/index.js'));
export const assignmentsModule = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/assignments/index.js'));
export const summarizeModule = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/summarize/index.js'));
export const validateModule = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/validate/index.js'));
export const briefModule = onFirstUse(() => import(/* webpackChunkName: "units" */ '../domain/brief/index.js'));
export const importModule = onFirstUse(() => import(/* webpackChunkName: "import" */ '../domain/import/index.js'));
export const returnsModule = onFirstUse(() => import(/* webpackChunkName: "returns" */ '../domain/returns/index.js'));
export const demoModule = onFirstUse(() => import(/* webpackChunkName: "returns" */ '../domain/demo/index.js'));
/** The Word writer is large: loaded only when someone asks for a 通报. */
export const docxWriterModule = onFirstUse(() => import(/* webpackChunkName: "docx" */ '../docx/index.js'));
export const zipModule = onFirstUse(async () => (await import(/* webpackChunkName: "jszip" */ 'jszip')).default);
