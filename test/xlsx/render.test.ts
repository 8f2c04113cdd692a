import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { SheetSpec, WorkbookSpec } from '../../src/domain/spec/index.js';
import { readWorkbook, renderWorkbook } from '../../src/xlsx/index.js';

/** A workbook spec using every feature the renderer supports; `sheet` overrides the first sheet. */
function aSpec(sheet: Partial<SheetSpec> = {}, extra: Partial<WorkbookSpec> = {}): WorkbookSpec {
  return {
    properties: { title: '2023年重点工作', creator: '市政府办公厅督查室', created: '2023-01-05T09:30:00Z', modified: '2023-02-01T08:00:00Z' },
    styles: {
      title: { bold: true, fontSize: 16, hAlign: 'center' },
      header: { bold: true, fill: 'DDEBF7', border: true, wrap: true, hAlign: 'center', vAlign: 'middle' },
      input: { locked: false, wrap: true, fontColor: 'C00000' },
      cnDate: { numFmt: 'yyyy"年"m"月"d"日"' },
      italic: { italic: true },
    },
    sheets: [
      {
        name: '任务清单',
        tabColor: '4472C4',
        columns: [{ width: 6 }, { width: 40 }, { width: 14 }, { width: 20, style: 'input' }, { width: 9, hidden: true }],
        rows: [
          { cells: [{ value: '2023年重点工作任务清单', style: 'title' }], height: 32 },
          { cells: ['序号', '重点工作', '完成时限', '进展情况', '备注'], style: 'header', height: 24 },
          { cells: [1, '=SUM(A1:A9)', { date: '2023-12-31' }, '+86 22 2345', '-3'] },
          { cells: [2, '@某单位', { value: { date: '2023-06-30' }, style: 'cnDate' }, null, { value: 'x', style: 'italic' }] },
          { cells: [{ formula: 'A3+A4', result: 3 }, { formula: 'B3&"!"', result: '=SUM(A1:A9)!' }, { formula: 'A3>0', result: true }, { formula: 'NA()' }, true] },
        ],
        merges: ['A1:E1'],
        freeze: { rows: 2, columns: 1 },
        tables: [{ name: '任务表', ref: 'A2:E5', style: 'TableStyleLight9', filter: true }],
        validations: [
          { range: 'D3:D200', type: 'list', values: ['已完成', '序时推进', '滞后', '未启动'], prompt: { title: '进展状态', message: '请从下拉列表中选择' }, error: { title: '输入有误', message: '只能选择列表中的状态' } },
          { range: 'B3:B200', type: 'list', source: '单位名录!$A$2:$A$200', allowBlank: false },
          { range: 'C3:C200', type: 'date', min: '2023-01-01', max: 'TODAY()+365' },
          { range: 'A3:A200', type: 'whole', min: '1' },
        ],
        conditionalFormats: [
          { range: 'C3:C200', rules: [{ type: 'expression', formula: 'AND($C3<>"",$C3<TODAY())', style: { fill: 'FFC7CE', fontColor: '9C0006', bold: true } }] },
          { range: 'A3:A200', rules: [{ type: 'dataBar', color: '638EC6' }] },
        ],
        protection: { password: '督办2023', allowFilter: true, allowSort: true, allowFormatColumns: true },
        print: { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: '1:2', header: '&C&"宋体,Bold"2023年重点工作', footer: '&C第 &P 页，共 &N 页', paperSize: 9, printArea: 'A1:E5' },
        ...sheet,
      },
      { name: '单位名录', state: 'hidden', columns: [{ width: 20 }], rows: [{ cells: ['单位名称'] }, { cells: ['市发展改革委'] }] },
      { name: '_duban_meta', state: 'veryHidden', columns: [], rows: [{ cells: ['listId', 'tianjin-2023-key-work'] }] },
    ],
    definedNames: [{ name: '单位列表', ref: '单位名录!$A$2:$A$200' }],
    ...extra,
  };
}

async function partsOf(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) parts[name] = await zip.files[name].async('string');
  return parts;
}

