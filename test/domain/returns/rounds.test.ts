/**
 * Nothing lost across rounds: blank rows never erase a text, a submission in parts is merged row by
 * row, only real conflicts are resolved (later file wins, both versions kept), "later" is decided by
 * what can be trusted, and a form missing rows is named damaged instead of counting them 未填报.
 */
import fc from 'fast-check';
import type { WorkbookGrid } from '../../../src/domain/grid.js';
import { returnAccountingMessages, returnRowMessages } from '../../../src/domain/messages/index.js';
import type { ProgressEntry } from '../../../src/domain/model/index.js';
import { parsePeriod } from '../../../src/domain/period/index.js';
import { mergeProgress } from '../../../src/domain/master/index.js';
import { buildReturnStatusSheet, consolidateReturns, planDistribution, reportHasFindings, type ReturnFile } from '../../../src/domain/returns/index.js';
import { cellText } from '../../../src/domain/grid.js';
import { STATUSES } from '../../../src/domain/vocabulary.js';
import { aReturn, type ReturnBuilder } from '../../helpers/returns.js';
import { aTestDirectory, aTestList } from '../../helpers/returns-fixtures.js';

const list = aTestList();
const directory = aTestDirectory();
const period = parsePeriod('2023Q1')!;
const plan = planDistribution({ list, directory, period });
const NOW = '2023-04-20T12:00:00+08:00';

function file(builder: ReturnBuilder, options: { mtime?: string; name?: string; input?: number; grid?: WorkbookGrid } = {}): ReturnFile {
  const name = options.name ?? builder.fileName;
  return {
    file: name,
    name,
    mtime: options.mtime ?? '2023-04-05T10:00:00+08:00',
    kind: 'xlsx',
    grid: options.grid ?? builder.toGrid(),
    ...(options.input !== undefined ? { input: options.input } : {}),
  };
}

function consolidate(files: ReturnFile[], previous: ProgressEntry[] = []) {
  return consolidateReturns({ list, directory, period, files, previous, now: NOW });
}

/** 市商务局 reports on tasks 1 and 2. */
const commerce = () => aReturn(plan).forUnit('市商务局');
const first: ProgressEntry[] = [
  { period: '2023Q1', unit: '市商务局', seq: 1, status: '序时推进', text: '第一轮：外贸增长 5%。', problems: '物流成本高', sourceFile: '市商务局-2023Q1.xlsx' },
  { period: '2023Q1', unit: '市商务局', seq: 2, status: '序时推进', text: '第一轮：签约 3 个项目。', sourceFile: '市商务局-2023Q1.xlsx' },
];

describe('a later round never erases what 进展汇总 holds', () => {
  test('a correction that leaves a row blank keeps the earlier text, and the report says so', () => {
    const correction = commerce().withRow(1, { status: '已完成', text: '第二轮：全年目标已完成。' }).named('市商务局-更正.xlsx');
    const result = consolidate([file(correction)], first);
    const merged = mergeProgress(first, result);
    expect(merged.find((e) => e.seq === 2)).toMatchObject({ status: '序时推进', text: '第一轮：签约 3 个项目。' });
    expect(merged.find((e) => e.seq === 1)).toMatchObject({ status: '已完成', text: '第二轮：全年目标已完成。', problems: '物流成本高' });
    expect(result.report.keptEarlier).toEqual([
      expect.objectContaining({ unit: '市商务局', seq: 1, fields: ['problems'], wholeRow: false }),
      expect.objectContaining({ unit: '市商务局', seq: 2, file: '市商务局-更正.xlsx', row: 7, wholeRow: true, from: '市商务局-2023Q1.xlsx' }),
    ]);
    expect(result.report.rowsRejected).toEqual([]);
  });

  test('a status changed with the text left blank keeps the earlier text', () => {
    const correction = commerce().withRow(1, { status: '已完成' }).withRow(2, { status: '滞后' });
    const result = consolidate([file(correction)], first);
    const merged = mergeProgress(first, result);
    expect(merged.map((e) => [e.seq, e.status, e.text])).toEqual([[1, '已完成', '第一轮：外贸增长 5%。'], [2, '滞后', '第一轮：签约 3 个项目。']]);
    expect(result.report.keptEarlier.map((k) => k.fields)).toEqual([['text', 'problems'], ['text']]);
  });

  test('without a consolidation report, merging alone still never blanks a text', () => {
    const result = consolidateReturns({ list, directory, period, files: [file(commerce().withRow(1, { status: '已完成' }).withRow(2, { status: '滞后' }))] });
    expect(mergeProgress(first, result).every((e) => e.text.startsWith('第一轮'))).toBe(true);
  });

  test('a blank row with nothing held before is still 未填报', () => {
    const { report } = consolidate([file(commerce().withRow(1, { status: '已完成', text: '完成' }))]);
    expect(report.rowsRejected).toEqual([{ file: '市商务局-2023Q1.xlsx', row: 7, reason: returnRowMessages.unfilled }]);
  });
});

