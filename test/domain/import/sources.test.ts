import fc from 'fast-check';
import { DEFAULT_IMPORT_ID, importNoticeText, listIdFromFileName } from '../../../src/domain/import/index.js';
import { noticeMessages } from '../../../src/domain/messages/index.js';

describe('the id an imported list gets from its file name', () => {
  test('keeps Latin letters and digits of the name, drops the folder and the extension', () => {
    expect(listIdFromFileName('seeds/sources/000_966d7ba61376989e.txt')).toBe('000-966d7ba61376989e');
    expect(listIdFromFileName('C:\\下载\\Tianjin 2023 清单.xlsx')).toBe('tianjin-2023');
  });

  test('a name without Latin letters or digits gives the default id', () => {
    expect(listIdFromFileName('滨海新区责任清单.csv')).toBe(DEFAULT_IMPORT_ID);
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
