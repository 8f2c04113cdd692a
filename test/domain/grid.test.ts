import { fillMerges, type CellValue } from '../../src/domain/grid.js';

describe('fillMerges', () => {
  test('every cell of a merged range gets its top-left value, the rows grown to hold the range', () => {
    const rows: CellValue[][] = [['序号', '单位'], [1, '市商务局', '备注']];
    fillMerges(rows, ['B2:C3', 'A1']);
    expect(rows).toEqual([
      ['序号', '单位'],
      [1, '市商务局', '市商务局'],
      [null, '市商务局', '市商务局'],
    ]);
  });
});
