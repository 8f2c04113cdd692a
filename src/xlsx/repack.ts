/**
 * The deterministic zip of a workbook: fixed entry dates, no folder entries, entries in the order
 * they were added, DEFLATE level 6. Written here rather than with jszip, whose JavaScript deflate
 * took most of the time of writing a master: on Node the deflate and CRC-32 are zlib's (native),
 * in the browser fflate's. Apart from the zip reader (zip.ts) so that reading returns never loads it.
 */

/** DOS dates cannot hold anything before 1980. */
const EARLIEST_ZIP_DATE = Date.UTC(1980, 0, 1);

/** Raw DEFLATE (level 6) and CRC-32 of one entry's bytes. */
export interface Packer {
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE), for where zlib's is not available. */
export function crc32Js(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The browser's packer: fflate's deflate, loaded on first use. */
export async function webPacker(): Promise<Packer> {
  const { deflateSync } = await import(/* webpackChunkName: "inflate" */ 'fflate');
  return { deflate: (data) => deflateSync(data, { level: 6 }), crc32: crc32Js };
}

async function loadPacker(): Promise<Packer> {
  if (typeof process === 'undefined' || !process.versions?.node) return webPacker();
  const zlib = await import('node:zlib');
  return {
    deflate: (data) => zlib.deflateRawSync(data, { level: 6 }),
    // zlib.crc32 is Node 20.15+ (engines says >=20).
    crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : crc32Js,
  };
}

/** Loaded once: every workbook written in a session uses the same one. */
let packerPromise: Promise<Packer> | undefined;

function base64Bytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
}

/**
 * Collects a workbook's parts as ExcelJS's writer appends them (render-write.ts), applying `edits`
 * (text in, text out) to the parts they name, and zips them with every entry dated `date`.
 * `upserts` name parts that may or may not be written (a sheet's relationships, parts ExcelJS
 * cannot write such as charts): given the text written, or null after the last part, each gives the
 * part's text.
 */
export class DeterministicZip {
  private readonly entries = new Map<string, Uint8Array>();
  private readonly fixed: Date;
  private readonly edited = new Set<string>();

  constructor(
    date: Date,
    private readonly edits: ReadonlyMap<string, (text: string) => string>,
    private readonly upserts: ReadonlyMap<string, (text: string | null) => string> = new Map(),
    /** zlib's on Node, fflate's elsewhere, unless given. */
    private readonly packer?: Packer,
  ) {
    this.fixed = new Date(Math.max(date.getTime(), EARLIEST_ZIP_DATE));
  }

  /** ExcelJS's ZipWriter.append: text, bytes, or base64 text when options.base64 is set. */
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    const upsert = this.upserts.get(options.name);
    const edit = this.edits.get(options.name) ?? (upsert && ((text: string) => upsert(text)));
    const raw = typeof data === 'string' && options.base64 ? base64Bytes(data) : data;
    let bytes: Uint8Array;
    if (edit) {
      // A sheet's XML comes as text: edited as it is, not encoded and decoded again first.
      bytes = new TextEncoder().encode(edit(typeof raw === 'string' ? raw : new TextDecoder().decode(raw)));
      this.edited.add(options.name);
    } else {
      bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    }
    // A name added again replaces its data and keeps its place, as with jszip.
    this.entries.set(options.name, bytes);
  }

  async generate(): Promise<Uint8Array> {
    for (const name of this.edits.keys()) {
      if (!this.edited.has(name)) throw new Error(`zip has no entry ${name}`);
    }
    for (const [name, upsert] of this.upserts) {
      if (!this.edited.has(name)) this.entries.set(name, new TextEncoder().encode(upsert(null)));
    }
    packerPromise ??= loadPacker();
    const packer = this.packer ?? (await packerPromise);
    const d = this.fixed;
    // MS-DOS time and date, in UTC so that the bytes do not depend on the machine's zone.
    const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
    const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
    const encoder = new TextEncoder();
    const locals: Uint8Array[] = [];
    const centrals: Uint8Array[] = [];
    let offset = 0;
    for (const [name, data] of this.entries) {
      const nameBytes = encoder.encode(name);
      const packed = packer.deflate(data);
      if (offset + packed.length + data.length > 0xfffffff0) throw new Error('workbook too large for a zip without zip64');
      // Bit 11: the name is UTF-8.
      const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
      const common = { flags, time, date, crc: packer.crc32(data), packed: packed.length, size: data.length, nameLength: nameBytes.length };
      const local = new Uint8Array(30 + nameBytes.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, 0x04034b50, true);
      writeCommon(lv, 4, common);
      local.set(nameBytes, 30);
      const central = new Uint8Array(46 + nameBytes.length);
      const cv = new DataView(central.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, 20, true); // made by: MS-DOS, zip 2.0
      writeCommon(cv, 6, common);
      cv.setUint32(42, offset, true);
      central.set(nameBytes, 46);
      locals.push(local, packed);
      centrals.push(central);
      offset += local.length + packed.length;
    }
    const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, this.entries.size, true);
    ev.setUint16(10, this.entries.size, true);
    ev.setUint32(12, directorySize, true);
    ev.setUint32(16, offset, true);
    const out = new Uint8Array(offset + directorySize + end.length);
    let at = 0;
    for (const part of [...locals, ...centrals, end]) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** The fields local and central headers share, from "version needed" to the extra field's length. */
function writeCommon(
  view: DataView,
  at: number,
  entry: { flags: number; time: number; date: number; crc: number; packed: number; size: number; nameLength: number },
): void {
  view.setUint16(at, 20, true); // version needed: 2.0 (deflate)
  view.setUint16(at + 2, entry.flags, true);
  view.setUint16(at + 4, 8, true); // deflate
  view.setUint16(at + 6, entry.time, true);
  view.setUint16(at + 8, entry.date, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.packed, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.nameLength, true);
  // Extra field length (and, in the central header, comment length, disk, attributes) stay 0.
}
