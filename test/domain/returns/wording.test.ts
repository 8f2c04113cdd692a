import { parsePeriod } from '../../../src/domain/period/index.js';
import { buildReturnSpec, listWording, planDistribution } from '../../../src/domain/returns/index.js';
import { isStyledCell } from '../../../src/domain/spec/index.js';
import { aTestDirectory, aTestList } from '../../helpers/returns-fixtures.js';

describe('a list’s own words', () => {
  test('a 责任清单 issued by a notice is named by the list and speaks of 责任事项', () => {
    expect(listWording('天津市政务服务办关于印发天津市2023年优化营商环境责任清单的通知')).toEqual({ name: '天津市2023年优化营商环境责任清单', task: '责任事项' });
    expect(listWording('关于印发《某市2024年重点工作任务分解表》的通知')).toEqual({ name: '某市2024年重点工作任务分解表', task: '重点工作' });
    expect(listWording('天津市人民政府关于切实做好2023年市政府重点工作的通知').task).toBe('重点工作');
    expect(listWording('某区督查事项清单').task).toBe('任务');
  });

  test('the form of a 责任清单 says 责任事项 in its title and task column, and 完成时限 is not repeated', () => {
    const list = { ...aTestList(), title: '关于印发某市优化营商环境责任清单的通知' };
    const plan = planDistribution({ list, directory: aTestDirectory(), period: parsePeriod('2023Q1')! });
    const spec = buildReturnSpec({ plan, planned: plan.returns[0], generatedAt: '2023-04-01T00:00:00+08:00' });
    const value = (cell: unknown) => (isStyledCell(cell as never) ? (cell as { value: unknown }).value : cell);
    const form = spec.sheets[0];
    expect(value(form.rows[0].cells[0])).toBe('2023年第一季度责任事项进展情况填报表');
    expect(value(form.rows[4].cells[1])).toBe('责任事项');
    const deadlines = form.rows.slice(5).map((row) => String(value(row.cells[2])));
    // 年底前完成 and 2023年底前完成 say the same: the phrase stands alone.
    for (const text of deadlines) expect(text).not.toMatch(/^(.+)\n时限节点：\d{4}年?\1$/);
  });
});
