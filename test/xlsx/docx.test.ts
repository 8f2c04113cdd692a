import JSZip from 'jszip';
import { importNoticeText } from '../../src/domain/import/index.js';
import { readDocxText } from '../../src/xlsx/docx.js';
import { DubanError } from '../../src/domain/errors.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const cell = (texts: string[], merge = '') => `<w:tc><w:tcPr>${merge}</w:tcPr>${texts.map(paragraph).join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a Word document read as a notice', () => {
  test('numbered paragraphs with their field lines come through as tasks', async () => {
    // The first tasks of 立山区政府2023年重点工作任务分解和责任分工方案 (test/fixtures/real-lists/lishan-2023).
    const bytes = await docx(
      ['立山区政府2023年重点工作任务分解和责任分工方案', '一、经济社会发展的主要预期目标', '1.努力实现地区生产总值增长6.2%左右。', '牵头单位:区发改局', '责任单位:立山经济开发区,全区经济运行各专班']
        .map(paragraph)
        .join(''),
    );
    const { list } = importNoticeText(await readDocxText(bytes, 'a.docx'), { id: 'x', source: 'a.docx' });
    expect(list.tasks.map((task) => [task.content, task.units.map((unit) => unit.name)])).toEqual([
      ['努力实现地区生产总值增长6.2%左右。', ['区发改局', '立山经济开发区', '全区经济运行各专班']],
    ]);
  });

  test('a table comes through cell by cell, a merged category cell carried down', async () => {
    const restart = '<w:vMerge w:val="restart"/>';
    const bytes = await docx(
      paragraph('2024年重点工作责任分解表') +
        '<w:tbl>' +
        row(cell(['序号']), cell(['类别']), cell(['工作任务']), cell(['分管领导']), cell(['牵头单位']), cell(['配合单位'])) +
        row(cell(['1']), cell(['一、民生保障'], restart), cell(['新建幼儿园2所，', '增加学位600个。']), cell(['俞 悦']), cell(['县教育局']), cell(['县住建局'])) +
        row(cell(['2']), cell([''], '<w:vMerge/>'), cell(['改造农村公路50公里。']), cell(['李明']), cell(['县交通局']), cell(['各乡镇人民政府'])) +
        '</w:tbl>',
    );
    const { list } = importNoticeText(await readDocxText(bytes, 'b.docx'), { id: 'x', source: 'b.docx' });
    expect(list.tasks.map((task) => [task.seq, task.category, task.content, task.leaders])).toEqual([
      [1, '民生保障', '新建幼儿园2所，增加学位600个。', ['俞悦']],
      [2, '民生保障', '改造农村公路50公里。', ['李明']],
    ]);
  });

  test('a file that is not a Word document is refused with a message naming it', async () => {
    const zip = new JSZip();
    zip.file('other.xml', '<x/>');
    await expect(readDocxText(await zip.generateAsync({ type: 'uint8array' }), 'c.docx')).rejects.toThrow(DubanError);
  });
});
