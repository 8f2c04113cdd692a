import { drawnWidth, effectiveStyleName, namedStyle, type SheetSpec, type WorkbookSpec } from '../../../src/domain/spec/index.js';

const sheet: SheetSpec = {
  name: '任务清单',
  columns: [{ width: 6 }, { width: 40, style: 'input' }, { width: 12 }],
  rows: [
    { cells: [1, { value: '甲', style: 'title' }] },
    { cells: [2, '乙'], style: 'header' },
    { cells: [3] },
  ],
};

describe('how renderers read spec cells', () => {
  test("a cell is drawn with its own style, else its row's, else its column's", () => {
    const [titled, headed, plain] = sheet.rows;
    expect([0, 1, 2].map((c) => effectiveStyleName(sheet, titled, c))).toEqual([undefined, 'title', undefined]);
    expect([0, 1, 2].map((c) => effectiveStyleName(sheet, headed, c))).toEqual(['header', 'header', 'header']);
    expect([0, 1, 2].map((c) => effectiveStyleName(sheet, plain, c))).toEqual([undefined, 'input', undefined]);
  });

  test('a row with a style is drawn across every column; one without, only as far as its cells', () => {
    expect(sheet.rows.map((row) => drawnWidth(sheet, row))).toEqual([2, 3, 1]);
  });

  test('a style the spec does not define is an error naming the sheet', () => {
    const spec = { styles: { title: { bold: true } } } as unknown as WorkbookSpec;
    expect(namedStyle(spec, sheet, 'title')).toEqual({ bold: true });
    expect(() => namedStyle(spec, sheet, 'missing')).toThrow('sheet 任务清单 uses an undefined style missing');
  });
});
