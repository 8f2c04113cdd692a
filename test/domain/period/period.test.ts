import fc from 'fast-check';
import { DubanError, EXIT } from '../../../src/domain/errors.js';
import { returnCliMessages } from '../../../src/domain/messages/index.js';
import { comparePeriods, parsePeriod, periodsOfYear, readPeriod, type PeriodKind } from '../../../src/domain/period/index.js';

describe('periods', () => {
  test.each([
    ['2023Q1', '2023Q1', '2023年第一季度', '2023-01-01', '2023-03-31'],
    ['2023q4', '2023Q4', '2023年第四季度', '2023-10-01', '2023-12-31'],
    ['2023-05', '2023-05', '2023年5月', '2023-05-01', '2023-05-31'],
    ['2024-2', '2024-02', '2024年2月', '2024-02-01', '2024-02-29'],
    ['2023H1', '2023H1', '2023年上半年', '2023-01-01', '2023-06-30'],
    ['2023', '2023', '2023年', '2023-01-01', '2023-12-31'],
    ['2023年第二季度', '2023Q2', '2023年第二季度', '2023-04-01', '2023-06-30'],
    ['2023年三季度', '2023Q3', '2023年第三季度', '2023-07-01', '2023-09-30'],
    ['2023年下半年', '2023H2', '2023年下半年', '2023-07-01', '2023-12-31'],
    ['2023年11月', '2023-11', '2023年11月', '2023-11-01', '2023-11-30'],
  ])('%s parses to %s (%s, %s to %s)', (input, code, label, start, end) => {
    expect(parsePeriod(input)).toMatchObject({ code, label, start, end });
  });

  test.each(['2023Q5', '2023-13', '2023H3', '23Q1', '第一季度', '', '2023-00'])('%s is not a period', (input) => {
    expect(parsePeriod(input)).toBeNull();
  });

  test('a period the user gave is read, or refused with a message that shows the forms to write', () => {
    expect(readPeriod('2023年一季度').code).toBe('2023Q1');
    let refused: unknown;
    try {
      readPeriod('2023Q5');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DubanError);
    expect(refused).toMatchObject({ problem: returnCliMessages.badPeriod('2023Q5'), exitCode: EXIT.badInput });
  });

  // Every period's code and label parse back to the same period.
  test('code and label round-trip for every period of any year', () => {
    const kinds: PeriodKind[] = ['month', 'quarter', 'half', 'year'];
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(...kinds), (year, kind) => {
        for (const period of periodsOfYear(year, kind)) {
          expect(parsePeriod(period.code)).toEqual(period);
          expect(parsePeriod(period.label)).toEqual(period);
        }
      }),
    );
  });

  test('a quarter sorts before the half year that ends with it, and months in calendar order', () => {
    const codes = ['2023H1', '2023Q2', '2023-03', '2023Q1'].map((c) => parsePeriod(c)!);
    expect(codes.sort(comparePeriods).map((p) => p.code)).toEqual(['2023-03', '2023Q1', '2023Q2', '2023H1']);
  });
});
