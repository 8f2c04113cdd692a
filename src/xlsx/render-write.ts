/**
 * ExcelJS's xlsx writer, run step by step so that a large workbook is never held three times over.
 * `writeBuffer` builds every sheet's cell model twice (workbook.model lists the sheets twice),
 * keeps the live cells alongside, zips every part uncompressed and collects that zip in a stream
 * buffer, which repack.ts then loaded again: about 1 GB for 40,000 rows. Here each sheet's model
 * is taken once and its live cells dropped, each part goes straight into the deterministic zip
 * (repack.ts's DeterministicZip, with the same entries in the same order, so the same bytes), and
 * a sheet's cell model is dropped as soon as its XML is written.
 */
import type ExcelJS from 'exceljs';
import { DeterministicZip } from './repack.js';

interface ModelSheet {
  rows?: unknown[];
  [key: string]: unknown;
}

interface WorkbookModel {
  worksheets: ModelSheet[];
  sheets: ModelSheet[];
  [key: string]: unknown;
}

/** The steps of ExcelJS's XLSX.write (exceljs/lib/xlsx/xlsx.js), called in the order it calls them. */
interface XlsxSteps {
  prepareModel(model: WorkbookModel, options: object): void;
  addContentTypes(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addOfficeRels(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addWorkbookRels(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addWorksheets(zip: DeterministicZip, model: { worksheets: ModelSheet[] }): Promise<void>;
  addSharedStrings(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addDrawings(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addTables(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addThemes(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addStyles(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addMedia(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addApp(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addCore(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
  addWorkbook(zip: DeterministicZip, model: WorkbookModel): Promise<void>;
}

const STEPS: (keyof XlsxSteps)[] = [
  'prepareModel', 'addContentTypes', 'addOfficeRels', 'addWorkbookRels', 'addWorksheets', 'addSharedStrings', 'addDrawings',
  'addTables', 'addThemes', 'addStyles', 'addMedia', 'addApp', 'addCore', 'addWorkbook',
];

/**
 * The workbook's model as workbook.model builds it, but with each sheet's model built once and the
 * sheet's live rows released right after (the workbook is not used again).
 */
function modelOnce(wb: ExcelJS.Workbook): WorkbookModel {
  const worksheets = wb.worksheets.map((ws) => {
    const model = ws.model as unknown as ModelSheet;
    (ws as unknown as { _rows: unknown[] })._rows = [];
    return model;
  });
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(wb), 'model');
  // The getter's other fields, without building the sheets again: its worksheets are swapped out.
  const proxy = Object.create(wb, { worksheets: { value: [] } }) as ExcelJS.Workbook;
  const rest = descriptor?.get?.call(proxy) as WorkbookModel | undefined;
  if (!rest) throw new Error('ExcelJS workbook has no model getter');
  // WorkbookXform.prepare sets sheets = worksheets before it reads either.
  return { ...rest, worksheets, sheets: worksheets };
}

/** Rows rendered at a time: ExcelJS builds a sheet's XML from millions of small strings. */
const ROWS_PER_CHUNK = 2_000;

/** The parts addWorksheets appends, caught instead of zipped. */
class Catch {
  readonly parts: [string, string | Uint8Array, boolean][] = [];
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    this.parts.push([options.name, data, options.base64 ?? false]);
  }
}

/**
 * A sheet's parts as addWorksheets writes them, its sheetData rendered ROWS_PER_CHUNK rows at a
 * time into the sheet rendered without rows: the same text, with a fraction of the garbage alive.
 */
async function addWorksheet(xlsx: XlsxSteps, zip: DeterministicZip, sheet: ModelSheet): Promise<void> {
  const rows = sheet.rows ?? [];
  if (rows.length <= ROWS_PER_CHUNK) {
    await xlsx.addWorksheets(zip, { worksheets: [sheet] });
    return;
  }
  const skeleton = new Catch();
  sheet.rows = [];
  await xlsx.addWorksheets(skeleton as unknown as DeterministicZip, { worksheets: [sheet] });
  const [name, empty] = skeleton.parts[0];
  const at = typeof empty === 'string' ? empty.indexOf('<sheetData/>') : -1;
  if (at < 0) throw new Error(`ExcelJS rendered ${name} without an empty sheetData`);
  const pieces: string[] = [empty.slice(0, at) as string, '<sheetData>'];
  for (let from = 0; from < rows.length; from += ROWS_PER_CHUNK) {
    sheet.rows = rows.slice(from, from + ROWS_PER_CHUNK);
    const chunk = new Catch();
    await xlsx.addWorksheets(chunk as unknown as DeterministicZip, { worksheets: [sheet] });
    const xml = chunk.parts[0][1] as string;
    const start = xml.indexOf('<sheetData>') + '<sheetData>'.length;
    pieces.push(xml.slice(start, xml.indexOf('</sheetData>', start)));
  }
  pieces.push('</sheetData>', (empty as string).slice(at + '<sheetData/>'.length));
  sheet.rows = rows;
  zip.append(pieces.join(''), { name });
  for (const [other, data, base64] of skeleton.parts.slice(1)) zip.append(data, { name: other, base64 });
}

/** The deterministic .xlsx bytes of an ExcelJS workbook: entries dated `date`, `edits` and `upserts` (repack.ts) applied. */
export async function writeDeterministic(
  wb: ExcelJS.Workbook,
  date: Date,
  edits: ReadonlyMap<string, (text: string) => string>,
  upserts: ReadonlyMap<string, (text: string | null) => string> = new Map(),
): Promise<Uint8Array> {
  const xlsx = wb.xlsx as unknown as XlsxSteps;
  for (const step of STEPS) {
    if (typeof xlsx[step] !== 'function') throw new Error(`ExcelJS writer has no ${step} step`);
  }
  const model = modelOnce(wb);
  const zip = new DeterministicZip(date, edits, upserts);
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  for (const sheet of model.worksheets) {
    await addWorksheet(xlsx, zip, sheet);
    // Shared strings and styles were collected in prepareModel; the cells are not read again.
    sheet.rows = [];
  }
  await xlsx.addSharedStrings(zip, model);
  await xlsx.addDrawings(zip, model);
  await xlsx.addTables(zip, model);
  await xlsx.addThemes(zip, model);
  await xlsx.addStyles(zip, model);
  await xlsx.addMedia(zip, model);
  await xlsx.addApp(zip, model);
  await xlsx.addCore(zip, model);
  await xlsx.addWorkbook(zip, model);
  return zip.generate();
}
