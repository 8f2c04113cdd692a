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
import { parseSheetXml } from './read-sheet.js';
import { attributes, decodeXmlBytes, innerOf, startTags, stringItemText } from './xml.js';
import { ZipReader } from './zip.js';

export type SheetState = SheetGrid['state'];

export interface ReadOptions {
  /** The file name used in messages (defaults to the path when `input` is one). */
  file?: string;
  /** Which sheets to read (all by default); the others are not parsed and not returned. */
  sheets?: (name: string, state: SheetState) => boolean;
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
  ) {
    // Part names are case-insensitive in OPC; some writers differ in case from their rels.
    for (const name of zip.names()) this.names.set(name.toLowerCase(), name);
  }

  has(part: string): boolean {
    return this.names.has(part.toLowerCase());
  }

  async text(part: string): Promise<string> {
    const name = this.names.get(part.toLowerCase());
    if (name === undefined) throw new DubanError(fileKindMessages.corrupt, this.location);
    try {
      return decodeXmlBytes(await this.zip.read(name));
    } catch {
      throw new DubanError(fileKindMessages.corrupt, this.location);
    }
  }

  async relationships(part: string): Promise<Relationship[]> {
    const path = relsPath(part);
    if (!this.has(path)) return [];
    return startTags(await this.text(path), 'Relationship').map((tag) => {
      const { Id = '', Type = '', Target = '', TargetMode } = attributes(tag);
      return { id: Id, type: Type, target: TargetMode === 'External' ? '' : resolvePart(part, Target) };
    });
  }
}

/** Whether each cell format (the s attribute) shows a date, a time, or neither. */
function cellDateKinds(stylesXml: string | undefined): (DateKind | undefined)[] {
  if (!stylesXml) return [];
  const codes = new Map<number, string>();
  for (const tag of startTags(innerOf(stylesXml, 'numFmts') ?? '', 'numFmt')) {
    const { numFmtId, formatCode } = attributes(tag);
    if (numFmtId !== undefined && formatCode !== undefined) codes.set(Number(numFmtId), formatCode);
  }
  return startTags(innerOf(stylesXml, 'cellXfs') ?? '', 'xf').map((tag) => {
    const id = Number(attributes(tag).numFmtId ?? 0);
    return formatDateKind(id, codes.get(id));
  });
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const result: string[] = [];
  const pattern = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) result.push(match[1] ? stringItemText(match[1]) : '');
  return result;
}

function coreTime(xml: string, name: 'created' | 'modified'): string | undefined {
  const text = innerOf(xml, name)?.trim();
  return text && !Number.isNaN(new Date(text).getTime()) ? text : undefined;
}

async function inputBytes(input: string | Uint8Array | ArrayBuffer, location: Location): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const { readFile } = await import(/* webpackIgnore: true */ 'node:fs/promises');
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
  const pkg = new PackageReader(zip, location);

  const rootRels = await pkg.relationships('');
  const workbookPart = rootRels.find((rel) => REL_TYPE.officeDocument.test(rel.type))?.target ?? 'xl/workbook.xml';
  const workbookXml = await pkg.text(workbookPart);
  const workbookRels = await pkg.relationships(workbookPart);
  const partOf = (type: RegExp) => workbookRels.find((rel) => type.test(rel.type))?.target;
  const date1904 = /\bdate1904\s*=\s*["'](1|true)["']/.test(startTags(workbookXml, 'workbookPr')[0] ?? '');

  const declared = startTags(innerOf(workbookXml, 'sheets') ?? '', 'sheet').map((tag) => {
    const attrs = attributes(tag);
    const state: SheetState = attrs.state === 'hidden' || attrs.state === 'veryHidden' ? attrs.state : 'visible';
    return { name: attrs.name ?? '', state, part: workbookRels.find((rel) => rel.id === attrs.id)?.target };
  });
  const wanted = declared.filter((sheet) => !options.sheets || options.sheets(sheet.name, sheet.state));

  const stringsPart = partOf(REL_TYPE.sharedStrings);
  const stylesPart = partOf(REL_TYPE.styles);
  const [strings, dateKinds] = wanted.length === 0
    ? [[], []]
    : await Promise.all([
        stringsPart && pkg.has(stringsPart) ? pkg.text(stringsPart).then(sharedStrings) : [],
        stylesPart && pkg.has(stylesPart) ? pkg.text(stylesPart).then(cellDateKinds) : [],
      ]);

  const sheets: SheetGrid[] = [];
  for (const sheet of wanted) {
    if (!sheet.part || !pkg.has(sheet.part)) {
      throw new DubanError(xlsxMessages.sheetUnreadable(sheet.name), { ...location, sheet: sheet.name });
    }
    const xml = await pkg.text(sheet.part);
    const { rows, merges } = parseSheetXml(xml, { strings, dateKinds, date1904 });
    sheets.push({ name: sheet.name, state: sheet.state, rows, merges });
  }

  const grid: WorkbookGrid = { sheets };
  const corePart = rootRels.find((rel) => REL_TYPE.coreProperties.test(rel.type))?.target ?? 'docProps/core.xml';
  if (pkg.has(corePart)) {
    const core = await pkg.text(corePart);
    const modified = coreTime(core, 'modified');
    const created = coreTime(core, 'created');
    if (modified) grid.modified = modified;
    if (created) grid.created = created;
  }
  return grid;
}
