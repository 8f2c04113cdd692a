import fc from 'fast-check';
import { Converter } from 'opencc-js';
import { createUnitMatcher, normalizeUnitText } from '../../../src/domain/units/index.js';
import { naiveMatch } from '../../../bench/naive-match.js';
import { aDirectory, TIANJIN_UNITS } from './builders.js';

const NAMES = [...TIANJIN_UNITS, '市外办（市港澳办）', '天津港（集团）有限公司', '市“双随机、一公开”监管联席会议有关成员单位'];
const directory = aDirectory(NAMES, { 市委网信办: ['市网信办'], 市工业和信息化局: ['市工信局', '市经信委'] });
const matcher = createUnitMatcher(directory);

/** Pieces a typed unit cell is made of: names, prefixes, every kind of space, bracket, quote and separator. */
const PIECES = [
  ...NAMES,
  '天津市', '市', '区', '政府', '人民政府', '和平区', '蓟县', '等', '有关', '發展', '規劃',
  ' ', '\u3000', '\n', '\r\n', '\t', '\u200b', '(', ')', '（', '）', '[', '】', '"', "'", '“', '”', '「', '」',
  '、', '，', ',', '；', '。', '-', '—', '－', 'Ａ', '１', 'a',
];
const typedText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const WHITESPACE = [' ', '\u3000', '\n', '\r\n', '\t', '\u00a0'];
const FULL_WIDTH: Record<string, string> = { '（': '(', '）': ')', '“': '"', '”': '"' };
/** A canonical name as someone might type it: spaces and line breaks anywhere, half-width brackets and quotes. */
const retyped = (name: string) =>
  fc
    .array(fc.tuple(fc.constantFrom('', ...WHITESPACE), fc.boolean()), { minLength: [...name].length, maxLength: [...name].length })
    .map((choices) => [...name].map((char, i) => choices[i][0] + (choices[i][1] ? (FULL_WIDTH[char] ?? char) : char)).join(''));

/** Characters a slip of the keyboard brings in: ones from the directory and some that are not. */
const EDIT_CHARS = [...new Set(NAMES.join(''))].concat(['甲', '乙', '丙', '的', '工', '发', '会', '县']);
type Edit = { at: number; kind: 'insert' | 'delete' | 'replace'; char: string };
const anEdit = fc.record({ at: fc.nat(), kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'replace'), char: fc.constantFrom(...EDIT_CHARS) });
function applyEdit(name: string, edit: Edit): string {
  const chars = [...name];
  const at = edit.at % (chars.length + (edit.kind === 'insert' ? 1 : 0));
  if (edit.kind === 'insert') chars.splice(at, 0, edit.char);
  else if (edit.kind === 'delete') chars.splice(at, 1);
  else chars[at] = edit.char;
  return chars.join('');
}

describe('unit matching properties', () => {
  // Normalizing a normalized text changes nothing.
  test('normalization is idempotent', () => {
    fc.assert(
      fc.property(typedText, (text) => {
        const once = normalizeUnitText(text);
        expect(normalizeUnitText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  // However a canonical name is spaced, broken over lines or typed with half-width brackets, it is exact.
  test('a retyped canonical name is still an exact match', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES).chain((name) => fc.tuple(fc.constant(name), retyped(name))),
        ([name, typed]) => {
          const match = matcher.match(typed);
          expect(match.canonical).toBe(normalizeUnitText(name));
          expect(['exact', 'alias', 'group']).toContain(match.kind);
        },
      ),
      { numRuns: 1000 },
    );
  });

  // One character inserted, deleted or changed: the indexed matcher reaches the same verdict as the full scan.
  test('the fast matcher and the naive scan agree on names with one random edit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), anEdit, (name, edit) => {
        const typed = applyEdit(name, edit);
        const fast = matcher.match(typed);
        const naive = naiveMatch(directory, typed);
        expect({ typed, kind: fast.kind, canonical: fast.canonical }).toEqual({ typed, kind: naive.kind, canonical: naive.canonical });
      }),
      { numRuns: 3000 },
    );
  });

  test('every name written in traditional characters is an exact match', () => {
    const toTraditional = Converter({ from: 'cn', to: 't' });
    for (const name of NAMES) {
      const traditional = toTraditional(name);
      expect({ traditional, canonical: matcher.match(traditional).canonical }).toEqual({ traditional, canonical: normalizeUnitText(name) });
    }
  });
});