describe('two files from one unit', () => {
  test('a submission in two halves is merged row by row, with no duplicate or conflict', () => {
    const firstHalf = commerce().withRow(1, { status: '已完成', text: '第一项完成。' }).named('市商务局-第1项.xlsx');
    const secondHalf = commerce().withRow(2, { status: '滞后', text: '第二项滞后。' }).named('市商务局-第2项.xlsx');
    const { report, entries } = consolidate([file(firstHalf, { mtime: '2023-04-06T09:00:00+08:00' }), file(secondHalf, { mtime: '2023-04-07T09:00:00+08:00' })]);
    expect(entries.map((e) => [e.seq, e.status, e.sourceFile])).toEqual([[1, '已完成', '市商务局-第1项.xlsx'], [2, '滞后', '市商务局-第2项.xlsx']]);
    expect(report.combined).toEqual([{ unit: '市商务局', files: ['市商务局-第1项.xlsx', '市商务局-第2项.xlsx'] }]);
    expect(report).toMatchObject({ duplicates: [], conflicts: [], rowsRejected: [], rowsAccepted: 2, rowsInDroppedDuplicates: 2 });
    expect(report.entries.map((e) => e.outcome)).toEqual(['accepted', 'accepted']);
    expect(report).toMatchObject({ damaged: [], suspicious: [], filesRejected: [] });
  });

  test('the same row with different content is a conflict: the later file wins and both versions are kept in 报送情况', () => {
    const early = commerce().withStatus('序时推进', '初稿：推进中。').modifiedAt('2023-04-02T09:00:00Z').named('初稿.xlsx');
    const late = commerce().withRow(1, { status: '已完成', text: '终稿：已完成。' }).withRow(2, { status: '序时推进', text: '初稿：推进中。' }).modifiedAt('2023-04-03T09:00:00Z').named('终稿.xlsx');
    const result = consolidate([file(late), file(early)]);
    expect(result.entries.map((e) => [e.seq, e.text, e.sourceFile])).toEqual([[1, '终稿：已完成。', '终稿.xlsx'], [2, '初稿：推进中。', '终稿.xlsx']]);
    expect(result.report.conflicts).toEqual([
      { unit: '市商务局', seq: 1, kept: { file: '终稿.xlsx', row: 6, status: '已完成', text: '终稿：已完成。' }, dropped: [{ file: '初稿.xlsx', row: 6, status: '序时推进', text: '初稿：推进中。' }] },
    ]);
    expect(result.report.duplicates).toEqual([{ unit: '市商务局', kept: '终稿.xlsx', dropped: ['初稿.xlsx'] }]);
    const sheet = buildReturnStatusSheet({ result, today: '2023-04-20' });
    const texts = sheet.rows.flatMap((row) => row.cells.map((c) => cellText(typeof c === 'object' && c !== null && 'value' in c ? (c.value as never) : (c as never))));
    expect(texts).toEqual(expect.arrayContaining([returnAccountingMessages.conflictsTitle, '终稿：已完成。', '初稿：推进中。']));
  });

  test('a workbook dated 2099 is suspicious and does not win', () => {
    const forged = commerce().withStatus('已完成', '伪造的日期').modifiedAt('2099-01-01T00:00:00Z').named('改了日期.xlsx');
    const real = commerce().withStatus('滞后', '真实的最新报送').modifiedAt('2023-04-10T09:00:00Z').named('正常.xlsx');
    const { report, entries } = consolidate([file(forged, { mtime: '2023-04-05T09:00:00+08:00' }), file(real, { mtime: '2023-04-10T09:00:00+08:00' })]);
    expect(entries.map((e) => e.text)).toEqual(['真实的最新报送', '真实的最新报送']);
    expect(report.suspicious).toEqual([{ file: '改了日期.xlsx', modified: '2099-01-01T00:00:00Z', reason: returnAccountingMessages.futureModified }]);
    expect(reportHasFindings(report)).toBe(true);
  });

  test('a file from a later input is the later submission, whatever the workbooks say', () => {
    const round1 = commerce().withStatus('序时推进', '第一批').modifiedAt('2023-04-09T09:00:00Z').named('a.xlsx');
    const round2 = commerce().withStatus('已完成', '第二批').modifiedAt('2023-04-02T09:00:00Z').named('b.xlsx');
    const { entries } = consolidate([file(round2, { input: 1 }), file(round1, { input: 0 })]);
    expect(entries.map((e) => e.text)).toEqual(['第二批', '第二批']);
  });

  test('a later file whose row cannot be read does not bring back the older version of that row', () => {
    const early = commerce().withStatus('未启动', '旧').modifiedAt('2023-04-02T09:00:00Z').named('旧.xlsx');
    const late = commerce().withRow(1, { status: '已完成', text: '新' }).withRow(2, { status: '看情况', text: '新' }).modifiedAt('2023-04-03T09:00:00Z').named('新.xlsx');
    const { report, entries } = consolidate([file(early), file(late)]);
    expect(entries.map((e) => [e.seq, e.text])).toEqual([[1, '新']]);
    expect(report.rowsRejected).toEqual([{ file: '新.xlsx', row: 7, reason: returnRowMessages.badStatus('看情况') }]);
  });
});

