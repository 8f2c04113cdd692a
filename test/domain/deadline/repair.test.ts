import fc from 'fast-check';
import { parseDeadline, possibleDateText } from '../../../src/domain/deadline/index.js';

describe('a replacement for a day the month does not have', () => {
  test.each([
    ['2023年2月30日前完成', 2023, '2023年2月28日前完成'],
    ['2月29日前', 2024, '2月29日前'],
    ['2月30日前', 2024, '2月29日前'],
    ['2023年4月31日前', 2023, '2023年4月30日前'],
    ['2023.6.31', 2023, '2023.6.30'],
    ['2023-09-31', 2023, '2023-09-30'],
    ['供热改造11月31日前完成；燃气改造年底前完成', 2023, '供热改造11月30日前完成；燃气改造年底前完成'],
  ])('%s (list year %i) becomes %s', (text, year, expected) => {
    if (text !== '2月29日前') expect(possibleDateText(text, year)).toBe(expected);
    else expect(possibleDateText(text, year)).toBeNull();
  });

  test('a month that does not exist, and a date that exists, have no replacement', () => {
    expect(possibleDateText('13月底前完成', 2023)).toBeNull();
    expect(possibleDateText('2023年6月30日前完成', 2023)).toBeNull();
    expect(possibleDateText('年底前完成', 2023)).toBeNull();
  });

  // Every mended text parses, and to a date inside the same month.
  test('the replacement always parses to the last day of the month it named', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }), (year, month, day) => {
        const text = `${year}年${month}月${day}日前完成`;
        const mended = possibleDateText(text, year);
        const parsed = parseDeadline(mended ?? text, { year });
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.spec.milestones[0].due.startsWith(`${year}-${String(month).padStart(2, '0')}-`)).toBe(true);
      }),
    );
  });
});
