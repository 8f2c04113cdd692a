import fc from 'fast-check';
import { daysInMonth, isExistingIsoDate, isoDate } from '../../src/domain/calendar.js';

describe('calendar', () => {
  test.each([
    ['2023-12-31', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-5', false],
    ['2023/01/05', false],
  ])('%s is an existing ISO date: %s', (text, expected) => {
    expect(isExistingIsoDate(text)).toBe(expected);
  });

  // Every day of every month is an existing date, and the day after the month's last is not.
  test('a day exists exactly up to the last day of its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = daysInMonth(year, month);
        expect(isExistingIsoDate(isoDate(year, month, last))).toBe(true);
        expect(isExistingIsoDate(isoDate(year, month, last + 1))).toBe(false);
      }),
    );
  });
});
