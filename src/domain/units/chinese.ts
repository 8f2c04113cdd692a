/**
 * Character-level helpers over opencc-js and pinyin-pro. Both libraries are slow to set up and slow
 * per call, so the converter is made once, lazily, and per-character answers are memoized. The memos
 * are caches of pure functions: the same input always gives the same output. Only traditional →
 * simplified is needed, so opencc-js's t2cn build is imported: those dictionaries alone, a tenth of
 * the full build (the task pane bundle is 1 MB smaller).
 */
import { Converter } from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

let toSimplifiedConverter: ((text: string) => string) | undefined;
const changedBySimplification = new Map<number, boolean>();
const initials = new Map<number, number>();

function converter(): (text: string) => string {
  const made = toSimplifiedConverter ?? Converter({ from: 't', to: 'cn' });
  toSimplifiedConverter = made;
  return made;
}

function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3134f);
}

const MAX_PASSES = 4;

/** Traditional → simplified (OpenCC t → cn). Text without a traditional character is returned as is. */
export function toSimplified(text: string): string {
  let needed = false;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (!isHan(code)) continue;
    let changed = changedBySimplification.get(code);
    if (changed === undefined) {
      changed = converter()(char) !== char;
      changedBySimplification.set(code, changed);
    }
    if (changed) {
      needed = true;
      break;
    }
  }
  if (!needed) return text;
  // A few characters convert in steps (薴 → 苧 → 苎): convert until nothing changes.
  let converted = text;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = converter()(converted);
    if (next === converted) break;
    converted = next;
  }
  return converted;
}

/**
 * The first letter of a character's pinyin (发 → f), or the lower-cased character itself when it is
 * not a Chinese character. Read per character (the default reading of a polyphone), so the same
 * character always gives the same letter on both sides of a comparison.
 */
export function initialOf(code: number): number {
  let initial = initials.get(code);
  if (initial === undefined) {
    const char = String.fromCodePoint(code);
    const letter = isHan(code) ? pinyin(char, { pattern: 'first', toneType: 'none' }) : char.toLowerCase();
    initial = letter.length > 0 ? (letter.codePointAt(0) as number) : code;
    initials.set(code, initial);
  }
  return initial;
}

/** Code points of a text (a character outside the BMP counts once). */
export function codePoints(text: string): Int32Array {
  const codes: number[] = [];
  for (const char of text) codes.push(char.codePointAt(0) as number);
  return Int32Array.from(codes);
}

/** The pinyin first letters of every character, as code points: 市发改委 → s f g w. */
export function initialsOf(codes: Int32Array): Int32Array {
  return codes.map(initialOf);
}

/** Toneless pinyin of a text, syllables joined (滨海新区 → binhaixinqu), or their first letters. */
export function pinyinOf(text: string, initialsOnly = false): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', ...(initialsOnly ? { pattern: 'first' } : {}) }) as string[];
  return syllables.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
}