describe('a damaged form', () => {
  /** The return with its last task row cut off, as a sheet cut short reads; the metadata still lists every task. */
  function cutShort(builder: ReturnBuilder): WorkbookGrid {
    const grid = builder.toGrid();
    const form = grid.sheets[0];
    return { ...grid, sheets: [{ ...form, rows: form.rows.slice(0, -1) }, ...grid.sheets.slice(1)] };
  }

  test('is named damaged, its missing rows are not 未填报, and 进展汇总 keeps what it held for them', () => {
    const builder = commerce().withStatus('已完成', '第二轮');
    const result = consolidate([file(builder, { grid: cutShort(builder) })], first);
    expect(result.report.damaged).toEqual([{ file: '市商务局-2023Q1.xlsx', unit: '市商务局', missing: [2] }]);
    expect(result.report.rowsRejected).toEqual([]);
    expect(result.report.entries).toEqual([expect.objectContaining({ outcome: 'damaged', reason: returnAccountingMessages.damaged('2', 1) })]);
    expect(mergeProgress(first, result).find((e) => e.seq === 2)?.text).toBe('第一轮：签约 3 个项目。');
    expect(reportHasFindings(result.report)).toBe(true);
  });

  test('a sheet cut in the middle of a row: that row is 文件不完整, never 未填报', () => {
    const builder = commerce().withStatus('已完成', '第二轮');
    const grid = builder.toGrid();
    const form = grid.sheets[0];
    // What a reader gives for sheet XML cut inside row 7: 序号 and the task text, nothing after.
    const rows = [...form.rows.slice(0, -1), form.rows[form.rows.length - 1].slice(0, 2)];
    const cutGrid = { ...grid, sheets: [{ ...form, rows, incomplete: true }, ...grid.sheets.slice(1)] };
    const fresh = consolidate([file(builder, { grid: cutGrid })]);
    expect(fresh.report.damaged).toEqual([{ file: '市商务局-2023Q1.xlsx', unit: '市商务局', missing: [2] }]);
    expect(fresh.report.rowsRejected).toEqual([{ file: '市商务局-2023Q1.xlsx', row: 7, reason: returnAccountingMessages.cutRow }]);
    expect(fresh.report.rowsRejected.map((r) => r.reason)).not.toContain(returnRowMessages.unfilled);
    const again = consolidate([file(builder, { grid: cutGrid })], first);
    expect(mergeProgress(first, again).find((e) => e.seq === 2)?.text).toBe('第一轮：签约 3 个项目。');
  });

  test('rows another file of the unit covers are not missing', () => {
    const builder = commerce().withRow(1, { status: '已完成', text: '一' });
    const other = commerce().withRow(2, { status: '已完成', text: '二' }).named('补报.xlsx');
    const { report } = consolidate([file(builder, { grid: cutShort(builder) }), file(other)]);
    expect(report.damaged).toEqual([]);
    expect(report.rowsAccepted).toBe(2);
  });
});

