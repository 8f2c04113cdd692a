/**
 * Fingerprints of task text: FNV-1a 64-bit over the UTF-8 bytes of the text without spaces or line
 * breaks (so re-wrapping a cell is not an alteration, changing a word is).
 */
import { fnv1a64 } from '../hash.js';
import { squeeze } from './text.js';

/** The fingerprint a return workbook carries for a task's text. */
export function taskFingerprint(content: string): string {
  return fnv1a64(squeeze(content));
}

/** True when two task texts are the same apart from spaces, line breaks and full-width forms. */
export function sameTaskText(a: string, b: string): boolean {
  return squeeze(a) === squeeze(b);
}
