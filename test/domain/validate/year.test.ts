/**
 * The year scan without regex lookbehind (which Safari before 16.4 and Edge 18 cannot parse) finds
 * exactly what the lookbehind pattern it replaced found.
 */
import fc from 'fast-check';
import { yearsInText } from '../../../src/domain/validate/year.js';

/** The pattern as it was, with the lookbehind: run here on Node only. */
const WITH_LOOKBEHIND = /(?<!\d)(\d{4})(?:年|-\d{1,2}-|\.\d{1,2}\.|\/\d{1,2}\/)/g;
const byLookbehind = (text: string) => [...text.matchAll(WITH_LOOKBEHIND)].map((match) => Number(match[1]));

describe('yearsInText', () => {
  test.each([
    ['2023年', [2023]],
    ['12023年', []],
    ['2023年2024年', [2023, 2024]],
    ['2023-06-30前', [2023]],
    ['x2023.6.30，2024/1/2', [2023, 2024]],
    ['123456年', []],
    ['20231年2024年底', [2024]],
  ])('%s → %j', (text, years) => {
    expect(yearsInText(text)).toEqual(years);
    expect(byLookbehind(text)).toEqual(years);
  });

  test('agrees with the lookbehind pattern on any text of digits and separators', () => {
    const char = fc.constantFrom(...'0123456789年-./月日 x'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(yearsInText(text)).toEqual(byLookbehind(text));
      }),
      { numRuns: 3000 },
    );
  });
});
