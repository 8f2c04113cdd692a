import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { DubanError, EXIT } from '../../src/domain/errors.js';
import { fileKindMessages } from '../../src/domain/messages/index.js';
import { detectFileKind, readWorkbook } from '../../src/xlsx/index.js';
import { aRawWorkbook, anExcelJsWorkbook, anOle2File } from './builders.js';

async function firstSheetRows(buffer: Buffer) {
  return (await readWorkbook(buffer)).sheets[0].rows;
}

describe('readWorkbook on files written by ExcelJS', () => {
  test('formulas give their cached results: numbers, text, booleans and errors', async () => {
    const buffer = await anExcelJsWorkbook((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow([{ formula: '1+2', result: 3 }, { formula: '"a"&"b"', result: 'ab' }, { formula: '1>0', result: true }, { formula: 'NA()', result: { error: '#N/A' } }, { formula: 'A1*2' }]);
    });
    expect(await firstSheetRows(buffer)).toEqual([[3, 'ab', true, '#N/A']]);
  });

  test('rich text is flattened and hyperlinks give their text', async () => {
    const buffer = await anExcelJsWorkbook((wb) => {
      const ws = wb.addWorksheet('表');
      ws.getCell('A1').value = { richText: [{ text: '已完成', font: { bold: true } }, { text: '（提前）' }] };
      ws.getCell('B1').value = { text: '政府网站', hyperlink: 'https://www.tj.gov.cn' };
    });
    expect(await firstSheetRows(buffer)).toEqual([['已完成（提前）', '政府网站']]);
  });

  test('merged cells are filled with the top-left value', async () => {
    const buffer = await anExcelJsWorkbook((wb) => {
      const ws = wb.addWorksheet('表');
      ws.addRow(['一、经济', '任务1']);
      ws.addRow([null, '任务2']);
      ws.addRow([null, '任务3']);
      ws.mergeCells('A1:A3');
    });
    const grid = await readWorkbook(buffer);
    expect(grid.sheets[0].rows).toEqual([['一、经济', '任务1'], ['一、经济', '任务2'], ['一、经济', '任务3']]);
    expect(grid.sheets[0].merges).toEqual(['A1:A3']);
  });

  test('dates read as ISO dates; a time of day is kept only when present', async () => {
    const buffer = await anExcelJsWorkbook((wb) => {
      const ws = wb.addWorksheet('表');
      ws.getCell('A1').value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell('B1').value = new Date(Date.UTC(2023, 3, 10, 14, 30));
      ws.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm';
      ws.getCell('C1').value = 45291;
      ws.getCell('C1').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('D1').value = 45291;
      ws.getCell('D1').numFmt = '#,##0';
    });
    expect(await firstSheetRows(buffer)).toEqual([['2023-12-31', '2023-04-10 14:30:00', '2023-12-31', 45291]]);
  });

  test('numbers stored as text stay text and numbers stay numbers', async () => {
    const buffer = await anExcelJsWorkbook((wb) => {
      wb.addWorksheet('表').addRow(['001', '12', 12, 0.1 + 0.2, '=1+1']);
    });
    expect(await firstSheetRows(buffer)).toEqual([['001', '12', 12, 0.3, '=1+1']]);
  });

  test('sheet states are reported and the sheets filter skips unwanted sheets', async () => {
    const buffer = await anExcelJsWorkbook((wb) => {
      wb.addWorksheet('进展填报').addRow(['a']);
      wb.addWorksheet('填报说明', { state: 'hidden' }).addRow(['b']);
      wb.addWorksheet('_duban_meta', { state: 'veryHidden' }).addRow(['c']);
    });
    const all = await readWorkbook(buffer);
    expect(all.sheets.map((s) => [s.name, s.state])).toEqual([['进展填报', 'visible'], ['填报说明', 'hidden'], ['_duban_meta', 'veryHidden']]);
    const some = await readWorkbook(buffer, { sheets: (_, state) => state !== 'hidden' });
    expect(some.sheets.map((s) => s.name)).toEqual(['进展填报', '_duban_meta']);
  });

  test('docProps created and modified times are returned', async () => {
    const buffer = await anExcelJsWorkbook((wb) => {
      wb.created = new Date('2023-04-01T01:02:03Z');
      wb.modified = new Date('2023-04-08T09:10:11Z');
      wb.addWorksheet('表');
    });
    const grid = await readWorkbook(buffer);
    expect(grid.created).toBe('2023-04-01T01:02:03Z');
    expect(grid.modified).toBe('2023-04-08T09:10:11Z');
  });

  // Whatever ExcelJS writes (text, numbers, booleans, blanks), the reader returns the same values.
  test('reads back any grid of text, numbers and booleans exactly', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 12 }).map((s) => [...s].filter((ch) => ch >= ' ' && !/[\ud800-\udfff]/.test(ch)).join('')),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((n) => Number(n.toPrecision(12))),
      fc.boolean(),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 }), async (rows) => {
        const buffer = await anExcelJsWorkbook((wb) => {
          const ws = wb.addWorksheet('表');
          rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
        });
        const expected = rows.map((row) => row.map((v) => (v === '' || Object.is(v, -0) ? (v === '' ? null : 0) : v)));
        for (const row of expected) while (row.length > 0 && row[row.length - 1] === null) row.pop();
        while (expected.length > 0 && expected[expected.length - 1].length === 0) expected.pop();
        expect(await firstSheetRows(buffer)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});

