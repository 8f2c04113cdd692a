/**
 * File names Duban writes (returns, the zip of returns, demo files) built from names users typed:
 * a unit can be called anything, so its name is made safe for Windows, macOS and Linux alike.
 * The unit's full name always stays inside the file (metadata sheet, title row, document title),
 * so nothing depends on the file name.
 */
import { fnv1a64 } from './hash.js';

/** Windows counts UTF-16 units and allows 260 for the whole path: keep room for the folder. */
export const MAX_FILE_NAME_LENGTH = 120;
/** ext4 and most Linux file systems allow 255 bytes (a Chinese character takes 3). */
export const MAX_FILE_NAME_BYTES = 240;

/** Control characters, bidi overrides, zero-width and other invisible format characters, line separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** Characters Windows refuses in a name (and / everywhere). */
const RESERVED = /[<>:"/\\|?*]/g;
/** Windows device names, refused with any extension: NUL, NUL.txt, con.1, COM1 … */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
/** The suffix this function adds; a name that already ends so is hashed again, so outputs never collide. */
const HASH_SUFFIX = /~[0-9a-f]{10}$/i;
const EXTENSION = /\.[A-Za-z0-9]{1,8}$/;
const HASH_LENGTH = 10;

const encoder = new TextEncoder();

function fits(name: string): boolean {
  return name.length <= MAX_FILE_NAME_LENGTH && encoder.encode(name).length <= MAX_FILE_NAME_BYTES;
}

/** Lone surrogates (half an emoji) cannot be written as UTF-8 file names. */
function wellFormed(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += char.length === 1 && code >= 0xd800 && code <= 0xdfff ? '_' : char;
  }
  return out;
}

function cleanStem(stem: string): string {
  let clean = wellFormed(stem).replace(INVISIBLE, '').replace(RESERVED, '_');
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
  clean = clean.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
  const firstPart = clean.split('.')[0].trimEnd();
  if (DEVICE.test(firstPart) || clean.startsWith('~$')) clean = `_${clean}`;
  return clean || '_';
}

/**
 * A file name safe on every system: NFC, no control or bidi characters, no reserved characters,
 * no Windows device name, no trailing dot or space, at most 120 characters and 240 UTF-8 bytes.
 * A name that is already safe is returned as is; any other gets a short hash of the original, so
 * two different names (after NFC) never give the same file name. `extension` (".xlsx") is kept;
 * when not given, a short extension at the end of `name` is kept.
 */
export function safeFileName(name: string, extension?: string): string {
  const nfc = name.normalize('NFC');
  const ext = extension ?? EXTENSION.exec(nfc)?.[0] ?? '';
  const stem = extension === undefined && ext ? nfc.slice(0, -ext.length) : nfc;
  const clean = cleanStem(stem);
  if (clean === stem && !HASH_SUFFIX.test(stem) && fits(clean + ext)) return clean + ext;

  const suffix = `~${fnv1a64(`${stem}\u0000${ext}`).slice(0, HASH_LENGTH)}${ext}`;
  let kept = '';
  for (const char of clean) {
    if (!fits(kept + char + suffix)) break;
    kept += char;
  }
  return kept.replace(/[\s.]+$/, '') + suffix;
}
