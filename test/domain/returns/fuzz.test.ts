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
  // For any mix of messed-up returns: no crash, no row lost, accepted statuses are what was typed, every rejection has a reason.
  test('holds its invariants', () => {
    fc.assert(
      fc.property(fc.array(messArbitrary, { minLength: 1, maxLength: 6 }), (messes) => {
        const built = messes.map(build);
        const byName = new Map(built.map(({ builder, file }) => [file.name, { builder, mess: messes[built.findIndex((b) => b.file === file)] }]));
        const { report, entries } = consolidateReturns({ list, directory, period, files: built.map((b) => b.file), matcher });

        const written = built.reduce((sum, { builder }) => sum + builder.dataRowCount(), 0);
        expect(report.rowsAccepted + report.rowsRejected.length + report.rowsInDroppedDuplicates + report.rowsInRejectedFiles).toBe(written);
        expect(entries).toHaveLength(report.rowsAccepted);
        for (const item of [...report.filesRejected, ...report.rowsRejected]) expect(item.reason.length).toBeGreaterThan(0);

        const dropped = new Set(report.duplicates.flatMap((d) => d.dropped));
        const kept = report.unitMatches.map((m) => m.file).filter((name) => !dropped.has(name));
        for (const name of kept) {
          const { builder, mess } = byName.get(name)!;
          const expected = builder.planned.tasks
            .map((task, i) => [task.seq, STATUS_CELLS[mess.statuses[i]][1]] as const)
            .filter(([, status]) => status !== null);
          const got = entries.filter((e) => e.sourceFile === name).map((e) => [e.seq, e.status] as const);
          expect(got).toEqual(expected);
        }
        expect(new Set(kept.map((name) => byName.get(name)!.builder.planned.unit)).size).toBe(kept.length);
      }),
      { numRuns: 25 },
    );
  });
});
