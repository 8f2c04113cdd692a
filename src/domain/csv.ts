/**
 * RFC 4180 CSV → SheetGrid: quoted fields with "" escapes and embedded line breaks, CRLF/LF/CR line
 * ends, a UTF-8 byte-order mark. Text that is not UTF-8 (GBK from an older Excel "CSV" save) is
 * refused with a message saying so rather than read as garbage. A file whose first line has tabs but
 * no commas is read as tab-separated (Excel's "Unicode text", always UTF-16 with a byte-order mark).
 */
import { DubanError, type Location } from './errors.js';
import type { CellValue, SheetGrid } from './grid.js';
import { xlsxMessages } from './messages/index.js';

export interface CsvOptions {
  /** The sheet name of the grid (Excel names it after the file). */
  sheetName?: string;
  /** For messages. */
  file?: string;
}

/** The text of CSV bytes: UTF-16 with a byte-order mark, else strict UTF-8. */
export function decodeCsvBytes(bytes: Uint8Array, location: Location = {}): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DubanError(xlsxMessages.notUtf8, location);
  }
}

function delimiterOf(text: string): ',' | '\t' {
  let inQuotes = false;
  let tabs = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === ',') return ',';
    else if (!inQuotes && ch === '\t') tabs += 1;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
  }
  return tabs > 0 ? '\t' : ',';
}

/** Records of fields exactly as written (quotes removed, "" unescaped). */
export function parseCsvRecords(text: string, location: Location = {}): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = delimiterOf(source);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  /** Whether the current record has begun (a quoted empty field at the end still counts). */
  let started = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    started = false;
  };
  while (i < source.length) {
    const ch = source[i];
    started = true;
    if (ch === '"' && field === '') {
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= source.length) throw new DubanError(xlsxMessages.csvUnclosedQuote(startLine), location);
        const inner = source[i];
        if (inner === '"') {
          if (source[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (inner === '\n') line += 1;
        field += inner;
        i += 1;
      }
      // Text after the closing quote (lenient: kept, as Excel does) until the delimiter.
      while (i < source.length && source[i] !== delimiter && source[i] !== '\n' && source[i] !== '\r') field += source[i++];
      continue;
    }
    if (ch === delimiter) {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      line += 1;
      started = false;
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (started) endRecord();
  return records;
}

/** A CSV file (text or bytes) as a one-sheet grid; empty fields are blank cells. */
export function parseCsv(input: string | Uint8Array, options: CsvOptions = {}): SheetGrid {
  const location: Location = { file: options.file };
  const text = typeof input === 'string' ? input : decodeCsvBytes(input, location);
  const rows: CellValue[][] = parseCsvRecords(text, location).map((record) => {
    const row: CellValue[] = record.map((field) => (field === '' ? null : field));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name: options.sheetName ?? 'Sheet1', state: 'visible', rows, merges: [] };
}
