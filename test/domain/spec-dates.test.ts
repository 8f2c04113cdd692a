import fc from 'fast-check';
import { isIsoDate, isoDateToSerial, numberFormatDateKind, serialToText } from '../../src/domain/spec/index.js';

describe('Excel date serials', () => {
  test('a date is the number of days Excel counts for it', () => {
    expect(isoDateToSerial('2023-12-31')).toBe(45291);
    expect(isoDateToSerial('1900-03-01')).toBe(61);
  });

  // Invariant: every date Excel's 1900 system can hold reads back from its serial as the same ISO date.
  test('a date written as a serial reads back as the same date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(serialToText(isoDateToSerial(iso), 'date', false)).toBe(iso);
      }),
    );
  });

  test('a time of day, a date with a time, and the 1904 system read as Excel shows them', () => {
    expect(serialToText(0.5, 'time', false)).toBe('12:00:00');
    expect(serialToText(45291.75, 'date', false)).toBe('2023-12-31 18:00:00');
    expect(serialToText(60, 'date', false)).toBe('1900-02-29');
    expect(serialToText(0, 'date', true)).toBe('1904-01-01');
  });

  test('a number format shows a date, a time, or neither, whatever its quoted text, colours and locale tags', () => {
    expect(numberFormatDateKind('[$-804]yyyy"年"m"月"d"日" h:mm;@')).toBe('date');
    expect(numberFormatDateKind('m/d/yyyy')).toBe('date');
    expect(numberFormatDateKind('mmm')).toBe('date');
    expect(numberFormatDateKind('h:mm AM/PM')).toBe('time');
    expect(numberFormatDateKind('[h]:mm:ss')).toBe('time');
    expect(numberFormatDateKind('0.00_);[Red](0.00)')).toBeUndefined();
    expect(numberFormatDateKind('0"天"')).toBeUndefined();
    expect(numberFormatDateKind('\\d0')).toBeUndefined();
    expect(numberFormatDateKind('General')).toBeUndefined();
    expect(numberFormatDateKind('@')).toBeUndefined();
  });

  test('only YYYY-MM-DD is an ISO date', () => {
    expect(isIsoDate('2023-12-31')).toBe(true);
    expect(['2023-12-31T00:00', '2023/12/31', '2023-1-5', '=TODAY()'].filter(isIsoDate)).toEqual([]);
  });
});