describe('readWorkbook on hand-written packages', () => {
  test('prefixed elements, inline strings, cells without addresses and phonetic runs', async () => {
    const buffer = await aRawWorkbook({
      sheets: [{
        name: '表&一',
        prefix: 'x',
        data: '<x:row r="2"><x:c t="inlineStr"><x:is><x:r><x:t>市</x:t></x:r><x:r><x:t xml:space="preserve">商务局 </x:t></x:r></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row><x:row><x:c r="C3"><x:v>7</x:v></x:c></x:row>',
      }],
      sharedStringItems: ['<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>', '<si><t>a&amp;b_x000D_c &lt;d&gt;</t></si>'],
    });
    const grid = await readWorkbook(buffer);
    expect(grid.sheets[0].name).toBe('表&一');
    expect(grid.sheets[0].rows).toEqual([[], ['市商务局 ', '東京', 'a&b\rc <d>'], [null, null, 7]]);
  });

  test('the 1904 date system, built-in CJK date formats and time-only formats', async () => {
    const buffer = await aRawWorkbook({
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" s="1"><v>43829</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>45291.75</v></c></row>' }],
      cellFormats: [[0], [31], [20], [164, '[$-804]yyyy"年"m"月"d"日" h:mm;@']],
      date1904: true,
    });
    // 43829 in the 1904 system is 2023-12-31 (1,462 days later than in 1900); 0.5 in a time format is noon.
    expect(await firstSheetRows(buffer)).toEqual([['2023-12-31', '12:00:00', '2028-01-01 18:00:00']]);
  });

  test('formats that only look like dates (colours, escaped letters, General) leave numbers alone', async () => {
    const buffer = await aRawWorkbook({
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" s="1"><v>5</v></c><c r="B1" s="2"><v>6</v></c><c r="C1" s="3"><v>7</v></c></row>' }],
      cellFormats: [[0], [164, '0.00_);[Red](0.00)'], [165, '0"天"'], [166, 'General']],
    });
    expect(await firstSheetRows(buffer)).toEqual([[5, 6, 7]]);
  });

  test('a merge larger than the used area fills only the used area', async () => {
    const buffer = await aRawWorkbook({
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>', after: '<mergeCells count="1"><mergeCell ref="A1:XFD1"/></mergeCells>' }],
      sharedStrings: ['标题'],
    });
    expect(await firstSheetRows(buffer)).toEqual([['标题', '标题'], [1, 2]]);
  });

  test('booleans, errors and formula strings written by other programs', async () => {
    const buffer = await aRawWorkbook({
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1" t="b"><v>0</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="str"><f>"x"</f><v>x</v></c><c r="D1" t="d"><v>2023-05-06T00:00:00Z</v></c></row>' }],
    });
    expect(await firstSheetRows(buffer)).toEqual([[false, '#DIV/0!', 'x', '2023-05-06']]);
  });
});

