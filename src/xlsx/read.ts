/**
 * Reads any .xlsx into plain grids, values as the user sees them: formulas' cached results, rich
 * text flattened, merged cells filled with the top-left value, dates as ISO text, numbers stored as
 * text kept as text, errors as their text (#N/A). It inflates with the platform's zlib and parses
 * only the parts it needs (workbook, relationships, shared strings, the date formats of styles, the requested sheets)
 * — several times faster than a full ExcelJS load, which matters when 200 returns come back.
 */
import { DubanError, type Location } from '../domain/errors.js';
import type { SheetGrid, WorkbookGrid } from '../domain/grid.js';
import { commonMessages, fileKindMessages, xlsxMessages } from '../domain/messages/index.js';
import type { DateKind } from '../domain/spec/index.js';
import { formatDateKind } from './dates.js';
import { detectFileKind } from './detect.js';
import { LimitExceeded, megabytes, ReadBudget, WORKBOOK_LIMITS, type ReadLimits } from './limits.js';
import { parseSheetXml } from './read-sheet.js';
import { decodeXmlBytes, readStringItem, XmlDamaged, XmlScanner } from './xml.js';
import { InflateLimitExceeded, ZipReader } from './zip.js';

export type SheetState = SheetGrid['state'];

export interface ReadOptions {
  /** The file name used in messages (defaults to the path when `input` is one). */
  file?: string;
  /** Which sheets to read (all by default); the others are not parsed and not returned. */
  sheets?: (name: string, state: SheetState) => boolean;
  /**
   * What the read may cost (WORKBOOK_LIMITS by default; returns are read with RETURN_LIMITS). A file
   * over a limit raises DubanError with the limit's own message, never the damaged-file one.
   */
  limits?: ReadLimits;
}

const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  coreProperties: /\/core-properties$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
};

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/xl/a.xml" → "xl/a.xml". */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

class PackageReader {
  private readonly names = new Map<string, string>();

  constructor(
    private readonly zip: ZipReader,
    private readonly location: Location,
    readonly budget: ReadBudget,
  ) {
    // Part names are case-insensitive in OPC; some writers differ in case from their rels.
    for (const name of zip.names()) this.names.set(name.toLowerCase(), name);
  }

  has(part: string): boolean {
    return this.names.has(part.toLowerCase());
  }

  /** The part's text, inflated within the read's budget. */
  async text(part: string): Promise<string> {
    const name = this.names.get(part.toLowerCase());
    if (name === undefined) throw new DubanError(fileKindMessages.corrupt, this.location);
    let bytes: Uint8Array;
    try {
      this.budget.checkTime();
      bytes = await this.zip.read(name, this.budget.inflateAllowance());
      this.budget.spendInflated(bytes.length);
    } catch (error) {
      if (error instanceof InflateLimitExceeded) {
        throw new DubanError(xlsxMessages.inflatedTooLarge(megabytes(this.budget.inflateLimitBytes())), this.location);
      }
      throw this.failure(error);
    }
    try {
      return decodeXmlBytes(bytes);
    } catch {
      throw new DubanError(fileKindMessages.corrupt, this.location);
    }
  }

  /**
   * Reads a part with `parse`: a part that is not well-formed XML is `damaged` (the damaged-part
   * message unless the caller names the sheet), a limit met its own message.
   */
  async parse<T>(part: string, parse: (xml: string, budget: ReadBudget) => T, damaged: string = xlsxMessages.partDamaged): Promise<T> {
    const xml = await this.text(part);
    try {
      return parse(xml, this.budget);
    } catch (error) {
      if (error instanceof XmlDamaged) throw new DubanError(damaged, this.location);
      throw this.failure(error);
    }
  }

  /** A limit met is its own message; anything else that breaks a part is damage. */
  private failure(error: unknown): DubanError {
    if (error instanceof LimitExceeded) return new DubanError(error.problem, this.location);
    if (error instanceof DubanError) return error;
    return new DubanError(fileKindMessages.corrupt, this.location);
  }

  async relationships(part: string): Promise<Relationship[]> {
    const path = relsPath(part);
    if (!this.has(path)) return [];
    return this.parse(path, (xml, budget) => {
      const rels: Relationship[] = [];
      const scanner = new XmlScanner(xml, budget);
      while (scanner.next()) {
        if (scanner.local !== 'Relationship' || scanner.kind === 'close' || scanner.kind === 'cdata') continue;
        const { Id = '', Type = '', Target = '', TargetMode } = scanner.attributes();
        rels.push({ id: Id, type: Type, target: TargetMode === 'External' ? '' : resolvePart(part, Target) });
      }
      return rels;
    });
  }
}

interface WorkbookPart {
  date1904: boolean;
  sheets: { name: string; state: SheetState; id: string }[];
}

function workbookPart(xml: string, budget: ReadBudget): WorkbookPart {
  const result: WorkbookPart = { date1904: false, sheets: [] };
  const scanner = new XmlScanner(xml, budget);
  while (scanner.next()) {
    if (scanner.kind !== 'open' && scanner.kind !== 'empty') continue;
    if (scanner.local === 'workbookPr') {
      result.date1904 = /^(1|true)$/.test(scanner.attribute('date1904')?.trim() ?? '');
    } else if (scanner.local === 'sheet' && scanner.parent === 'sheets') {
      const attrs = scanner.attributes();
      const state: SheetState = attrs.state === 'hidden' || attrs.state === 'veryHidden' ? attrs.state : 'visible';
      result.sheets.push({ name: attrs.name ?? '', state, id: attrs.id ?? '' });
    }
  }
  return result;
}

