import { parsePeriod } from '../../../src/domain/period/index.js';
import { planDistribution, returnDueDate, returnFileName } from '../../../src/domain/returns/index.js';
import { aTestDirectory, aTestList } from '../../helpers/returns-fixtures.js';

const q1 = parsePeriod('2023Q1')!;

describe('distribution plan', () => {
  test('every unit with rows gets one return under its canonical name, lead and support alike, tasks in list order', () => {
    const plan = planDistribution({ list: aTestList(), directory: aTestDirectory(), period: q1 });
    const byUnit = Object.fromEntries(plan.returns.map((r) => [r.unit, r.tasks.map((t) => `${t.seq}${t.role === 'lead' ? '牵头' : '配合'}`)]));
    // The list writes 市网信办; the directory's canonical name is 市委网信办.
    expect(byUnit).toEqual({
      市商务局: ['1牵头', '2牵头'],
      市发展改革委: ['1配合', '3牵头'],
      市委网信办: ['4牵头', '5配合'],
      市政务服务办: ['5牵头'],
    });
    expect(plan.returns.find((r) => r.unit === '市委网信办')!.tasks.every((t) => t.unitName === '市委网信办')).toBe(true);
  });

  test('a group nobody reports for gets no return and waits for a unit', () => {
    const plan = planDistribution({ list: aTestList(), directory: aTestDirectory(), period: q1 });
    expect(plan.returns.map((r) => r.unit)).not.toContain('各区人民政府');
    expect(plan.pending).toEqual([{ group: '各区人民政府', seqs: [2] }]);
  });

  test('a group whose reporting unit 单位名录 names reports through that unit alone', () => {
    const directory = aTestDirectory();
    const withReporter = { units: directory.units.map((u) => (u.name === '各区人民政府' ? { ...u, reporters: ['市商务局'] } : u)) };
    const plan = planDistribution({ list: aTestList(), directory: withReporter, period: q1 });
    expect(plan.pending).toEqual([]);
    expect(plan.returns.find((r) => r.unit === '市商务局')!.tasks.map((t) => `${t.seq}${t.viaGroup ?? ''}`)).toEqual(['1', '2']);
  });

  test('a group placeholder expands into the member units the directory lists', () => {
    const plan = planDistribution({ list: aTestList(), directory: aTestDirectory({ districtMembers: true }), period: q1 });
    expect(plan.returns.map((r) => r.unit)).not.toContain('各区人民政府');
    const heping = plan.returns.find((r) => r.unit === '和平区人民政府')!;
    expect(heping.tasks).toEqual([expect.objectContaining({ seq: 2, role: 'support', unitName: '和平区人民政府', viaGroup: '各区人民政府' })]);
    expect(plan.returns.find((r) => r.unit === '河西区人民政府')?.tasks.map((t) => t.seq)).toEqual([2]);
  });

  test('file names are unit-period, with characters a file name cannot hold replaced and a hash to keep them apart', () => {
    expect(returnFileName('市商务局', q1)).toBe('市商务局-2023Q1.xlsx');
    expect(returnFileName('市外办（市港澳办）', parsePeriod('2023-05')!)).toBe('市外办（市港澳办）-2023-05.xlsx');
    expect(returnFileName('A/B:C*"D"?<E>|F\\G', parsePeriod('2023H1')!)).toMatch(/^A_B_C__D___E__F_G-2023H1~[0-9a-f]{10}\.xlsx$/);
  });

  test('units whose file names differ only in case or spelling form get distinct files, (2), (3) …', () => {
    const list = aTestList();
    const names = ['Abc委员会', 'ABC委员会', 'abc委员会', 'Cafe\u0301局', 'Café局'];
    const tasks = names.map((name, i) => ({ ...list.tasks[0], seq: i + 1, units: [{ name, role: 'lead' as const, group: false }] }));
    const plan = planDistribution({ list: { ...list, tasks }, directory: { units: [] }, period: q1 });
    const files = plan.returns.map((r) => r.fileName);
    expect(files).toEqual(['Abc委员会-2023Q1.xlsx', 'ABC委员会-2023Q1(2).xlsx', 'abc委员会-2023Q1(3).xlsx', 'Café局-2023Q1.xlsx', 'Café局-2023Q1(2).xlsx']);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
  });

  test('the due date is the first reporting deadline after the period, else the period end', () => {
    const list = aTestList();
    expect(returnDueDate(list, parsePeriod('2023Q1')!)).toBe('2023-04-10');
    expect(returnDueDate(list, parsePeriod('2023Q4')!)).toBe('2024-01-10');
    expect(returnDueDate(list, parsePeriod('2023-05')!)).toBe('2023-07-10');
    expect(returnDueDate({ reporting: { schedule: 'none', deadlines: [] } }, parsePeriod('2023-05')!)).toBe('2023-05-31');
    expect(returnDueDate(list, parsePeriod('2024Q1')!)).toBe('2024-03-31');
  });
});