describe('readWorkbook on files that are not workbooks', () => {
  async function problemOf(input: Buffer, file: string): Promise<DubanError> {
    try {
      await readWorkbook(input, { file });
    } catch (error) {
      expect(error).toBeInstanceOf(DubanError);
      return error as DubanError;
    }
    throw new Error('expected readWorkbook to fail');
  }

  test.each([
    ['an old .xls workbook', () => anOle2File('Workbook', 'SummaryInformation'), '市商务局.xls', 'xls'],
    ['a WPS .et file', () => anOle2File('Workbook'), '市商务局.et', 'et'],
    ['a password-protected .xlsx', () => anOle2File('EncryptionInfo', 'EncryptedPackage'), '市商务局.xlsx', 'encrypted'],
    ['a Word .doc', () => anOle2File('WordDocument'), '说明.doc', 'doc'],
    ['a CSV file', () => Buffer.from('序号,进展状态\n1,已完成\n'), '市商务局.csv', 'csv'],
    ['an HTML table saved as .xls', () => Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>'), '导出.xls', 'html'],
    ['a PDF', () => Buffer.from('%PDF-1.7\n...'), '通知.pdf', 'pdf'],
    ['an empty file', () => Buffer.alloc(0), '空.xlsx', 'empty'],
  ] as const)('%s gets its own message naming the file', async (_, make, file, kind) => {
    const input = make();
    expect(detectFileKind(input, file)).toBe(kind);
    const error = await problemOf(input, file);
    expect(error.message).toBe(`文件 ${file}：${fileKindMessages[kind]}`);
    expect(error.exitCode).toBe(EXIT.badInput);
  });

  test('a Word .docx is a zip without a workbook', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    expect(detectFileKind(docx, '报告.docx')).toBe('docx');
    expect((await problemOf(docx, '报告.xlsx')).problem).toBe(fileKindMessages.docx);
  });

  test('a truncated .xlsx is reported as damaged', async () => {
    const good = await anExcelJsWorkbook((wb) => wb.addWorksheet('表').addRow(['a']));
    const cut = good.subarray(0, Math.floor(good.length * 0.7));
    expect(detectFileKind(cut, 'a.xlsx')).toBe('corrupt');
    expect((await problemOf(cut, 'a.xlsx')).problem).toBe(fileKindMessages.corrupt);
  });

  test('an .xlsx whose entry data is damaged is reported as damaged, not as a crash', async () => {
    const good = await anExcelJsWorkbook((wb) => wb.addWorksheet('表').addRow(['a'.repeat(2000)]));
    const bad = Buffer.from(good);
    // Overwrite the middle of the compressed data, keeping the zip directory intact.
    bad.fill(0x55, 200, Math.floor(good.length / 2));
    expect(detectFileKind(bad, 'a.xlsx')).toBe('xlsx');
    expect((await problemOf(bad, 'a.xlsx')).problem).toBe(fileKindMessages.corrupt);
  });

  test('a path that does not exist is reported, not thrown as a stack', async () => {
    await expect(readWorkbook('/nonexistent/回报.xlsx')).rejects.toThrow('文件 /nonexistent/回报.xlsx：文件不存在或无法读取。');
  });
});

test('ExcelJS agrees with the reader on a workbook with every kind of cell', async () => {
  const buffer = await anExcelJsWorkbook((wb) => {
    const ws = wb.addWorksheet('表');
    ws.addRow(['序号', 1, true, new Date(Date.UTC(2023, 0, 2)), { formula: '1+1', result: 2 }]);
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const row = wb.getWorksheet('表')!.getRow(1).values as unknown[];
  const grid = await firstSheetRows(buffer);
  expect(grid[0].slice(0, 3)).toEqual(row.slice(1, 4));
  expect(grid[0][3]).toBe((row[4] as Date).toISOString().slice(0, 10));
  expect(grid[0][4]).toBe((row[5] as { result: number }).result);
});