async function loadWithExcelJS(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe('renderWorkbook', () => {
  let buffer: Buffer;
  let parts: Record<string, string>;
  let sheetXml: string;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    buffer = await renderWorkbook(aSpec());
    parts = await partsOf(buffer);
    sheetXml = parts['xl/worksheets/sheet1.xml'];
    wb = await loadWithExcelJS(buffer);
    ws = wb.getWorksheet('任务清单')!;
  });

  test('rendering the same spec twice gives identical bytes', async () => {
    const again = await renderWorkbook(aSpec());
    expect(Buffer.compare(again, buffer)).toBe(0);
  });

  test('zip entries carry the spec modified time, not the clock', async () => {
    const zip = await JSZip.loadAsync(buffer);
    const dates = Object.values(zip.files).map((entry) => entry.date.toISOString());
    expect(new Set(dates)).toEqual(new Set(['2023-02-01T08:00:00.000Z']));
    expect(Object.values(zip.files).some((entry) => entry.dir)).toBe(false);
  });

  test('a different modified time gives different bytes', async () => {
    const spec = aSpec();
    spec.properties.modified = '2023-03-01T08:00:00Z';
    expect(Buffer.compare(await renderWorkbook(spec), buffer)).not.toBe(0);
  });

  test('strings starting with = + - @ are written as text, never as formulas', () => {
    const cellXml = (ref: string) => new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`).exec(sheetXml)![0];
    for (const ref of ['B3', 'D3', 'E3', 'B4']) {
      expect(cellXml(ref)).toContain('t="s"');
      expect(cellXml(ref)).not.toContain('<f>');
    }
    expect(parts['xl/sharedStrings.xml']).toContain('=SUM(A1:A9)');
    expect(ws.getCell('B3').value).toBe('=SUM(A1:A9)');
    expect(ws.getCell('B3').formula).toBeUndefined();
  });

  // Whatever text a returned file holds, it is written as text and reads back unchanged.
  test('any text starting with a formula character reads back as the same text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 20 }), async (first, rest) => {
        const text = first + [...rest].filter((ch) => ch >= ' ').join('');
        const spec = aSpec({ rows: [{ cells: [text] }], tables: [], merges: [], validations: [], conditionalFormats: [], print: undefined });
        const out = await renderWorkbook(spec);
        const xml = (await partsOf(out))['xl/worksheets/sheet1.xml'];
        expect(xml).not.toMatch(/<f>/);
        const grid = await readWorkbook(out, { sheets: (name) => name === '任务清单' });
        expect(grid.sheets[0].rows[0][0]).toBe(text);
      }),
      { numRuns: 25 },
    );
  });

  test('formulas keep their cached results', () => {
    expect(sheetXml).toMatch(/<c r="A5"[^>]*><f>A3\+A4<\/f><v>3<\/v><\/c>/);
    expect(sheetXml).toMatch(/<c r="B5"[^>]*t="str"[^>]*><f>B3&amp;&quot;!&quot;<\/f><v>=SUM\(A1:A9\)!<\/v><\/c>/);
    expect(ws.getCell('C5').value).toEqual({ formula: 'A3>0', result: true });
    expect(ws.getCell('D5').formula).toBe('NA()');
  });

  test('dates are real dates with a date format, the style format winning', () => {
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(ws.getCell('C3').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('C4').numFmt).toBe('yyyy"年"m"月"d"日"');
  });

  test('named styles become fonts, fills, borders, alignment and protection', () => {
    const header = ws.getCell('B2');
    expect(header.font).toMatchObject({ bold: true, name: '宋体' });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(header.border.top).toMatchObject({ style: 'thin' });
    expect(header.alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell('E4').font).toMatchObject({ italic: true });
  });

  test('a column style applies to its empty cells and a cell without style of its own', () => {
    expect(ws.getColumn(4).style.protection).toMatchObject({ locked: false });
    expect(ws.getCell('D3').protection).toMatchObject({ locked: false });
    expect(ws.getCell('D3').font).toMatchObject({ color: { argb: 'FFC00000' } });
    expect(ws.getCell('C3').protection).toBeUndefined();
  });

  test('column widths, hidden columns and row heights are set', () => {
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getColumn(5).hidden).toBe(true);
    expect(ws.getRow(1).height).toBe(32);
    expect(ws.getRow(2).height).toBe(24);
  });

  test('panes are frozen below the header and right of the first column', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  test('merged title cells are merged', () => {
    expect(sheetXml).toContain('<mergeCell ref="A1:E1"/>');
  });

  test('an Excel table takes its name, range and headers from the spec cells', () => {
    const table = parts['xl/tables/table1.xml'];
    expect(table).toContain('name="任务表"');
    expect(table).toContain('ref="A2:E5"');
    expect(table).toContain('TableStyleLight9');
    const names = [...table.matchAll(/<tableColumn [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['序号', '重点工作', '完成时限', '进展情况', '备注']);
    expect(ws.getCell('B2').value).toBe('重点工作');
  });

  test('a header-only table gets one empty data row, as Excel requires', async () => {
    const spec = aSpec({ rows: [{ cells: ['期次', '单位'] }], tables: [{ name: '进展', ref: 'A1:B1' }], merges: [], validations: [], conditionalFormats: [], print: undefined });
    const table = (await partsOf(await renderWorkbook(spec)))['xl/tables/table1.xml'];
    expect(table).toContain('ref="A1:B2"');
  });

  test('data validations: a list of values, a list from a range, dates and whole numbers', () => {
    const validations = [...sheetXml.matchAll(/<dataValidation [^>]*>.*?<\/dataValidation>/g)].map((m) => m[0]);
    expect(validations).toHaveLength(4);
    expect(validations[0]).toMatch(/type="list".*showInputMessage="1" promptTitle="进展状态" prompt="请从下拉列表中选择".*errorTitle="输入有误".*sqref="D3:D200"><formula1>&quot;已完成,序时推进,滞后,未启动&quot;<\/formula1>/);
    expect(validations[1]).toContain('<formula1>单位名录!$A$2:$A$200</formula1>');
    expect(validations[1]).not.toContain('allowBlank');
    expect(validations[2]).toMatch(/type="date".*sqref="C3:C200"><formula1>44927<\/formula1><formula2>TODAY\(\)\+365<\/formula2>/);
    expect(validations[3]).toMatch(/type="whole" operator="greaterThanOrEqual".*<formula1>1<\/formula1>/);
    // Schema order: after conditional formats, before page margins.
    expect(sheetXml.indexOf('<dataValidations')).toBeGreaterThan(sheetXml.lastIndexOf('</conditionalFormatting>'));
    expect(sheetXml.indexOf('<dataValidations')).toBeLessThan(sheetXml.indexOf('<pageMargins'));
    expect(ws.getCell('D57').dataValidation).toMatchObject({ type: 'list', formulae: ['"已完成,序时推进,滞后,未启动"'] });
  });

  test('a literal list too long for Excel is refused rather than written broken', async () => {
    const values = Array.from({ length: 60 }, (_, i) => `单位名称${i}`);
    await expect(renderWorkbook(aSpec({ validations: [{ range: 'A1:A9', type: 'list', values }] }))).rejects.toThrow(/255/);
  });

  test('conditional formats: an expression with fill and font, and a data bar', () => {
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual(['C3:C200', 'A3:A200']);
    expect(formats[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['AND($C3<>"",$C3<TODAY())'] });
    expect(formats[0].rules[0].style).toMatchObject({ font: { bold: true, color: { argb: 'FF9C0006' } }, fill: { bgColor: { argb: 'FFFFC7CE' } } });
    expect(formats[1].rules[0]).toMatchObject({ type: 'dataBar' });
    expect(sheetXml).toContain('<color rgb="FF638EC6"/>');
  });

  test('the sheet is protected with the password, allowing filter, sort and column formats', () => {
    const tag = /<sheetProtection [^>]*\/>/.exec(sheetXml)![0];
    expect(tag).toMatch(/sheet="1"/);
    expect(tag).toMatch(/autoFilter="0"/);
    expect(tag).toMatch(/sort="0"/);
    expect(tag).toMatch(/formatColumns="0"/);
    // Recompute the ECMA-376 hash independently: Excel will accept the password.
    const salt = Buffer.from(/saltValue="([^"]+)"/.exec(tag)![1], 'base64');
    const password = Buffer.from('督办2023', 'utf16le');
    let hash = createHash('sha512').update(Buffer.concat([salt, password])).digest();
    for (let i = 0; i < 100_000; i += 1) {
      const counter = Buffer.alloc(4);
      counter.writeUInt32LE(i);
      hash = createHash('sha512').update(Buffer.concat([hash, counter])).digest();
    }
    expect(/hashValue="([^"]+)"/.exec(tag)![1]).toBe(hash.toString('base64'));
    expect(tag).toMatch(/algorithmName="SHA-512"/);
    expect(tag).toMatch(/spinCount="100000"/);
  });

  test('a sheet protected without a password has no hash', async () => {
    const xml = (await partsOf(await renderWorkbook(aSpec({ protection: {} }))))['xl/worksheets/sheet1.xml'];
    const tag = /<sheetProtection [^>]*\/>/.exec(xml)![0];
    expect(tag).toMatch(/sheet="1"/);
    expect(tag).not.toMatch(/hashValue|autoFilter|sort=/);
  });

  test('print setup: landscape A4, one page wide, repeated rows, header, footer and print area', () => {
    expect(sheetXml).toContain('<pageSetUpPr fitToPage="1"/>');
    const setup = /<pageSetup [^>]*\/>/.exec(sheetXml)![0];
    expect(setup).toMatch(/orientation="landscape"/);
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/fitToWidth="1"/);
    expect(setup).toMatch(/fitToHeight="0"/);
    expect(sheetXml).toContain('<oddHeader>&amp;C&amp;&quot;宋体,Bold&quot;2023年重点工作</oddHeader>');
    expect(sheetXml).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
    const workbook = parts['xl/workbook.xml'];
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'任务清单'!$1:$2</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'任务清单'!$A$1:$E$5</definedName>`);
  });

  test('tab colour, hidden and very hidden sheets', () => {
    expect(ws.properties.tabColor).toEqual({ argb: 'FF4472C4' });
    expect(wb.getWorksheet('单位名录')!.state).toBe('hidden');
    expect(wb.getWorksheet('_duban_meta')!.state).toBe('veryHidden');
  });

  test('defined names are written whole and read back by ExcelJS', () => {
    expect(parts['xl/workbook.xml']).toContain('<definedName name="单位列表">单位名录!$A$2:$A$200</definedName>');
    expect(wb.definedNames.getNames('单位名录!A2')).toContain('单位列表');
  });

  test('workbook properties come from the spec', () => {
    expect(wb.title).toBe('2023年重点工作');
    expect(wb.creator).toBe('市政府办公厅督查室');
    expect(parts['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-01-05T09:30:00Z</dcterms:created>');
    expect(parts['docProps/core.xml']).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-02-01T08:00:00Z</dcterms:modified>');
  });

  test('the workbook recalculates on open and shows the first visible sheet', () => {
    expect(parts['xl/workbook.xml']).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(parts['xl/workbook.xml']).toMatch(/<workbookView [^>]*activeTab="0"/);
  });

  test('pivot specs are ignored by the file renderer', async () => {
    const spec = aSpec({ pivots: [{ name: 'p', source: '任务表', anchor: 'H1', rows: ['单位'], columns: [], values: [{ field: '序号', summarizeBy: 'count' }], filters: [] }] });
    const names = Object.keys(await partsOf(await renderWorkbook(spec)));
    expect(names.some((name) => name.includes('pivot'))).toBe(false);
  });

  test('characters XML cannot hold are dropped instead of corrupting the file', async () => {
    const out = await renderWorkbook(aSpec({ rows: [{ cells: ['进展\u000b情况\u0001'] }], tables: [], merges: [], validations: [], conditionalFormats: [], print: undefined }));
    const grid = await readWorkbook(out);
    expect(grid.sheets[0].rows[0][0]).toBe('进展情况');
  });

  test('the rendered workbook reads back as the values a user sees', async () => {
    const grid = await readWorkbook(buffer);
    expect(grid.sheets.map((s) => [s.name, s.state])).toEqual([['任务清单', 'visible'], ['单位名录', 'hidden'], ['_duban_meta', 'veryHidden']]);
    expect(grid.sheets[0].rows).toEqual([
      Array(5).fill('2023年重点工作任务清单'),
      ['序号', '重点工作', '完成时限', '进展情况', '备注'],
      [1, '=SUM(A1:A9)', '2023-12-31', '+86 22 2345', '-3'],
      [2, '@某单位', '2023-06-30', null, 'x'],
      [3, '=SUM(A1:A9)!', true, null, true],
    ]);
    expect(grid.modified).toBe('2023-02-01T08:00:00Z');
    expect(grid.created).toBe('2023-01-05T09:30:00Z');
  });
});

describe('wrapped text in a rendered file', () => {
  test('a row of long wrapped text is written with the height its lines need', async () => {
    const { renderWorkbook } = await import('../../src/xlsx/index.js');
    const { default: ExcelJS } = await import('exceljs');
    const long = '持续完善市“互联网+监管”平台系统功能，深化交通运输、生态环境、安全生产、金融监管、化妆品监管等领域风险预警模型建设。';
    const bytes = await renderWorkbook({
      properties: { title: 't', creator: 'c', created: '2023-01-01T00:00:00Z', modified: '2023-01-01T00:00:00Z' },
      styles: { text: { wrap: true } },
      sheets: [{ name: '任务清单', columns: [{ width: 30 }], rows: [{ cells: [{ value: long, style: 'text' }] }, { cells: [{ value: '短句', style: 'text' }] }] }],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('任务清单')!;
    expect(sheet.getRow(1).height).toBeGreaterThanOrEqual(4 * 11 * 1.35);
    expect(sheet.getRow(2).height).toBeUndefined();
  });
});
