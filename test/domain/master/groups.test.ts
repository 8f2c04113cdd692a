/** Vague groups (市级有关单位 …): waiting for a unit until 单位名录 says who reports for them. */
import { buildMasterSpec, gridOfSpec, readMaster } from '../../../src/domain/master/index.js';
import { UnitDirectorySchema } from '../../../src/domain/model/index.js';
import { parsePeriod } from '../../../src/domain/period/index.js';
import { planDistribution } from '../../../src/domain/returns/index.js';
import { summarize } from '../../../src/domain/summarize/index.js';
import { HEADERS, SHEETS } from '../../../src/domain/vocabulary.js';
import { aList, anEntry } from './builders.js';

const list = aList()
  .task(1, { units: ['市商务局', '+市级有关单位'] })
  .task(2, { units: ['市级有关单位'] })
  .task(3, { units: ['市网信办', '+市委网信办'] })
  .build();
const directory = UnitDirectorySchema.parse({
  units: [
    { name: '市商务局' },
    { name: '市财政局' },
    { name: '市委网信办', aliases: ['市网信办'] },
    { name: '市级有关单位', kind: 'group' },
  ],
});
const q1 = parsePeriod('2023Q1')!;

describe('groups that wait for a unit', () => {
  test('get no form and no summary row; the summary counts the tasks that wait', () => {
    const plan = planDistribution({ list, directory, period: q1 });
    expect(plan.returns.map((r) => r.unit)).toEqual(['市商务局', '市委网信办']);
    expect(plan.pending).toEqual([{ group: '市级有关单位', seqs: [1, 2] }]);
    const summary = summarize({ list, directory, progress: [], period: '2023Q1', today: '2023-04-01' });
    expect(summary.byUnit.map((row) => row.unit)).toEqual(['市商务局', '市委网信办']);
    expect(summary.pending.tasks).toBe(2);
  });

  test('a unit the list names twice (an alias and its canonical name) is one row with its task once', () => {
    const summary = summarize({ list, directory, progress: [anEntry('市网信办', 3, '滞后')], period: '2023Q1', today: '2023-04-01' });
    expect(summary.byUnit.find((row) => row.unit === '市委网信办')).toMatchObject({ tasks: 1, lead: 1, 滞后: 1, 未报送: 0 });
  });

  test('once 单位名录 names who reports for the group, those units get its tasks', () => {
    const grid = gridOfSpec(buildMasterSpec({ list, directory, progress: [], generatedAt: '2023-04-01T00:00:00+08:00' }));
    const sheet = grid.sheets.find((s) => s.name === SHEETS.directory)!;
    const header = sheet.rows.findIndex((row) => row[0] === HEADERS.directory[0]);
    const reporters = HEADERS.directory.indexOf('报送单位');
    const row = sheet.rows.find((cells) => cells[0] === '市级有关单位')!;
    expect(row[reporters]).toBe('');
    expect(header).toBeGreaterThanOrEqual(0);
    row[reporters] = '市财政局、 市网信办';
    const master = readMaster(grid);
    expect(master.directory.units.find((unit) => unit.name === '市级有关单位')?.reporters).toEqual(['市财政局', '市网信办']);
    const plan = planDistribution({ list: master.list, directory: master.directory, period: q1 });
    expect(plan.pending).toEqual([]);
    expect(plan.returns.find((r) => r.unit === '市财政局')!.tasks.map((t) => [t.seq, t.viaGroup])).toEqual([[1, '市级有关单位'], [2, '市级有关单位']]);
    // 市网信办 is read as the directory's 市委网信办: one form, its own task and the group's.
    expect(plan.returns.find((r) => r.unit === '市委网信办')!.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
  });
});
