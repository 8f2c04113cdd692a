import fc from 'fast-check';
import { localIso } from '../../src/domain/datetime.js';

describe('localIso', () => {
  test('writes the local calendar date and time with the zone offset, to the second', () => {
    const date = new Date(2023, 3, 5, 10, 7, 9, 500);
    expect(localIso(date)).toMatch(/^2023-04-05T10:07:09(Z|[+-]\d{2}:\d{2})$/);
  });

  // Invariant: the text names the same instant as the Date (to the second) and the date the local calendar shows.
  test('reads back as the same instant and the local calendar date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const text = localIso(date);
        expect(new Date(text).getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
        expect(Number(text.slice(8, 10))).toBe(date.getDate());
      }),
    );
  });
});
