import type { SheetGrid } from '../../../src/domain/grid.js';
import { deadlineMessages, validateMessages } from '../../../src/domain/messages/index.js';
import { createUnitMatcher } from '../../../src/domain/units/index.js';
import { FINDING_KINDS, validateWorkbook, type Finding, type ValidationContext } from '../../../src/domain/validate/index.js';
import { HEADERS, SHEETS } from '../../../src/domain/vocabulary.js';
import { aWorkbook, breakdownCell, breakdownSheet, directory, plant, progressSheet, taskListSheet } from './builders.js';

const context = (): ValidationContext => ({ matcher: createUnitMatcher(directory), year: 2023 });
const T = SHEETS.taskList;
const B = SHEETS.breakdown;
const P = SHEETS.progress;
const R = SHEETS.returnForm;

type Expected = Pick<Finding, 'sheet' | 'cell' | 'kind' | 'value' | 'suggestion'>;
const pick = ({ sheet, cell, kind, value, suggestion }: Finding): Expected => ({ sheet, cell, kind, value, suggestion });
const order = (a: Expected, b: Expected) => `${a.sheet}|${a.cell}|${a.kind}`.localeCompare(`${b.sheet}|${b.cell}|${b.kind}`);

function plantedWorkbook() {
  const returnForm: SheetGrid = { name: R, state: 'visible', merges: [], rows: [['填报单位：市商务局'], ['报送期次：2023Q1']] };
  const grid = aWorkbook(taskListSheet(), breakdownSheet(), progressSheet(), returnForm);
  const expected: Expected[] = [];
  const at = (sheet: string, cell: string, value: string | number, kind: Finding['kind'], found: string, suggestion = '') => {
    plant(grid, sheet, cell, value);
    expected.push({ sheet, cell, kind, value: found, suggestion });
  };
  // 任务清单: header on row 3, task n on row n + 3.
  at(T, 'F5', '市发改委', 'alias-unit', '市发改委', '市发展改革委');
  at(T, 'G6', '市财政局、市网信办', 'alias-unit', '市网信办', '市委网信办');
  at(T, 'F7', '天津市商务局', 'alias-unit', '天津市商务局', '市商务局');
  at(T, 'G8', '市科技局、市财政厅', 'unknown-unit', '市财政厅', '市财政局');
  at(T, 'G9', '北极熊保护协会', 'unknown-unit', '北极熊保护协会');
  at(T, 'G10', '市财政局、市财政局', 'duplicate-unit-in-cell', '市财政局', '市财政局');
  at(T, 'F11', '', 'lead-missing', '');
  at(T, 'D4', '2023年2月30日前完成', 'impossible-date', '2023年2月30日前完成', '2023年2月28日前完成');
  at(T, 'D6', '13月底前完成', 'impossible-date', '13月底前完成');
  at(T, 'D7', '按计划推进', 'unparseable-deadline', '按计划推进');
  at(T, 'D8', '2024年6月底前完成', 'deadline-outside-list-year', '2024年6月底前完成');
  at(T, 'D12', '年底前完成；2022年12月底前启动', 'deadline-outside-list-year', '年底前完成；2022年12月底前启动');
  at(T, 'A13', 9, 'seq-duplicate', '9');
  expected.push({ sheet: T, cell: 'A14', kind: 'seq-gap', value: '11', suggestion: '10' });
  at(T, 'A17', 'x7', 'seq-invalid', 'x7');
  at(T, 'F15', '市发展改革委员会', 'unknown-unit', '市发展改革委员会', '市发展改革委');
  at(T, 'G16', '市商务局、和平区政府', 'alias-unit', '和平区政府', '和平区人民政府');
  // 责任分解: one row per task × unit.
  at(B, breakdownCell(grid, 1, '市财政局', 'B'), '市发改委', 'alias-unit', '市发改委', '市发展改革委');
  at(B, breakdownCell(grid, 3, '市教委', 'C'), '配合单位', 'role-invalid', '配合单位', '配合');
  at(B, breakdownCell(grid, 4, '市人社局', 'C'), '主办', 'role-invalid', '主办');
  at(B, breakdownCell(grid, 2, '市商务局', 'D'), '张叁', 'leader-unknown', '张叁', '张三');
  at(B, breakdownCell(grid, 5, '市住房城乡建设委', 'D'), '钱七', 'leader-unknown', '钱七');
  at(B, breakdownCell(grid, 6, '市交通运输委', 'G'), '完成', 'status-invalid', '完成', '已完成');
  at(B, breakdownCell(grid, 6, '市委网信办', 'G'), '还行吧', 'status-invalid', '还行吧');
  at(B, breakdownCell(grid, 8, '市人社局', 'E'), '2023年4月31日前', 'impossible-date', '2023年4月31日前', '2023年4月30日前');
  const seq11 = breakdownCell(grid, 11, '市财政局', 'A');
  at(B, breakdownCell(grid, 7, '各区人民政府', 'A'), 99, 'seq-unknown', '99');
  plant(grid, B, breakdownCell(grid, 11, '市财政局', 'C'), '配合');
  expected.push({ sheet: B, cell: seq11, kind: 'lead-missing', value: '11', suggestion: '' });
  // 进展汇总 and a return form whose header row is gone.
  at(P, 'D3', '推进中', 'status-invalid', '推进中', '序时推进');
  at(P, 'B5', '市教委员会', 'unknown-unit', '市教委员会', '市教委');
  expected.push({ sheet: R, cell: 'A1', kind: 'header-missing', value: '', suggestion: '' });
  return { grid, expected };
}

