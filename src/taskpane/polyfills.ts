/**
 * Web APIs the pane uses that the oldest webview it supports lacks and core-js does not provide:
 * Office 2019 on Windows 10 shows add-ins in Edge 18 (EdgeHTML), which has no TextEncoder or
 * TextDecoder and no Blob.prototype.arrayBuffer. Each is installed only where it is missing, before
 * any other module runs (index.tsx imports this first).
 *
 * TextDecoder knows the encodings the pane decodes: UTF-8 (with `fatal` and the BOM rule),
 * UTF-16LE/BE and latin1; TextEncoder encodes UTF-8.
 */

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const LABELS: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
};

/** windows-1252's bytes 0x80–0x9f, the only ones that differ from their code point. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function bytesOf(input: ArrayBuffer | ArrayBufferView | undefined): Uint8Array {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

/** Code points to a string, in slices (String.fromCharCode takes a bounded number of arguments). */
function fromCodeUnits(units: number[]): string {
  let text = '';
  for (let at = 0; at < units.length; at += 0x2000) text += String.fromCharCode(...units.slice(at, at + 0x2000));
  return text;
}

/**
 * UTF-8 as the Encoding Standard decodes it: each maximal invalid subsequence becomes one U+FFFD
 * (or, when fatal, a TypeError).
 */
function decodeUtf8(bytes: Uint8Array, fatal: boolean): string {
  const units: number[] = [];
  const bad = () => {
    if (fatal) throw new TypeError('The encoded data was not valid for encoding utf-8');
    units.push(0xfffd);
  };
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i];
    if (first < 0x80) {
      units.push(first);
      i += 1;
      continue;
    }
    let needed: number;
    let code: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) {
      needed = 1;
      code = first & 0x1f;
    } else if (first >= 0xe0 && first <= 0xef) {
      needed = 2;
      code = first & 0x0f;
      if (first === 0xe0) lower = 0xa0;
      if (first === 0xed) upper = 0x9f;
    } else if (first >= 0xf0 && first <= 0xf4) {
      needed = 3;
      code = first & 0x07;
      if (first === 0xf0) lower = 0x90;
      if (first === 0xf4) upper = 0x8f;
    } else {
      bad();
      i += 1;
      continue;
    }
    let j = i + 1;
    let complete = true;
    for (let k = 0; k < needed; k += 1, j += 1) {
      const byte = bytes[j];
      if (j >= bytes.length || byte < lower || byte > upper) {
        complete = false;
        break;
      }
      code = (code << 6) | (byte & 0x3f);
      lower = 0x80;
      upper = 0xbf;
    }
    if (!complete) {
      bad();
      i = j;
      continue;
    }
    if (code >= 0x10000) {
      code -= 0x10000;
      units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else {
      units.push(code);
    }
    i = j;
  }
  return fromCodeUnits(units);
}

function bytesUnit(bytes: Uint8Array, index: number, littleEndian: boolean): number {
  const i = index * 2;
  return littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, fatal: boolean): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) units.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  const odd = bytes.length % 2 === 1;
  // Lone surrogates become U+FFFD, as the standard decoder does.
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i];
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < units.length && units[i + 1] >= 0xdc00 && units[i + 1] <= 0xdfff) {
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      if (fatal) throw new TypeError('The encoded data was not valid for encoding utf-16');
      units[i] = 0xfffd;
    }
  }
  if (odd) {
    if (fatal) throw new TypeError('The encoded data was not valid for encoding utf-16');
    // A lone byte after an unpaired leading surrogate ends the same error: one U+FFFD for both.
    const last = units.length > 0 ? bytesUnit(bytes, units.length - 1, littleEndian) : -1;
    if (!(last >= 0xd800 && last <= 0xdbff)) units.push(0xfffd);
  }
  return fromCodeUnits(units);
}

export class TextDecoderPolyfill {
  readonly encoding: Encoding;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;

  constructor(label = 'utf-8', options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const encoding = LABELS[label.trim().toLowerCase()];
    if (!encoding) throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    this.encoding = encoding;
    this.fatal = Boolean(options.fatal);
    this.ignoreBOM = Boolean(options.ignoreBOM);
  }

  decode(input?: ArrayBuffer | ArrayBufferView): string {
    let bytes = bytesOf(input);
    if (this.encoding === 'windows-1252') {
      const units: number[] = [];
      for (const byte of bytes) units.push(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte);
      return fromCodeUnits(units);
    }
    if (!this.ignoreBOM) {
      if (this.encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      else if (this.encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) bytes = bytes.subarray(2);
      else if (this.encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) bytes = bytes.subarray(2);
    }
    if (this.encoding === 'utf-8') return decodeUtf8(bytes, this.fatal);
    return decodeUtf16(bytes, this.encoding === 'utf-16le', this.fatal);
  }
}

export class TextEncoderPolyfill {
  readonly encoding = 'utf-8';

  encode(text = ''): Uint8Array {
    const bytes: number[] = [];
    for (let i = 0; i < text.length; i += 1) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i += 1;
        }
      }
      if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
      if (code < 0x80) bytes.push(code);
      else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
      else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
      else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
    return Uint8Array.from(bytes);
  }
}

/** Blob.prototype.arrayBuffer through FileReader. */
function blobArrayBuffer(this: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
}

/** Installs what `scope` lacks; returns the names installed. */
export function installPolyfills(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): string[] {
  const installed: string[] = [];
  if (typeof scope.TextDecoder !== 'function') {
    scope.TextDecoder = TextDecoderPolyfill;
    installed.push('TextDecoder');
  }
  if (typeof scope.TextEncoder !== 'function') {
    scope.TextEncoder = TextEncoderPolyfill;
    installed.push('TextEncoder');
  }
  const blob = scope.Blob as typeof Blob | undefined;
  if (typeof blob === 'function' && typeof blob.prototype.arrayBuffer !== 'function' && typeof scope.FileReader === 'function') {
    Object.defineProperty(blob.prototype, 'arrayBuffer', { value: blobArrayBuffer, configurable: true, writable: true });
    installed.push('Blob.prototype.arrayBuffer');
  }
  return installed;
}

installPolyfills();
