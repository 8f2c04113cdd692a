/**
 * Hostile workbooks, built programmatically: a zip writer of our own (so an entry can hold a deflate
 * stream that inflates to gigabytes without anyone holding those gigabytes), and variants of a good
 * return — a merge over the whole sheet, a cell at row 100,000,000, a decompression bomb, unclosed
 * <si> and <c tags, a sheet cut at two thirds, millions of tiny cells.
 *
 *   const bytes = await hostileReturn(await aReturn(plan).forUnit('市商务局').toXlsx(), 'bomb');
 */
import JSZip from 'jszip';
import { constants, deflateRawSync } from 'node:zlib';
import { xlsxMessages } from '../../src/domain/messages/index.js';
import { RETURN_LIMITS } from '../../src/xlsx/limits.js';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One zip entry: its name and either its content (deflated here) or an already-compressed stream. */
export type ZipPart =
  | { name: string; data: Uint8Array | string; stored?: boolean }
  | { name: string; deflated: Uint8Array; size: number; crc?: number };

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A zip of the parts, in order (no zip64: sizes must stay under 4 GiB). Bombs carry a CRC of 0. */
export function zipBytes(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(utf8(part.name));
    let method: number;
    let body: Uint8Array;
    let size: number;
    let crc: number;
    if ('deflated' in part) {
      method = 8;
      body = part.deflated;
      size = part.size;
      crc = part.crc ?? 0;
    } else {
      const data = typeof part.data === 'string' ? utf8(part.data) : part.data;
      method = part.stored ? 0 : 8;
      body = part.stored ? data : deflateRawSync(data);
      size = data.length;
      crc = crc32(data);
    }
    if (size > 0xffffffff || body.length > 0xffffffff) throw new Error('zipBytes: no zip64');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Deflate of `text` ending on a byte boundary with the dictionary reset, so copies can be concatenated. */
function flushedBlock(text: string | Uint8Array): Buffer {
  return deflateRawSync(typeof text === 'string' ? utf8(text) : text, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
}

/**
 * A raw deflate stream that inflates to `prefix` + `filler` × `copies` + `suffix`, built from
 * independent full-flush blocks: a 1 MiB filler compresses to about 1 KB, so 2 GiB costs 2 MB here
 * and nothing ever holds the inflated text.
 */
export function deflateBomb(prefix: string, filler: string, copies: number, suffix: string): { deflated: Buffer; size: number } {
  const head = flushedBlock(prefix);
  const body = flushedBlock(filler);
  const tail = deflateRawSync(utf8(suffix), { level: 9 });
  const deflated = Buffer.concat([head, ...Array.from({ length: copies }, () => body), tail]);
  return { deflated, size: utf8(prefix).length + utf8(filler).length * copies + utf8(suffix).length };
}

/** Every entry of a zip, in order, as bytes (jszip: the files here are our own good returns). */
export async function zipParts(bytes: Uint8Array): Promise<{ name: string; data: Uint8Array }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: { name: string; data: Uint8Array }[] = [];
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.push({ name: entry.name, data: await entry.async('uint8array') });
  return parts;
}

export type HostileKind =
  | 'huge-merge'
  | 'far-cell'
  | 'bomb'
  | 'unclosed-si'
  | 'unclosed-c'
  | 'truncated-sheet'
  | 'many-cells'
  | 'beyond-excel-merge'
  | 'corner-cell'
  | 'spread-bomb';

export const HOSTILE_KINDS: readonly HostileKind[] = [
  'huge-merge', 'far-cell', 'corner-cell', 'beyond-excel-merge', 'bomb', 'spread-bomb', 'unclosed-si', 'unclosed-c', 'truncated-sheet', 'many-cells',
];

export interface HostileOptions {
  /** Inflated size of the bomb's sheet (2 GiB by default). */
  bombBytes?: number;
  /** Repetitions of the unclosed tag (3,500 <si> ≈ 14 KB; 4,000 "<c " ≈ 12 KB). */
  tags?: number;
  /** Cells of 'many-cells'. */
  cells?: number;
}

const FORM_SHEET = 'xl/worksheets/sheet1.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

function insertBefore(xml: string, marker: RegExp, insert: string): string {
  const match = marker.exec(xml);
  if (!match) throw new Error(`hostile: ${marker} not found`);
  return xml.slice(0, match.index) + insert + xml.slice(match.index);
}

/** Adds a merged range to a worksheet, inside its <mergeCells> when it has one. */
function withMerge(xml: string, ref: string): string {
  if (/<mergeCells[\s>]/.test(xml)) return xml.replace(/<\/mergeCells>/, `<mergeCell ref="${ref}"/></mergeCells>`);
  if (!/<\/sheetData>/.test(xml)) throw new Error('hostile: no </sheetData>');
  return xml.replace(/<\/sheetData>/, `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);
}

/**
 * A good return (ExcelJS output: the form is xl/worksheets/sheet1.xml) turned hostile. Only the
 * named part changes; the unit, list and period metadata stay, so the file would count if read.
 */
export async function hostileReturn(good: Uint8Array, kind: HostileKind, options: HostileOptions = {}): Promise<Buffer> {
  const parts: ZipPart[] = await zipParts(good);
  const text = (name: string) => {
    const part = parts.find((p) => p.name === name);
    if (!part || !('data' in part)) throw new Error(`hostile: no part ${name}`);
    return typeof part.data === 'string' ? part.data : new TextDecoder().decode(part.data);
  };
  const replace = (name: string, next: ZipPart) => {
    const index = parts.findIndex((p) => p.name === name);
    if (index < 0) throw new Error(`hostile: no part ${name}`);
    parts[index] = next;
  };
  const sheet = text(FORM_SHEET);
  switch (kind) {
    case 'huge-merge': {
      // A value at A1 (the title) and one at XFD1048576, merged over everything: all legal addresses.
      const far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>尾</t></is></c></row>';
      replace(FORM_SHEET, { name: FORM_SHEET, data: withMerge(insertBefore(sheet, /<\/sheetData>/, far), 'A1:XFD1048576') });
      break;
    }
    case 'corner-cell': {
      // A stray value in Excel's last cell (Ctrl+End, then typing): legal, and a million rows deep.
      const far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>';
      replace(FORM_SHEET, { name: FORM_SHEET, data: insertBefore(sheet, /<\/sheetData>/, far) });
      break;
    }
    case 'far-cell': {
      const far = '<row r="100000000"><c r="A100000000"><v>1</v></c></row>';
      replace(FORM_SHEET, { name: FORM_SHEET, data: insertBefore(sheet, /<\/sheetData>/, far) });
      break;
    }
    case 'beyond-excel-merge':
      replace(FORM_SHEET, { name: FORM_SHEET, data: withMerge(sheet, 'A1:ZZZZ99999999') });
      break;
    case 'bomb': {
      const size = options.bombBytes ?? 2 * 2 ** 30;
      const open = /<sheetData>/.exec(sheet);
      if (!open) throw new Error('hostile: no <sheetData>');
      const prefix = sheet.slice(0, open.index + open[0].length);
      const suffix = '</sheetData></worksheet>';
      const filler = ' '.repeat(2 ** 20);
      const bomb = deflateBomb(prefix, filler, Math.ceil(size / filler.length), suffix);
      replace(FORM_SHEET, { name: FORM_SHEET, ...bomb });
      break;
    }
    case 'spread-bomb': {
      // Every part just under 32 MiB: no part over the per-part limit, all of them over the total.
      const size = options.bombBytes ?? 30 * 2 ** 20;
      const filler = ' '.repeat(2 ** 20);
      const copies = Math.ceil(size / filler.length);
      const sst = text(SHARED_STRINGS);
      const styles = text('xl/styles.xml');
      const split = (xml: string, at: RegExp) => {
        const match = at.exec(xml)!;
        return [xml.slice(0, match.index + match[0].length), xml.slice(match.index + match[0].length)] as const;
      };
      const [sheetHead, sheetTail] = split(sheet, /<sheetData>/);
      const [sstHead, sstTail] = split(sst, /<sst[^>]*>/);
      const [stylesHead, stylesTail] = split(styles, /<styleSheet[^>]*>/);
      replace(FORM_SHEET, { name: FORM_SHEET, ...deflateBomb(sheetHead, filler, copies, sheetTail) });
      replace(SHARED_STRINGS, { name: SHARED_STRINGS, ...deflateBomb(sstHead, filler, copies, sstTail) });
      replace('xl/styles.xml', { name: 'xl/styles.xml', ...deflateBomb(stylesHead, filler, copies, stylesTail) });
      break;
    }
    case 'unclosed-si': {
      const sst = text(SHARED_STRINGS);
      const open = /<sst[^>]*>/.exec(sst)!;
      replace(SHARED_STRINGS, { name: SHARED_STRINGS, data: sst.slice(0, open.index + open[0].length) + '<si>'.repeat(options.tags ?? 3_500) });
      break;
    }
    case 'unclosed-c':
      replace(FORM_SHEET, { name: FORM_SHEET, data: insertBefore(sheet, /<\/sheetData>/, `<row r="200">${'<c '.repeat(options.tags ?? 4_000)}`) });
      break;
    case 'truncated-sheet': {
      // Valid deflate of XML cut at two thirds: the zip is fine, the sheet is not.
      const bytes = new TextEncoder().encode(sheet);
      replace(FORM_SHEET, { name: FORM_SHEET, data: bytes.subarray(0, Math.floor((bytes.length * 2) / 3)) });
      break;
    }
    case 'many-cells': {
      const cells = options.cells ?? 600_000;
      const perRow = 100;
      const row = `<row>${'<c><v>1</v></c>'.repeat(perRow)}</row>`;
      const open = /<sheetData>/.exec(sheet)!;
      const prefix = sheet.slice(0, open.index + open[0].length);
      const bomb = deflateBomb(prefix, row.repeat(1000), Math.ceil(cells / perRow / 1000), '</sheetData></worksheet>');
      replace(FORM_SHEET, { name: FORM_SHEET, ...bomb });
      break;
    }
  }
  return zipBytes(parts);
}

/** The reason each hostile return (the form sheet 进展填报) is refused with, under RETURN_LIMITS. */
export const HOSTILE_REASONS: Record<HostileKind, string | RegExp> = {
  'huge-merge': xlsxMessages.mergeTooLarge('进展填报', 'A1:XFD1048576', 1_048_576 * 16_384, RETURN_LIMITS.mergeCells),
  'far-cell': xlsxMessages.cellBeyondExcel('进展填报', 'A100000000'),
  'corner-cell': /^工作表「进展填报」的表格范围异常：内容分布在 A1:XFD1048576，需展开约 107 万个单元格，超过上限 100 万个/,
  'beyond-excel-merge': xlsxMessages.mergeBeyondExcel('进展填报', 'A1:ZZZZ99999999'),
  bomb: xlsxMessages.inflatedTooLarge(32),
  'spread-bomb': xlsxMessages.inflatedTooLarge(64),
  'unclosed-si': xlsxMessages.partDamaged,
  'unclosed-c': xlsxMessages.sheetDamaged('进展填报'),
  'truncated-sheet': xlsxMessages.sheetDamaged('进展填报'),
  'many-cells': xlsxMessages.tooManyCells('进展填报', RETURN_LIMITS.cells),
};