describe('validateWorkbook', () => {
  test('a clean workbook has no findings', () => {
    const report = validateWorkbook(aWorkbook(), context());
    expect(report.findings).toEqual([]);
    expect(report.sheetsChecked).toEqual([T, B, P]);
    expect(Object.values(report.counts).every((count) => count === 0)).toBe(true);
  });

  test('finds all 30 planted errors with their cells and suggestions, and nothing on untouched cells', () => {
    const { grid, expected } = plantedWorkbook();
    expect(expected).toHaveLength(30);
    const report = validateWorkbook(grid, context());
    expect(report.findings.map(pick).sort(order)).toEqual([...expected].sort(order));
    for (const kind of FINDING_KINDS) expect(report.counts[kind]).toBe(expected.filter((e) => e.kind === kind).length);
  });

  test('findings come in reading order: sheet by sheet, row by row, column by column', () => {
    const { grid } = plantedWorkbook();
    const findings = validateWorkbook(grid, context()).findings;
    const sheets = grid.sheets.map((sheet) => sheet.name);
    const keys = findings.map((f) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(f.cell) as RegExpExecArray;
      return [sheets.indexOf(f.sheet), Number(digits), letters.length, letters] as const;
    });
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3].localeCompare(b[3]));
    expect(keys).toEqual(sorted);
  });

  test('messages say what is wrong and what to write, in the words of the messages module', () => {
    const { grid } = plantedWorkbook();
    const findings = validateWorkbook(grid, context()).findings;
    const at = (sheet: string, cell: string) => findings.find((f) => f.sheet === sheet && f.cell === cell)?.message;
    expect(at(T, 'F5')).toBe('「市发改委」不是规范单位名称，应为「市发展改革委」。');
    expect(at(T, 'D4')).toBe(deadlineMessages.noSuchDay(2023, 2, '30'));
    expect(at(T, 'A14')).toBe(validateMessages.seqGap(10, 10));
    expect(at(T, 'A13')).toBe(validateMessages.seqDuplicate(9, 'A12'));
    expect(at(R, 'A1')).toBe(validateMessages.headerMissing(R, ['序号', '进展状态']));
  });

  test('a group nobody reports for is flagged 待明确责任单位, and one with reporting units is not', () => {
    const grid = aWorkbook(taskListSheet());
    plant(grid, T, 'G6', '市财政局、有关区人民政府');
    const pending = { units: [...directory.units, { name: '相关区人民政府', aliases: ['有关区人民政府'], kind: 'group' as const }] };
    const findings = validateWorkbook(grid, { ...context(), matcher: createUnitMatcher(pending) }).findings.map(pick);
    expect(findings).toEqual([
      { sheet: T, cell: 'G6', kind: 'alias-unit', value: '有关区人民政府', suggestion: '相关区人民政府' },
      { sheet: T, cell: 'G6', kind: 'pending-group', value: '有关区人民政府', suggestion: '' },
    ]);
    expect(validateMessages.kindLabels['pending-group']).toBe('待明确责任单位');
  });

  test('leaders of 任务清单 are checked when the known leaders are given', () => {
    const grid = aWorkbook(taskListSheet());
    plant(grid, T, 'E6', '李四、赵六');
    const report = validateWorkbook(grid, { ...context(), leaders: ['张三', '李四', '王五'] });
    expect(report.findings.map(pick)).toEqual([{ sheet: T, cell: 'E6', kind: 'leader-unknown', value: '赵六', suggestion: '' }]);
    expect(validateWorkbook(grid, context()).findings).toEqual([]);
  });

  test('the header row is found by its names wherever it is, and extra columns are ignored', () => {
    const sheet = taskListSheet();
    sheet.rows = [['说明：本表由督查室维护'], [], [], ...sheet.rows.map((row) => ['备注', ...row])];
    const grid = aWorkbook(sheet);
    plant(grid, T, 'G7', '市发改委');
    expect(validateWorkbook(grid, context()).findings.map(pick)).toEqual([
      { sheet: T, cell: 'G7', kind: 'alias-unit', value: '市发改委', suggestion: '市发展改革委' },
    ]);
  });

  test('a workbook without any of Duban\'s sheets reports that nothing was checked', () => {
    const other: SheetGrid = { name: 'Sheet1', state: 'visible', merges: [], rows: [['序号', '单位']] };
    expect(validateWorkbook(aWorkbook(other), context())).toEqual({
      findings: [],
      counts: Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])),
      sheetsChecked: [],
    });
  });

  test('reports progress and stops when cancelled', () => {
    const tasks = Array.from({ length: 12_000 }, (_, i) => ({ seq: i + 1, deadline: '年底前完成', leaders: '张三', lead: '市商务局', support: '' }));
    const grid = aWorkbook(taskListSheet(tasks));
    const seen: number[] = [];
    validateWorkbook(grid, context(), { onProgress: ({ done, total }) => seen.push(done / total) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[seen.length - 1]).toBe(1);
    const controller = new AbortController();
    expect(() =>
      validateWorkbook(grid, context(), { signal: controller.signal, onProgress: ({ done }) => done > 0 && controller.abort() }),
    ).toThrow('操作已取消');
  });
});

describe('an empty 进展汇总 as Excel keeps it', () => {
  // Excel keeps one row in an empty table; its lookup formulas (分管领导, 截止日期) compute values from blank cells.
  const withFormulaRow = (row: (string | number | null)[]) => ({
    ...progressSheet(),
    rows: [[...HEADERS.progress, ...HEADERS.progressMore], row],
  });

  test('a row with values only in the formula columns is no row to check', () => {
    const grid = aWorkbook(withFormulaRow([null, null, null, null, null, null, null, null, null, 0, '1899-12-31']));
    expect(validateWorkbook(grid, context()).findings).toEqual([]);
  });

  test('a row with a unit but no 序号 is still told', () => {
    const grid = aWorkbook(withFormulaRow([null, '市商务局', null, null, null, null, null, null, null, 0, '1899-12-31']));
    expect(validateWorkbook(grid, context()).findings.map((finding) => `${finding.cell} ${finding.kind}`)).toEqual(['C2 seq-invalid']);
  });
});
