/**
 * One worksheet part → rows of cell values. A single pass over <sheetData> with a regular
 * expression for <row> and <c> start tags; each cell's inner XML is cut out with indexOf.
 */
import { columnIndex, parseAddress, type CellValue } from '../domain/grid.js';
import { serialToText, type DateKind } from '../domain/spec/index.js';
import { attribute, decodeText, stringItemText } from './xml.js';

export interface SheetContext {
  strings: readonly string[];
  /** By cell format index (the s attribute): whether the format shows a date or time. */
  dateKinds: readonly (DateKind | undefined)[];
  date1904: boolean;
}

const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

/** A number as Excel shows it: at most 15 significant digits (0.30000000000000004 → 0.3). */
function excelNumber(text: string): CellValue {
  const value = Number(text);
  if (!Number.isFinite(value)) return text.trim() === '' ? null : text;
  return text.length > 15 ? Number(value.toPrecision(15)) : value;
}

function cellValue(type: string | undefined, styleIndex: number, inner: string, context: SheetContext): CellValue {
  if (type === 'inlineStr') {
    const match = INLINE.exec(inner);
    const text = match ? stringItemText(match[1]) : '';
    return text === '' ? null : text;
  }
  const match = VALUE.exec(inner);
  if (!match) return null;
  const raw = match[1];
  switch (type) {
    case 's': {
      const text = context.strings[Number(raw)];
      return text === undefined || text === '' ? null : text;
    }
    case 'str':
    case 'e': {
      const text = decodeText(raw);
      return text === '' ? null : text;
    }
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'd': {
      // ISO 8601 date-time in the cell itself (rare; strict OOXML writers).
      const text = decodeText(raw).trim().replace(/Z$/, '');
      return /T00:00(:00(\.0+)?)?$/.test(text) ? text.slice(0, 10) : text.replace('T', ' ');
    }
    default: {
      const value = excelNumber(decodeText(raw));
      const kind = context.dateKinds[styleIndex];
      return kind && typeof value === 'number' && value >= 0 ? serialToText(value, kind, context.date1904) : value;
    }
  }
}


/** Fills every cell of each merged range with its top-left value, within the sheet's used area. */
function fillMerges(rows: CellValue[][], merges: readonly string[], width: number): void {
  for (const ref of merges) {
    const [from, to = from] = ref.split(':');
    const start = parseAddress(from);
    const end = parseAddress(to);
    const value = rows[start.row0]?.[start.col0] ?? null;
    if (value === null) continue;
    const lastRow = Math.min(end.row0, rows.length - 1);
    const lastCol = Math.min(end.col0, width - 1);
    for (let r = start.row0; r <= lastRow; r += 1) {
      const row = rows[r];
      while (row.length < start.col0) row.push(null);
      for (let c = start.col0; c <= lastCol; c += 1) row[c] = value;
    }
  }
}

/** Rows without holes, each trimmed of trailing blanks; trailing blank rows dropped. */
function compact(sparse: CellValue[][]): CellValue[][] {
  const rows: CellValue[][] = [];
  let lastNonBlank = -1;
  for (let r = 0; r < sparse.length; r += 1) {
    const source = sparse[r];
    let end = source ? source.length : 0;
    while (end > 0 && (source[end - 1] === undefined || source[end - 1] === null)) end -= 1;
    const row: CellValue[] = new Array(end);
    for (let c = 0; c < end; c += 1) row[c] = source[c] ?? null;
    rows.push(row);
    if (end > 0) lastNonBlank = r;
  }
  rows.length = lastNonBlank + 1;
  return rows;
}

export function parseSheetXml(xml: string, context: SheetContext): { rows: CellValue[][]; merges: string[] } {
  const TAG = /<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
  const CELL_END = /<\/(?:[\w.-]+:)?c>/g;
  const MERGE = /<(?:[\w.-]+:)?mergeCell(?=[\s/>])[^>]*?\bref\s*=\s*["']([^"']+)["']/g;
  const dataStart = xml.search(/<(?:[\w.-]+:)?sheetData[\s/>]/);
  const dataEnd = xml.search(/<\/(?:[\w.-]+:)?sheetData>/);
  const sparse: CellValue[][] = [];
  let row0 = -1;
  let col0 = -1;
  if (dataStart >= 0) {
    TAG.lastIndex = dataStart;
    const limit = dataEnd >= 0 ? dataEnd : xml.length;
    for (let match = TAG.exec(xml); match && match.index < limit; match = TAG.exec(xml)) {
      const [, name, attrs, empty] = match;
      if (name === 'row') {
        const r = attribute(attrs, 'r');
        row0 = r ? Number(r) - 1 : row0 + 1;
        col0 = -1;
        continue;
      }
      let inner = '';
      if (!empty) {
        CELL_END.lastIndex = TAG.lastIndex;
        const end = CELL_END.exec(xml);
        if (!end) break;
        inner = xml.slice(TAG.lastIndex, end.index);
        TAG.lastIndex = CELL_END.lastIndex;
      }
      const ref = attribute(attrs, 'r');
      if (ref) {
        const letters = /^[A-Za-z]+/.exec(ref);
        col0 = letters ? columnIndex(letters[0]) : col0 + 1;
        const digits = /\d+$/.exec(ref);
        if (digits) row0 = Number(digits[0]) - 1;
      } else {
        col0 += 1;
      }
      if (row0 < 0) row0 = 0;
      if (empty) continue;
      const s = attribute(attrs, 's');
      const value = cellValue(attribute(attrs, 't'), s ? Number(s) : 0, inner, context);
      if (value === null) continue;
      (sparse[row0] ??= [])[col0] = value;
    }
  }
  const merges: string[] = [];
  const tail = dataEnd >= 0 ? xml.slice(dataEnd) : '';
  for (let match = MERGE.exec(tail); match; match = MERGE.exec(tail)) merges.push(match[1].replace(/\$/g, '').toUpperCase());
  const rows = compact(sparse);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  fillMerges(rows, merges, width);
  return { rows, merges };
}
