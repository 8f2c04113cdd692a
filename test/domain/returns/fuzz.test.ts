import fc from 'fast-check';
import { parsePeriod } from '../../../src/domain/period/index.js';
import { consolidateReturns, planDistribution, type ReturnFile } from '../../../src/domain/returns/index.js';
import { createUnitMatcher } from '../../../src/domain/units/index.js';
import type { Status } from '../../../src/domain/vocabulary.js';
import { aReturn, type ReturnBuilder } from '../../helpers/returns.js';
import { aTestDirectory, aTestList } from '../../helpers/returns-fixtures.js';

const list = aTestList();
const directory = aTestDirectory({ districtMembers: true });
const period = parsePeriod('2023Q1')!;
const plan = planDistribution({ list, directory, period });
const matcher = createUnitMatcher(directory);

/** What units type into the status cell, and what it must be read as (null: a rejected row). */
const STATUS_CELLS: [string, Status | null][] = [
  ['已完成', '已完成'], ['完成', '已完成'], [' 序时推进 ', '序时推进'], ['正在推进', '序时推进'], ['按序时推进', '序时推进'],
  ['进度滞后', '滞后'], ['滞后', '滞后'], ['尚未启动', '未启动'], ['未启动\n', '未启动'], ['差不多', null], ['', null], ['OK', null],
];

const messArbitrary = fc.record({
  unit: fc.constantFrom(...plan.returns.map((r) => r.unit)),
  statuses: fc.array(fc.integer({ min: 0, max: STATUS_CELLS.length - 1 }), { minLength: 5, maxLength: 5 }),
  renamed: fc.boolean(),
  pasted: fc.constantFrom('no', 'withTitle', 'withoutTitle'),
  order: fc.option(fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }), { nil: undefined }),
  spaced: fc.boolean(),
  blanks: fc.boolean(),
  merged: fc.boolean(),
  tamper: fc.boolean(),
  extraRow: fc.boolean(),
  foreign: fc.constantFrom('none', 'none', 'none', 'list', 'period', 'unit'),
  modified: fc.integer({ min: 1, max: 9 }),
  mtime: fc.integer({ min: 1, max: 9 }),
});

type Mess = typeof messArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(mess: Mess, index: number): { builder: ReturnBuilder; file: ReturnFile } {
  const builder = aReturn(plan).forUnit(mess.unit).named(`${mess.unit}-2023Q1-${index}.xlsx`).modifiedAt(`2023-04-0${mess.modified}T08:00:00Z`);
  builder.planned.tasks.forEach((task, i) => {
    const [cell] = STATUS_CELLS[mess.statuses[i]];
    builder.withRow(task.seq, { status: cell, text: cell ? `第${task.seq}项进展` : '' });
  });
  if (mess.renamed) builder.renamedSheet('工作表1');
  if (mess.pasted !== 'no') builder.pastedIntoNewWorkbook({ withTitle: mess.pasted === 'withTitle' });
  if (mess.order) builder.reorderedColumns(mess.order);
  if (mess.spaced) builder.spacedHeaders();
  if (mess.blanks) builder.blankRows();
  if (mess.merged) builder.mergedCells();
  if (mess.tamper) builder.tamperedText(builder.planned.tasks[0].seq, '改过的任务内容');
  if (mess.extraRow) builder.withExtraRow(['', '', '', '', '', '', '', '填报人：张三']);
  if (mess.foreign === 'list') builder.fromList('another-list');
  if (mess.foreign === 'period') builder.forPeriod('2022Q4', '2022年第四季度');
  if (mess.foreign === 'unit') builder.claimingUnit('市火星探测局');
  const file: ReturnFile = { file: builder.fileName, name: builder.fileName, mtime: `2023-04-0${mess.mtime}T09:00:00Z`, kind: 'xlsx', grid: builder.toGrid() };
  return { builder, file };
}

describe('consolidation under random mess', () => {
  // For any mix of messed-up returns: no crash, no row lost, accepted statuses are what was typed,
  // each task taken once, from the latest file of its unit that filled it in; every rejection has a reason.
  test('holds its invariants', () => {
    fc.assert(
      fc.property(fc.array(messArbitrary, { minLength: 1, maxLength: 6 }), (messes) => {
        const built = messes.map(build);
        const byName = new Map(built.map(({ builder, file }, index) => [file.name, { builder, mess: messes[index], index }]));
        const { report, entries } = consolidateReturns({ list, directory, period, files: built.map((b) => b.file), matcher });

        const written = built.reduce((sum, { builder }) => sum + builder.dataRowCount(), 0);
        expect(report.rowsAccepted + report.rowsRejected.length + report.rowsInDroppedDuplicates + report.rowsInRejectedFiles).toBe(written);
        expect(entries).toHaveLength(report.rowsAccepted);
        expect(new Set(entries.map((e) => `${e.unit}/${e.seq}`)).size).toBe(entries.length);
        expect(report.entries).toHaveLength(built.length);
        for (const item of [...report.filesRejected, ...report.rowsRejected]) expect(item.reason.length).toBeGreaterThan(0);

        const read = report.unitMatches.map((m) => byName.get(m.file)!);
        const typed = (file: { builder: ReturnBuilder; mess: Mess }, seq: number) => STATUS_CELLS[file.mess.statuses[file.builder.planned.tasks.findIndex((t) => t.seq === seq)]];
        // The order compareSubmissions trusts: the workbook's saved time, then the file's time, then the order given.
        const rank = (file: { mess: Mess; index: number }) => file.mess.modified * 10000 + file.mess.mtime * 100 + file.index;
        for (const entry of entries) {
          const source = byName.get(entry.sourceFile)!;
          expect(typed(source, entry.seq)[1]).toBe(entry.status);
          const later = read.filter((other) => other !== source && other.builder.planned === source.builder.planned && rank(other) > rank(source));
          for (const other of later) expect(typed(other, entry.seq)[0]).toBe('');
        }
      }),
      { numRuns: 25 },
    );
  });
});
