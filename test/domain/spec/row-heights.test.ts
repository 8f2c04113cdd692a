import fc from 'fast-check';
import { textWidthUnits, withRowHeights, wrappedLineCount, type WorkbookSpec } from '../../../src/domain/spec/index.js';

function aSheet(rows: WorkbookSpec['sheets'][number]['rows'], merges: string[] = []): WorkbookSpec {
  return {
    properties: { title: 't', creator: 'c', created: '2023-01-01T00:00:00Z', modified: '2023-01-01T00:00:00Z' },
    styles: { text: { wrap: true }, plain: {}, big: { wrap: true, fontSize: 22 } },
    sheets: [{ name: '任务清单', columns: [{ width: 6 }, { width: 22 }], rows, merges }],
  };
}

describe('row heights for wrapped text', () => {
  test('Chinese characters count double, Latin letters and digits single', () => {
    expect(textWidthUnits('市发展改革委')).toBe(12);
    expect(textWidthUnits('APP 12345')).toBe(9);
    expect(textWidthUnits('（天津）')).toBe(8);
  });

  test('a long task text gets the height of its wrapped lines; a short one keeps the default', () => {
    const long = '推动各区结合产业定位，各有侧重，加强与央企、央院精准对接，谋划央企与地方共建产业园区。';
    const spec = withRowHeights(aSheet([{ cells: [1, { value: long, style: 'text' }] }, { cells: [2, { value: '短', style: 'text' }] }]));
    const lines = wrappedLineCount(long, 22);
    expect(lines).toBe(Math.ceil(textWidthUnits(long) / 21));
    expect(spec.sheets[0].rows[0].height).toBe(Math.ceil(lines * 11 * 1.35 + 4));
    expect(spec.sheets[0].rows[1].height).toBeUndefined();
  });

  test('an explicit height is a minimum: text that needs more grows the row, unwrapped cells are left alone', () => {
    const long = '这是一段很长很长的文字'.repeat(10);
    const spec = withRowHeights(aSheet([{ cells: [1, { value: long, style: 'text' }], height: 30 }, { cells: [1, { value: long, style: 'plain' }] }, { cells: [{ value: '短', style: 'text' }], height: 30 }]));
    expect(spec.sheets[0].rows[0].height).toBe(Math.ceil(wrappedLineCount(long, 22) * 11 * 1.35 + 4));
    expect(spec.sheets[0].rows.slice(1).map((row) => row.height)).toEqual([undefined, 30]);
  });

  test('a merged cell wraps across the width of all its columns', () => {
    const long = '这是一段很长很长的文字'.repeat(10);
    const spec = withRowHeights(aSheet([{ cells: [{ value: long, style: 'text' }] }], ['A1:B1']));
    expect(spec.sheets[0].rows[0].height).toBe(Math.ceil(wrappedLineCount(long, 28) * 11 * 1.35 + 4));
  });

  test('line breaks in a cell each start a new line, and larger type needs more lines', () => {
    expect(wrappedLineCount('年底前取得明显进展。\n津兴城际年底前建成通车', 30)).toBe(2);
    expect(wrappedLineCount('一二三四五六七八九十', 21, 22)).toBeGreaterThan(wrappedLineCount('一二三四五六七八九十', 21, 11));
  });

  // More text never needs fewer lines, and no row grows past Excel's 409-point limit.
  test('heights grow with the text and stay within Excel limits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (a, b) => {
        expect(wrappedLineCount(a + b, 22)).toBeGreaterThanOrEqual(wrappedLineCount(a, 22));
        const height = withRowHeights(aSheet([{ cells: [{ value: (a + b).repeat(20), style: 'text' }] }])).sheets[0].rows[0].height;
        if (height !== undefined) expect(height).toBeLessThanOrEqual(409);
      }),
    );
  });
});
