import fc from 'fast-check';
import { parseCsv, parseCsvRecords } from '../../src/domain/csv.js';
import { DubanError } from '../../src/domain/errors.js';
import { xlsxMessages } from '../../src/domain/messages/index.js';

describe('CSV parser', () => {
  test('quoted fields keep commas, doubled quotes and line breaks', () => {
    const text = '序号,重点工作,责任单位\r\n1,"推进""放管服""改革，优化营商环境","市政务服务办\r\n市发展改革委"\r\n';
    expect(parseCsv(text).rows).toEqual([
      ['序号', '重点工作', '责任单位'],
      ['1', '推进"放管服"改革，优化营商环境', '市政务服务办\r\n市发展改革委'],
    ]);
  });

  test('a UTF-8 byte-order mark is dropped, empty fields are blank cells and trailing blank lines go', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,,c,\n,\nd\n\n')]);
    expect(parseCsv(bytes, { sheetName: '回报' })).toEqual({ name: '回报', state: 'visible', rows: [['a', null, 'c'], [], ['d']], merges: [] });
  });

  test('LF, CRLF and CR line ends all end a record, and a missing final line end is fine', () => {
    expect(parseCsvRecords('a,b\nc,d\r\ne,f\rg,h')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  test('a first line with tabs and no commas is read as tab-separated', () => {
    expect(parseCsv('序号\t状态\n1\t已完成, 提前\n').rows).toEqual([['序号', '状态'], ['1', '已完成, 提前']]);
  });

  test('UTF-16 text with a byte-order mark (Excel "Unicode text") is decoded', () => {
    const body = Buffer.from('序号\t状态\r\n1\t滞后\r\n', 'utf16le');
    expect(parseCsv(new Uint8Array([0xff, 0xfe, ...body])).rows).toEqual([['序号', '状态'], ['1', '滞后']]);
  });

  test('GBK bytes are refused with a message saying the file is not UTF-8', () => {
    // "序号" in GBK.
    const gbk = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0x31, 0x0a]);
    expect(() => parseCsv(gbk, { file: '回报.csv' })).toThrow(DubanError);
    expect(() => parseCsv(gbk, { file: '回报.csv' })).toThrow(`文件 回报.csv：${xlsxMessages.notUtf8}`);
  });

  test('an unclosed quote is reported with the line it starts on', () => {
    expect(() => parseCsv('a,b\n1,"未闭合\n2,3\n')).toThrow(xlsxMessages.csvUnclosedQuote(2));
  });

  // Any table of fields, written the RFC 4180 way, parses back to the same fields.
  test('writing any table as RFC 4180 and parsing it gives the table back', () => {
    const field = fc.string({ maxLength: 8, unit: fc.constantFrom('a', '市', ',', '"', '\n', '\r\n', ' ', '\t', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (table) => {
        const text = table.map((row) => row.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
        expect(parseCsvRecords(text)).toEqual(table);
      }),
    );
  });
});
