import { createUnitMatcher } from '../../../src/domain/units/index.js';
import { columnRoleOf, createCellValidator, inferListYear, validateCell, type ValidationContext } from '../../../src/domain/validate/index.js';
import { SHEETS } from '../../../src/domain/vocabulary.js';
import { aWorkbook, breakdownSheet, directory, plant, taskListSheet } from './builders.js';

const context: ValidationContext = { matcher: createUnitMatcher(directory), year: 2023, leaders: ['张三', '李四'] };
const T = SHEETS.taskList;

describe('validateCell (a single edited cell)', () => {
  test('the column role comes from the sheet and header names', () => {
    expect(columnRoleOf(T, '牵头单位')).toBe('leadUnits');
    expect(columnRoleOf(T, ' 完成 时限 ')).toBe('deadline');
    expect(columnRoleOf(SHEETS.breakdown, '进展状态')).toBe('status');
    expect(columnRoleOf(SHEETS.returnForm, '本单位角色')).toBe('role');
    expect(columnRoleOf(T, '重点工作')).toBeUndefined();
    expect(columnRoleOf('Sheet1', '牵头单位')).toBeUndefined();
  });

  test('an alias in a unit cell gets the canonical name as suggestion', () => {
    expect(validateCell({ sheet: T, cell: 'F9', role: 'leadUnits', value: '市发改委' }, context)).toEqual([
      { sheet: T, cell: 'F9', kind: 'alias-unit', value: '市发改委', message: '「市发改委」不是规范单位名称，应为「市发展改革委」。', suggestion: '市发展改革委' },
    ]);
  });

  test('each unit of a multi-unit cell is judged, and a repeated one is reported once with the cell cleaned', () => {
    const findings = validateCell({ sheet: T, cell: 'G4', role: 'supportUnits', value: '市网信办\n市财政局、市委网信办' }, context);
    expect(findings.map((f) => [f.kind, f.value, f.suggestion])).toEqual([
      ['alias-unit', '市网信办', '市委网信办'],
      ['duplicate-unit-in-cell', '市委网信办', '市网信办、市财政局'],
    ]);
  });

  test('"—" in a lead cell means no single lead; a blank lead cell is missing', () => {
    expect(validateCell({ sheet: T, cell: 'F4', role: 'leadUnits', value: '—' }, context)).toEqual([]);
    expect(validateCell({ sheet: T, cell: 'F4', role: 'leadUnits', value: null }, context).map((f) => f.kind)).toEqual(['lead-missing']);
    expect(validateCell({ sheet: T, cell: 'G4', role: 'supportUnits', value: null }, context)).toEqual([]);
  });

  test('deadlines: unreadable, impossible and out of the list year are three different findings', () => {
    const kinds = (value: string, role: 'deadline' | 'milestones' = 'deadline') => validateCell({ sheet: T, cell: 'D4', role, value }, context).map((f) => f.kind);
    expect(kinds('年底前完成')).toEqual([]);
    expect(kinds('')).toEqual([]);
    expect(kinds('尽快')).toEqual(['unparseable-deadline']);
    expect(kinds('2023年6月31日')).toEqual(['impossible-date']);
    expect(kinds('2024年底前完成')).toEqual(['deadline-outside-list-year']);
    // 时限节点 may run into the next year (the last quarterly report), so only its dates are checked.
    expect(kinds('2024-01-10', 'milestones')).toEqual([]);
    expect(kinds('2024-02-30', 'milestones')).toEqual(['impossible-date']);
  });

  test('statuses: a synonym gets the proper word, anything else lists the four', () => {
    const one = (value: string) => validateCell({ sheet: T, cell: 'G2', role: 'status', value }, context);
    expect(one('已完成')).toEqual([]);
    expect(one('尚未启动')[0].suggestion).toBe('未启动');
    expect(one('差不多')[0].message).toBe('进展状态「差不多」无效，只能填写：已完成、序时推进、滞后、未启动。');
  });

  test('leaders are checked against the known leaders, with a near name suggested', () => {
    const findings = validateCell({ sheet: SHEETS.breakdown, cell: 'D2', role: 'leaders', value: '张三 李思' }, context);
    expect(findings.map((f) => [f.value, f.suggestion])).toEqual([['李思', '李四']]);
  });

  test('a leader cell is split as the importers split it: lines, trailing 。, a repeated name and — are read alike', () => {
    const values = (value: string) => validateCell({ sheet: T, cell: 'E5', role: 'leaders', value }, context).map((f) => f.value);
    expect(values('张三\n李四。')).toEqual([]);
    expect(values('—')).toEqual([]);
    expect(values('王五、王五；张三')).toEqual(['王五']);
  });

  test('a sequence number must be a positive whole number', () => {
    const kinds = (value: string | number | null) => validateCell({ sheet: T, cell: 'A4', role: 'seq', value }, context).map((f) => f.kind);
    expect(kinds(3)).toEqual([]);
    expect(kinds(' 12 ')).toEqual([]);
    expect(kinds(0)).toEqual(['seq-invalid']);
    expect(kinds(2.5)).toEqual(['seq-invalid']);
    expect(kinds(null)).toEqual(['seq-invalid']);
  });

  test('a memoizing validator gives the same findings as validateCell, placed in each cell', () => {
    const validator = createCellValidator(context);
    const inputs = ['市发改委', '市财政局', '市发改委'].map((value, i) => ({ sheet: T, cell: `F${i + 4}`, role: 'leadUnits' as const, value }));
    expect(inputs.map((input) => validator.validateCell(input))).toEqual(inputs.map((input) => validateCell(input, context)));
    expect(validator.validateCell(inputs[2])[0].cell).toBe('F6');
  });
});

describe('inferListYear', () => {
  test('takes the year written most often in the title and deadline cells', () => {
    expect(inferListYear(aWorkbook(taskListSheet(), breakdownSheet()))).toBe(2023);
  });

  test('prefers the year kept in the master workbook hidden sheet', () => {
    const grid = aWorkbook(taskListSheet());
    grid.sheets.push({ name: SHEETS.masterMeta, state: 'veryHidden', merges: [], rows: [['{"id":"x","year":2031}']] });
    expect(inferListYear(grid)).toBe(2031);
  });

  test('is undefined when the workbook does not say', () => {
    const grid = aWorkbook(taskListSheet());
    plant(grid, T, 'A1', '重点工作任务清单');
    for (let r = 4; r <= 17; r += 1) plant(grid, T, `D${r}`, '年底前完成');
    expect(inferListYear(grid)).toBeUndefined();
  });
});
