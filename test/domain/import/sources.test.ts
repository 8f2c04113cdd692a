import fc from 'fast-check';
import { DEFAULT_IMPORT_ID, importNoticeText, listIdFor, listIdFromFileName } from '../../../src/domain/import/index.js';
import { noticeMessages } from '../../../src/domain/messages/index.js';

describe('the id an imported list gets from its file name', () => {
  test('keeps Latin letters and digits of the name, drops the folder and the extension', () => {
    expect(listIdFromFileName('seeds/sources/000_966d7ba61376989e.txt')).toBe('000-966d7ba61376989e');
    expect(listIdFromFileName('C:\\下载\\Tianjin 2023 清单.xlsx')).toBe('tianjin-2023-qd');
  });

  test('spells a Chinese name in pinyin: the place in full, the rest by first letters', () => {
    expect(listIdFromFileName('滨海新区责任清单.csv')).toBe('binhaixinqu-zrqd');
    expect(listIdFromFileName('咸安区2023年重点工作.txt')).toBe('xiananqu-2023-zdgz');
  });

  test('a name with nothing to spell gives the default id', () => {
    expect(listIdFromFileName('（）.csv')).toBe(DEFAULT_IMPORT_ID);
  });
});

describe('the id of an imported list', () => {
  const title = '立山区人民政府关于印发《立山区政府2025年重点工作任务分解和责任分工方案》的通知';

  test('comes from the title when the file name is a bare year or says nothing', () => {
    expect(listIdFor('2025.xlsx', title)).toBe('lishanqu-2025-zfzdgzrw');
    expect(listIdFor('source.txt', title)).toBe('lishanqu-2025-zfzdgzrw');
    expect(listIdFor(undefined, title)).toBe('lishanqu-2025-zfzdgzrw');
  });

  test("comes from the file name when the name means something", () => {
    expect(listIdFor('咸安区2023年重点工作.txt', title)).toBe('xiananqu-2023-zdgz');
  });

  // Whatever the file name and title, the id is never a bare number.
  test('is never a bare year or number', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom('2025.xlsx', '123.csv')), fc.string(), (name, anyTitle) => !/^[\d-]+$/.test(listIdFor(name, anyTitle))));
  });

  // Whatever the name, the id is lowercase letters and digits in hyphen-separated runs.
  test('is always a valid list id', () => {
    fc.assert(fc.property(fc.string(), (name) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(listIdFromFileName(name))));
  });
});

describe('a notice imported with its deadlines', () => {
  const notice = (deadline: string) =>
    ['2023年重点工作责任分解表', '\t序号', '\t重点工作', '\t完成时限', '\t责任单位', '', '\t1', '\t建成一批口袋公园。', `\t${deadline}`, '\t市城市管理委', ''].join('\n');

  test('gets milestones for a deadline phrase it can date', () => {
    const { list, problems } = importNoticeText(notice('6月底前完成'), { id: 'x', source: 't.txt' });
    expect(problems).toEqual([]);
    expect(list.tasks[0].deadline.milestones.length).toBeGreaterThan(0);
  });

  test('reports a deadline phrase it cannot date, naming the task', () => {
    const { list, problems } = importNoticeText(notice('尽快'), { id: 'x', source: 't.txt' });
    expect(list.tasks).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0].message.startsWith(noticeMessages.unparsedDeadline(1, ''))).toBe(true);
    expect(problems[0]).not.toHaveProperty('line');
  });
});
