/**
 * Bundled for the browser with the adapter: builds a master (a real list or a synthetic one of any
 * size) and writes or reads it through Microsoft's Office.js client library, whose request executor
 * is replaced by one that hands each request's JSON to the test (window.__excelExecute).
 */
import { buildMasterSpec } from '../../../src/domain/master/index.js';
import { parseTaskList, parseUnitDirectory, type ProgressEntry } from '../../../src/domain/model/index.js';
import { readWorkbookGrid, renderSpecToWorkbook } from '../../../src/excel/index.js';
import { syntheticList } from '../../helpers/synthetic-list.js';

declare global {
  interface Window {
    __excelExecute(body: string): Promise<string>;
    __duban: typeof api;
  }
}

const allSupported = () => true;

function context(): Excel.RequestContext {
  const context = new Excel.RequestContext('https://excel.invalid');
  (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
    executeAsync: (_customData: unknown, _flags: number, message: { Body: unknown }) =>
      window.__excelExecute(JSON.stringify(message.Body)).then((text) => JSON.parse(text) as unknown),
  };
  return context;
}

export interface MasterInput {
  tasks?: number;
  list?: unknown;
  directory?: unknown;
  replaceExisting?: boolean;
  /** Progress rows of the master (none unless given): two periods' give 按单位汇总 its lights line chart. */
  progress?: ProgressEntry[];
}

const api = {
  async write(input: MasterInput) {
    const { list, directory } =
      input.tasks !== undefined ? syntheticList(input.tasks) : { list: parseTaskList(input.list), directory: parseUnitDirectory(input.directory) };
    const spec = buildMasterSpec({ list, directory, progress: input.progress ?? [], generatedAt: '2023-04-03T09:00:00' });
    const result = await renderSpecToWorkbook(context(), spec, { isSetSupported: allSupported, replaceExisting: input.replaceExisting ?? false });
    return { syncs: result.syncs, largestEstimate: result.largestRequest, sheets: result.sheets };
  },
  async read(sheets?: string[]) {
    let largest = 0;
    const grid = await readWorkbookGrid(context(), { isSetSupported: allSupported, sheets, onResponse: (bytes) => (largest = Math.max(largest, bytes)) });
    return { sheets: grid.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length, firstCell: sheet.rows[0]?.[0] ?? null })), largestEstimate: largest };
  },
};

window.__duban = api;
