/**
 * Fingerprints of task text: FNV-1a 64-bit over the UTF-8 bytes of the text without spaces or line
 * breaks (so re-wrapping a cell is not an alteration, changing a word is). Pure JavaScript, so the
 * domain runs the same in Node and in the task pane.
 */
import { squeeze } from './text.js';

const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/** FNV-1a 64 of a string's UTF-8 bytes, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of encoder.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The fingerprint a return workbook carries for a task's text. */
export function taskFingerprint(content: string): string {
  return fnv1a64(squeeze(content));
}

/** True when two task texts are the same apart from spaces, line breaks and full-width forms. */
export function sameTaskText(a: string, b: string): boolean {
  return squeeze(a) === squeeze(b);
}