describe('hidden files', () => {
  test('a hidden file that is no return (.DS_Store) is skipped and named, not a rejected file', () => {
    const { report } = consolidate([{ file: '.DS_Store', name: '.DS_Store', kind: 'unknown' }]);
    expect(report.filesRejected).toEqual([]);
    expect(report.entries).toEqual([expect.objectContaining({ path: '.DS_Store', outcome: 'skipped' })]);
  });

  test('a hidden file that is a return is read like any other', () => {
    const { report } = consolidate([file(commerce().withStatus('已完成'), { name: '.市商务局-2023Q1.xlsx' })]);
    expect(report.unitsReturned).toEqual(['市商务局']);
    expect(report.entries).toEqual([expect.objectContaining({ outcome: 'accepted', unit: '市商务局' })]);
  });
});

describe('nothing is lost, whatever a unit sends', () => {
  const aFill = fc.oneof(
    fc.constant(null),
    fc.record({ status: fc.constantFrom('', ...STATUSES, '看情况'), text: fc.constantFrom('', '甲', '乙') }),
  );
  const aFile = fc.record({ fills: fc.tuple(aFill, aFill), day: fc.integer({ min: 1, max: 9 }), input: fc.integer({ min: 0, max: 1 }) });
  const aPrevious = fc.tuple(fc.boolean(), fc.boolean());

  // Every data row is taken, rejected, superseded or kept-earlier; no text held before is blanked;
  // every conflict keeps the version that was taken.
  test('rows add up, held texts survive, conflicts keep the version taken', () => {
    fc.assert(
      fc.property(fc.array(aFile, { minLength: 1, maxLength: 4 }), aPrevious, (sent, held) => {
        const builders = sent.map((spec, i) => {
          let builder = commerce().named(`f${i}.xlsx`).modifiedAt(`2023-04-0${spec.day}T09:00:00Z`);
          spec.fills.forEach((fill, seq) => {
            if (fill) builder = builder.withRow(seq + 1, fill);
          });
          return builder;
        });
        const previous = first.filter((_, i) => held[i]);
        const result = consolidate(builders.map((b, i) => file(b, { input: sent[i].input })), previous);
        const r = result.report;
        const written = builders.reduce((sum, b) => sum + b.dataRowCount(), 0);
        expect(r.rowsAccepted + r.rowsRejected.length + r.rowsInDroppedDuplicates + r.rowsInRejectedFiles + r.keptEarlier.filter((k) => k.wholeRow).length).toBe(written);
        const merged = mergeProgress(previous, result);
        for (const before of previous) expect(merged.find((e) => e.seq === before.seq)?.text).toBeTruthy();
        for (const conflict of r.conflicts) expect(result.entries.find((e) => e.seq === conflict.seq)?.sourceFile).toBe(conflict.kept.file);
        expect(r.entries).toHaveLength(builders.length);
      }),
      { numRuns: 150 },
    );
  });
});
