/**
 * Reading zips: the central directory read synchronously (file-kind detection), and a reader of
 * single entries with the platform's native inflate (several times faster than jszip's), each entry
 * inflated only up to the number of bytes the caller allows, whatever its header claims. Writing
 * (the deterministic re-pack of ExcelJS's output) is in repack.ts, so the reader never loads jszip.
 */
function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As the directory states it (a damaged or crafted file may lie; nothing relies on it). */
  size: number;
  localHeaderOffset: number;
}

/** Zip64 sizes and offsets live in extra field 0x0001, in this order, for the fields set to 0xFFFFFFFF. */
function applyZip64(bytes: Uint8Array, extraStart: number, extraLength: number, entry: ZipEntry): void {
  let at = extraStart;
  while (at + 4 <= extraStart + extraLength && at + 4 <= bytes.length) {
    const id = u16(bytes, at);
    const size = u16(bytes, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.size === 0xffffffff) {
        entry.size = u64(bytes, field);
        field += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = u64(bytes, field);
        field += 8;
      }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = u64(bytes, field);
      return;
    }
    at += 4 + size;
  }
}

/**
 * The entries of a zip from its central directory, or null when the directory cannot be found
 * (a truncated or damaged file). Reads no entry data.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const locator = eocd - 20;
  if ((count === 0xffff || at === 0xffffffff) && locator >= 0 && u32(bytes, locator) === 0x07064b50) {
    // Zip64: the real count and offset are in the zip64 end-of-central-directory record.
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) return null;
    count = u64(bytes, record + 32);
    at = u64(bytes, record + 48);
  }
  const utf8 = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    };
    applyZip64(bytes, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry names of a zip, or null when its directory is damaged. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return zipDirectory(bytes)?.map((entry) => entry.name) ?? null;
}

/** An entry that inflates to more bytes than the caller allowed; nothing beyond the limit was produced. */
export class InflateLimitExceeded extends Error {
  constructor(readonly limit: number) {
    super(`entry inflates to more than ${limit} bytes`);
    this.name = 'InflateLimitExceeded';
  }
}

/** Inflates raw deflate data to at most `max` bytes, or throws InflateLimitExceeded. */
type Inflate = (data: Uint8Array, max: number) => Uint8Array | Promise<Uint8Array>;

async function loadInflater(): Promise<Inflate> {
  if (typeof process !== 'undefined' && process.versions?.node) {
    const { inflateRawSync } = await import('node:zlib');
    return (data, max) => {
      try {
        // zlib stops as soon as the output would pass the limit: a bomb costs the limit, not its size.
        return inflateRawSync(data, Number.isFinite(max) ? { maxOutputLength: Math.max(1, max) } : {});
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitExceeded(max);
        throw error;
      }
    };
  }
  if (inflatesRaw()) {
    return async (data, max) => {
      const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        total += chunk.value.length;
        if (total > max) {
          await reader.cancel();
          throw new InflateLimitExceeded(max);
        }
        chunks.push(chunk.value);
      }
      return joined(chunks, total);
    };
  }
  // Webviews without it (Edge 18, Safari before 16.4): fflate's streaming inflate, loaded only there, fed
  // in slices so that the limit is checked as the output grows.
  const { Inflate: StreamingInflate } = await import(/* webpackChunkName: "inflate" */ 'fflate');
  return (data, max) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflate = new StreamingInflate((chunk) => {
      total += chunk.length;
      if (total > max) throw new InflateLimitExceeded(max);
      chunks.push(chunk);
    });
    const SLICE = 16 * 1024;
    for (let at = 0; at < data.length; at += SLICE) inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (data.length === 0) inflate.push(data, true);
    return joined(chunks, total);
  };
}

function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Whether the browser's DecompressionStream knows raw deflate (Chromium 103+, Safari 16.4+, Firefox 113+). */
function inflatesRaw(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** Loaded once: a dynamic import per file would cost more than reading a small file. */
let inflaterPromise: Promise<Inflate> | undefined;

/**
 * node:zlib where it exists (synchronous, several times faster than a JavaScript inflater), else the
 * web's DecompressionStream, else fflate.
 */
function inflater(): Promise<Inflate> {
  inflaterPromise ??= loadInflater();
  return inflaterPromise;
}

/** Reads entries of a zip held in memory. Throws on damaged data; callers turn that into a message. */
export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();

  private constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    private readonly inflate: Inflate,
  ) {
    for (const entry of entries) this.entries.set(entry.name, entry);
  }

  /** Null when the zip directory cannot be read. */
  static async open(bytes: Uint8Array): Promise<ZipReader | null> {
    const entries = zipDirectory(bytes);
    return entries ? new ZipReader(bytes, entries, await inflater()) : null;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * The bytes of one entry, inflated to at most `maxBytes` (InflateLimitExceeded beyond). Throws a
   * plain Error on damaged data.
   */
  async read(name: string, maxBytes = Infinity): Promise<Uint8Array> {
    const entry = this.entries.get(name);
    if (!entry) throw new Error(`zip has no entry ${name}`);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new Error(`entry ${name} runs past the end of the file`);
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) {
      if (data.length > maxBytes) throw new InflateLimitExceeded(maxBytes);
      return data;
    }
    if (entry.method === 8) return this.inflate(data, maxBytes);
    throw new Error(`entry ${name} uses unsupported compression method ${entry.method}`);
  }
}
