import fc from 'fast-check';
import { displayDateTime, isoAtOffset, localIso } from '../../src/domain/datetime.js';

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

describe('times as people read them', () => {
  test('a UTC time is shown in Beijing time, to the minute', () => {
    expect(displayDateTime('2026-12-02T14:06:45Z')).toBe('2026-12-02 22:06');
    expect(displayDateTime('2026-12-31T20:30:00.000Z')).toBe('2027-01-01 04:30');
  });

  test('a time written with its own zone is converted; one without a zone is taken as local', () => {
    expect(displayDateTime('2023-04-08T10:00:00+08:00')).toBe('2023-04-08 10:00');
    expect(displayDateTime('2023-04-08T10:00:00-05:00')).toBe('2023-04-08 23:00');
    expect(displayDateTime('2023-04-08T10:00:00')).toBe('2023-04-08 10:00');
    expect(displayDateTime('2023-04-08')).toBe('2023-04-08');
    expect(displayDateTime('昨天下午')).toBe('昨天下午');
  });

  test('now at a fixed offset is an ISO time with that offset', () => {
    expect(isoAtOffset(new Date('2023-04-08T02:00:00Z'))).toBe('2023-04-08T10:00:00+08:00');
    expect(isoAtOffset(new Date('2023-04-08T02:00:00Z'), 0)).toBe('2023-04-08T02:00:00Z');
  });
});
