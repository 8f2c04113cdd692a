import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookSpec } from '../../src/domain/spec/index.js';
import { renderWorkbook } from '../../src/xlsx/index.js';

const ROWS = 4_501;

/** More rows than the writer renders at a time, with parts before and after the rows. */
function largeSpec(): WorkbookSpec {
  return {
    properties: { title: '大表', creator: '督查室', created: '2023-01-05T09:30:00Z', modified: '2023-02-01T08:00:00Z' },
    styles: { header: { bold: true }, input: { locked: false } },
    sheets: [
      {
        name: '责任分解',
        columns: [{ width: 8 }, { width: 40 }, { width: 12, style: 'input' }],
        rows: [
          { cells: ['序号', '任务', '完成时限'], style: 'header' },
          ...Array.from({ length: ROWS - 1 }, (_, i) => ({ cells: [i + 1, `第${i + 1}项任务 <&>`, { date: '2023-12-31' }] })),
        ],
        merges: [`A${ROWS + 2}:C${ROWS + 2}`],
        tables: [{ name: '分解表', ref: `A1:C${ROWS}` }],
        validations: [{ range: `C2:C${ROWS}`, type: 'date', min: '2023-01-01' }],
        protection: { allowFilter: true },
      },
      { name: '说明', columns: [{ width: 20 }], rows: [{ cells: ['说明'] }] },
    ],
  };
}

describe('rendering a sheet larger than one chunk of rows', () => {
  it('writes every row once, in order, inside a single sheetData, with the parts after the rows intact', async () => {
    const bytes = await renderWorkbook(largeSpec());
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml.split('<sheetData').length).toBe(2);
    const numbers = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    // The merge below the table makes its own row.
    expect(numbers).toEqual([...Array.from({ length: ROWS }, (_, i) => i + 1), ROWS + 2]);
    expect(xml.indexOf('</sheetData>')).toBeLessThan(xml.indexOf('<sheetProtection'));
    expect(xml).toContain(`<mergeCell ref="A${ROWS + 2}:C${ROWS + 2}"/>`);
    expect(xml).toContain('<dataValidations count="1">');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    const ws = wb.getWorksheet('责任分解')!;
    expect(ws.getCell(`B${ROWS}`).value).toBe(`第${ROWS - 1}项任务 <&>`);
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getCell(`C${ROWS}`).value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(ws.getTable('分解表')).toBeDefined();
  });

  it('gives the same bytes each time', async () => {
    const [a, b] = [await renderWorkbook(largeSpec()), await renderWorkbook(largeSpec())];
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
