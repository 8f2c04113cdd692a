import { parsePeriod } from '../../../src/domain/period/index.js';
import { buildReturnSpec, planDistribution, readMeta, taskFingerprint } from '../../../src/domain/returns/index.js';
import { isStyledCell, type SheetSpec, type SpecCell } from '../../../src/domain/spec/index.js';
import { HEADERS, SHEETS, STATUSES } from '../../../src/domain/vocabulary.js';
import { aTestDirectory, aTestList } from '../../helpers/returns-fixtures.js';

const plan = planDistribution({ list: aTestList(), directory: aTestDirectory(), period: parsePeriod('2023Q1')! });
const planned = plan.returns.find((r) => r.unit === '市商务局')!;
const spec = buildReturnSpec({ plan, planned, generatedAt: '2023-04-01T08:00:00.000Z' });
const sheet = (name: string) => spec.sheets.find((s) => s.name === name)!;
const value = (cell: SpecCell | undefined) => (cell !== undefined && isStyledCell(cell) ? cell.value : cell);
const texts = (s: SheetSpec) => s.rows.map((row) => row.cells.map(value));

describe('return workbook spec', () => {
  test('进展填报 has the title rows, the header row and one row per task of the unit', () => {
    const rows = texts(sheet(SHEETS.returnForm));
    expect(rows[1]).toEqual(['填报单位：市商务局']);
    expect(rows[2]).toEqual(['报送期次：2023年第一季度']);
    expect(rows[3]).toEqual(['截止日期：2023年4月10日']);
    expect(rows[4]).toEqual([...HEADERS.returnForm]);
    expect(rows.slice(5).map((row) => row.slice(0, 4))).toEqual([
      [1, '推动外贸保稳提质，培育外贸新业态新模式。', '年底前完成', '牵头'],
      [2, '开展招商引资“一把手”工程，全年引进重点项目。', '6月底前取得进展，年底前完成\n时限节点：2023年6月底前取得明显进展；2023年底前完成', '牵头'],
    ]);
  });

  test('task columns are locked, input columns unlocked, the sheet protected, statuses a dropdown', () => {
    const form = sheet(SHEETS.returnForm);
    const styleOf = (cell: SpecCell) => spec.styles[(isStyledCell(cell) && cell.style) || ''];
    const taskRow = form.rows[5].cells;
    expect(taskRow.slice(0, 4).map((cell) => styleOf(cell).locked)).toEqual([undefined, undefined, undefined, undefined]);
    expect(taskRow.slice(4).map((cell) => styleOf(cell).locked)).toEqual([false, false, false, false]);
    expect(form.protection).toBeDefined();
    expect(form.validations).toEqual([expect.objectContaining({ range: 'E6:E7', type: 'list', values: [...STATUSES] })]);
    expect(form.freeze).toEqual({ rows: 5, columns: 0 });
    expect(form.print).toMatchObject({ orientation: 'landscape', fitToWidth: 1, titleRows: '5:5' });
    expect(spec.styles.task.wrap).toBe(true);
  });

  test('the metadata sheet is very hidden, protected, and carries list, unit, period and fingerprints', () => {
    const metaSheet = sheet(SHEETS.returnMeta);
    expect(metaSheet.state).toBe('veryHidden');
    expect(metaSheet.protection).toBeDefined();
    const grid = { sheets: [{ name: metaSheet.name, state: 'veryHidden' as const, rows: texts(metaSheet) as (string | number | null)[][], merges: [] }] };
    const meta = readMeta(grid)!;
    expect(meta).toMatchObject({ listId: 'test-2023-key-work', unit: '市商务局', period: '2023Q1', generatedAt: '2023-04-01T08:00:00.000Z' });
    expect([...meta.fingerprints]).toEqual([
      [1, taskFingerprint('推动外贸保稳提质，培育外贸新业态新模式。')],
      [2, taskFingerprint('开展招商引资“一把手”工程，全年引进重点项目。')],
    ]);
  });

  test('填报说明 explains in Chinese who fills what by when', () => {
    const lines = texts(sheet(SHEETS.returnInstructions)).flat().join('\n');
    expect(lines).toContain('市商务局');
    expect(lines).toContain('2023年4月10日');
    expect(lines).toContain(STATUSES.join('、'));
  });
});
