import fc from 'fast-check';
import { MAX_FILE_NAME_BYTES, MAX_FILE_NAME_LENGTH, safeFileName } from '../../src/domain/filename.js';

const DEVICES = ['CON', 'con', 'PRN', 'AUX', 'NUL', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM¹', 'CONIN$'];
const PIECES = [
  ...DEVICES, '.', '..', ' ', '\u3000', '~$', '~', '<', '>', ':', '"', '/', '\\', '|', '?', '*', '\u0000', '\t', '\n', '\u007f', '\u0085',
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200f', '\ufeff', '\u2028', 'e\u0301', 'é', '\ud800', '\udc00', '😀',
  '市商务局', '天津市发展和改革委员会', 'a', 'B', '1', '-', '_', '2023Q1', '.xlsx', '.1', '~0123456789',
];

/** Names as users type them and as hostile files carry them. */
const aName = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { minLength: 40, maxLength: 120 }).map((parts) => parts.join('')),
);

const bytes = (text: string) => new TextEncoder().encode(text).length;

function isSafe(name: string): boolean {
  const stem = name.split('.')[0].trimEnd();
  return (
    name.length > 0 &&
    name.length <= MAX_FILE_NAME_LENGTH &&
    bytes(name) <= MAX_FILE_NAME_BYTES &&
    name === name.normalize('NFC') &&
    !/[<>:"/\\|?*]/.test(name) &&
    !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name) &&
    !/[\ud800-\udfff]/.test(name.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')) &&
    !/[. ]$/.test(name) &&
    !/^[.\s]/.test(name) &&
    !name.startsWith('~$') &&
    !/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i.test(stem)
  );
}

describe('safe file names', () => {
  // Whatever the name, the result is a name every system accepts.
  test('the result is always safe', () => {
    fc.assert(fc.property(aName, fc.constantFrom(undefined, '.xlsx', '.zip'), (name, ext) => isSafe(safeFileName(name, ext))), { numRuns: 2000 });
  });

  // Two names that differ (after NFC) never share a file name, so no return overwrites another.
  test('distinct names give distinct file names', () => {
    fc.assert(
      fc.property(aName, aName, (a, b) => {
        fc.pre(a.normalize('NFC') !== b.normalize('NFC'));
        return safeFileName(a, '.xlsx') !== safeFileName(b, '.xlsx');
      }),
      { numRuns: 2000 },
    );
  });

  test('a name that is already safe is kept as it is, with its extension', () => {
    expect(safeFileName('市商务局', '.xlsx')).toBe('市商务局.xlsx');
    expect(safeFileName('市商务局-2023Q1.xlsx')).toBe('市商务局-2023Q1.xlsx');
    expect(safeFileName('各单位填报表-2023年第一季度.zip')).toBe('各单位填报表-2023年第一季度.zip');
  });

  test('NFC and NFD spellings of one name give one file name', () => {
    const nfd = 'Cafe\u0301 市商务局';
    expect(safeFileName(nfd, '.xlsx')).toBe(safeFileName(nfd.normalize('NFC'), '.xlsx'));
    expect(safeFileName(nfd, '.xlsx')).toBe('Café 市商务局.xlsx');
  });

  test.each(['NUL', 'nul', 'COM1', 'con.1', 'LPT9', 'Aux ', 'prn.txt'])('the Windows device name %s is not used as a name', (name) => {
    const result = safeFileName(name, '.xlsx');
    expect(result.startsWith('_')).toBe(true);
    expect(isSafe(result)).toBe(true);
  });

  test('bidi overrides and control characters are removed, so the name reads as it is', () => {
    const result = safeFileName('市商务局\u202excod.exe\u0007', '.xlsx');
    expect(result).toMatch(/^市商务局xcod\.exe~[0-9a-f]{10}\.xlsx$/);
  });

  test('reserved characters, trailing dots and spaces are replaced or dropped', () => {
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j. .', '.xlsx')).toMatch(/^a_b_c_d_e_f_g_h_i_j~[0-9a-f]{10}\.xlsx$/);
  });

  test('a 300-character name is cut to 120 characters with a hash, and two such names stay apart', () => {
    const long = '天津市'.repeat(100);
    const a = safeFileName(`${long}甲`, '.xlsx');
    const b = safeFileName(`${long}乙`, '.xlsx');
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(bytes(a)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(a.startsWith('天津市天津市')).toBe(true);
    expect(a.endsWith('.xlsx')).toBe(true);
  });
});