/** Whether each cell format (the s attribute) shows a date, a time, or neither. */
function cellDateKinds(xml: string, budget: ReadBudget): (DateKind | undefined)[] {
  const codes = new Map<number, string>();
  const ids: number[] = [];
  const scanner = new XmlScanner(xml, budget);
  while (scanner.next()) {
    if (scanner.kind !== 'open' && scanner.kind !== 'empty') continue;
    if (scanner.local === 'numFmt' && scanner.parent === 'numFmts') {
      const { numFmtId, formatCode } = scanner.attributes();
      if (numFmtId !== undefined && formatCode !== undefined) codes.set(Number(numFmtId), formatCode);
    } else if (scanner.local === 'xf' && scanner.parent === 'cellXfs') {
      ids.push(Number(scanner.attribute('numFmtId') ?? 0));
    }
  }
  return ids.map((id) => formatDateKind(id, codes.get(id)));
}

function sharedStrings(xml: string, budget: ReadBudget): string[] {
  const result: string[] = [];
  const scanner = new XmlScanner(xml, budget);
  while (scanner.next()) {
    if (scanner.local !== 'si' || scanner.parent !== 'sst' || (scanner.kind !== 'open' && scanner.kind !== 'empty')) continue;
    // Each item is some cell's text: a table of more items than cells is no workbook's.
    if (result.length >= budget.limits.cells) throw new LimitExceeded(xlsxMessages.tooManyCells('', budget.limits.cells));
    result.push(readStringItem(scanner));
  }
  return result;
}

function coreTimes(xml: string, budget: ReadBudget): { created?: string; modified?: string } {
  const times: { created?: string; modified?: string } = {};
  const scanner = new XmlScanner(xml, budget);
  while (scanner.next()) {
    const local = scanner.local;
    if (scanner.kind !== 'open' || (local !== 'created' && local !== 'modified') || times[local] !== undefined) continue;
    const text = scanner.elementText().trim();
    if (text && !Number.isNaN(new Date(text).getTime())) times[local] = text;
  }
  return times;
}

async function inputBytes(input: string | Uint8Array | ArrayBuffer, location: Location): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(input);
  } catch {
    throw new DubanError(commonMessages.fileNotFound, location);
  }
}

/**
 * Reads a workbook: a path (Node), a Buffer or an ArrayBuffer. Files that are not .xlsx (.xls,
 * WPS .et, .docx, .csv, password-protected, damaged) raise DubanError (exit 2) naming the file.
 */
export async function readWorkbook(input: string | Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const location: Location = { file: options.file ?? (typeof input === 'string' ? input : undefined) };
  const bytes = await inputBytes(input, location);
  const kind = detectFileKind(bytes, location.file ?? '');
  if (kind !== 'xlsx') throw new DubanError(fileKindMessages[kind], location);
  const zip = await ZipReader.open(bytes);
  if (!zip) throw new DubanError(fileKindMessages.corrupt, location);
  const pkg = new PackageReader(zip, location, new ReadBudget(options.limits ?? WORKBOOK_LIMITS));

  const rootRels = await pkg.relationships('');
  const workbookPath = rootRels.find((rel) => REL_TYPE.officeDocument.test(rel.type))?.target ?? 'xl/workbook.xml';
  const workbook = await pkg.parse(workbookPath, workbookPart);
  const workbookRels = await pkg.relationships(workbookPath);
  const partOf = (type: RegExp) => workbookRels.find((rel) => type.test(rel.type))?.target;

  // By id, the first of each: a crafted workbook may list thousands of sheets and relationships.
  const targets = new Map<string, string>();
  for (const rel of workbookRels) if (!targets.has(rel.id)) targets.set(rel.id, rel.target);
  const declared = workbook.sheets.map((sheet) => ({ ...sheet, part: targets.get(sheet.id) }));
  const wanted = declared.filter((sheet) => !options.sheets || options.sheets(sheet.name, sheet.state));

  const stringsPart = partOf(REL_TYPE.sharedStrings);
  const stylesPart = partOf(REL_TYPE.styles);
  // One part after the other: each is inflated within what is left of the read's budget.
  const strings = wanted.length > 0 && stringsPart && pkg.has(stringsPart) ? await pkg.parse(stringsPart, sharedStrings) : [];
  const dateKinds = wanted.length > 0 && stylesPart && pkg.has(stylesPart) ? await pkg.parse(stylesPart, cellDateKinds) : [];
  const context = { strings, dateKinds, date1904: workbook.date1904 };

  const sheets: SheetGrid[] = [];
  for (const sheet of wanted) {
    const sheetLocation = { ...location, sheet: sheet.name };
    if (!sheet.part || !pkg.has(sheet.part)) throw new DubanError(xlsxMessages.sheetUnreadable(sheet.name), sheetLocation);
    const { rows, merges } = await pkg.parse(
      sheet.part,
      (xml, budget) => parseSheetXml(xml, context, { budget, sheet: sheet.name }),
      xlsxMessages.sheetDamaged(sheet.name),
    );
    sheets.push({ name: sheet.name, state: sheet.state, rows, merges });
  }

  const grid: WorkbookGrid = { sheets };
  const corePart = rootRels.find((rel) => REL_TYPE.coreProperties.test(rel.type))?.target ?? 'docProps/core.xml';
  if (pkg.has(corePart)) {
    const { modified, created } = await pkg.parse(corePart, coreTimes);
    if (modified) grid.modified = modified;
    if (created) grid.created = created;
  }
  return grid;
}
