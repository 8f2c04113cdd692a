import fc from 'fast-check';
import { smallNumber, yearNumber } from '../../src/domain/numerals.js';

const DIGIT_WORDS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 7 → 七, 10 → 十, 12 → 十二, 31 → 三十一: how a notice or a deadline phrase writes 1–99. */
function written(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return DIGIT_WORDS[units];
  return `${tens === 1 ? '' : DIGIT_WORDS[tens]}十${DIGIT_WORDS[units]}`;
}

describe('smallNumber', () => {
  // Invariant: a number from 1 to 99 reads the same whether written in digits or in Chinese.
  test('a month, day or category number reads the same in digits and in Chinese', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(smallNumber(String(n))).toBe(n);
        expect(smallNumber(written(n))).toBe(n);
      }),
    );
  });

  test('两 counts as 二, a leading zero is read, anything else is not a number', () => {
    expect(smallNumber('两')).toBe(2);
    expect(smallNumber('06')).toBe(6);
    expect(['', '100', '十十', '二三', '百', '6月'].map(smallNumber)).toEqual([null, null, null, null, null, null]);
  });
});

describe('yearNumber', () => {
  test('a year reads the same written in digits or character by character', () => {
    expect(['2023', '二〇二三', '二零二四'].map(yearNumber)).toEqual([2023, 2023, 2024]);
    expect(['23', '二〇二', '二千零二十三'].map(yearNumber)).toEqual([null, null, null]);
  });
});
