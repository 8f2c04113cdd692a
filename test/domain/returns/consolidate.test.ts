import { createUnitMatcher } from '../../../src/domain/units/index.js';
import { fileKindMessages, returnFileMessages, returnRowMessages } from '../../../src/domain/messages/index.js';
import { parsePeriod } from '../../../src/domain/period/index.js';
import { mergeProgress } from '../../../src/domain/master/index.js';
import { consolidateReturns, planDistribution, reportHasFindings, type ReturnFile } from '../../../src/domain/returns/index.js';
import type { ProgressEntry } from '../../../src/domain/model/index.js';
import { SHEETS } from '../../../src/domain/vocabulary.js';
import { aReturn, type ReturnBuilder } from '../../helpers/returns.js';
import { aTestDirectory, aTestList } from '../../helpers/returns-fixtures.js';

const list = aTestList();
const directory = aTestDirectory();
const period = parsePeriod('2023Q1')!;
const plan = planDistribution({ list, directory, period });
const matcher = createUnitMatcher(directory);

function file(builder: ReturnBuilder, mtime = '2023-04-05T10:00:00.000Z'): ReturnFile {
  return { file: builder.fileName, name: builder.fileName, mtime, kind: 'xlsx', grid: builder.toGrid() };
}

function consolidate(files: ReturnFile[]) {
  return consolidateReturns({ list, directory, period, files, matcher });
}

/** The test directory with 各区人民政府 taken for a single unit, so a return for it can be built. */
const groupAsUnit = { units: directory.units.map((u) => (u.name === '各区人民政府' ? { ...u, kind: 'unit' as const } : u)) };
const groupPlan = planDistribution({ list, directory: groupAsUnit, period });

const allUnits = () => plan.returns.map((r) => aReturn(plan).forUnit(r.unit).withStatus('序时推进'));

describe('consolidation of returned workbooks', () => {
  test('clean returns from every unit are all accepted and the report is clean', () => {
    const { report, entries } = consolidate(allUnits().map((b) => file(b)));
    expect(report).toMatchObject({ filesRead: 4, filesRejected: [], unitsMissing: [], rowsAccepted: 7, rowsRejected: [], duplicates: [], tampered: [] });
    expect(report.unitsReturned).toEqual(['市商务局', '市发展改革委', '市委网信办', '市政务服务办']);
    expect(entries).toHaveLength(7);
    expect(entries[0]).toMatchObject({ period: '2023Q1', unit: '市商务局', seq: 1, status: '序时推进', sourceFile: '市商务局-2023Q1.xlsx' });
    expect(reportHasFindings(report)).toBe(false);
  });

  test('a renamed sheet, reordered columns and spaced headers are still read', () => {
    const builder = aReturn(plan).forUnit('市商务局').withStatus('已完成').renamedSheet('我的表').reorderedColumns([7, 6, 5, 4, 3, 2, 1, 0]).spacedHeaders();
    const { report, entries } = consolidate([file(builder)]);
    expect(report.rowsAccepted).toBe(2);
    expect(entries.map((e) => [e.seq, e.status])).toEqual([[1, '已完成'], [2, '已完成']]);
  });

  test('content pasted into a new workbook is identified by its 填报单位 title, then by the file name', () => {
    const titled = aReturn(plan).forUnit('市商务局').withStatus('滞后').pastedIntoNewWorkbook().named('新建 XLSX 工作表.xlsx');
    const untitled = aReturn(plan).forUnit('市政务服务办').withStatus('滞后').pastedIntoNewWorkbook({ withTitle: false }).named('市政务服务办-2023Q1 - 副本.xlsx');
    const { report } = consolidate([file(titled), file(untitled)]);
    expect(report.unitsReturned).toEqual(['市商务局', '市政务服务办']);
    expect(report.unitMatches.map((m) => [m.unit, m.source])).toEqual([['市商务局', 'title'], ['市政务服务办', 'fileName']]);
  });

  test('an alias names the unit and is reported as an alias match', () => {
    const builder = aReturn(plan).forUnit('市委网信办').withStatus('已完成').pastedIntoNewWorkbook({ withTitle: false }).named('市网信办.xlsx');
    const { report, entries } = consolidate([file(builder)]);
    expect(report.unitMatches).toEqual([expect.objectContaining({ unit: '市委网信办', raw: '市网信办', kind: 'alias', source: 'fileName' })]);
    expect(new Set(entries.map((e) => e.unit))).toEqual(new Set(['市委网信办']));
  });

  test('status synonyms are read, anything else is a rejected row with its reason', () => {
    const builder = aReturn(plan).forUnit('市商务局').withRow(1, { status: ' 完成 ', text: '已完成' }).withRow(2, { status: '差不多', text: '推进中' });
    const { report, entries } = consolidate([file(builder)]);
    expect(entries.map((e) => e.status)).toEqual(['已完成']);
    expect(report.rowsRejected).toEqual([{ file: '市商务局-2023Q1.xlsx', row: 7, reason: returnRowMessages.badStatus('差不多') }]);
  });

  test('altered task text is reported as tampered, and the progress still counts', () => {
    const builder = aReturn(plan).forUnit('市商务局').withStatus('序时推进').tamperedText(2, '开展招商引资工程。');
    const { report, entries } = consolidate([file(builder)]);
    expect(report.tampered).toEqual([{ file: '市商务局-2023Q1.xlsx', seq: 2 }]);
    expect(entries).toHaveLength(2);
  });

  test('without the metadata, altered task text is found by comparing with the master', () => {
    const builder = aReturn(plan).forUnit('市商务局').withStatus('序时推进').tamperedText(1, '推动外贸。').pastedIntoNewWorkbook();
    expect(consolidate([file(builder)]).report.tampered).toEqual([{ file: '市商务局-2023Q1.xlsx', seq: 1 }]);
  });

  test('of two returns from one unit the later is kept and the other listed as a duplicate', () => {
    const early = aReturn(plan).forUnit('市商务局').withStatus('未启动').modifiedAt('2023-04-02T09:00:00Z').named('市商务局-2023Q1.xlsx');
    const late = aReturn(plan).forUnit('市商务局').withStatus('已完成').modifiedAt('2023-04-03T09:00:00Z').named('市商务局-2023Q1(1).xlsx');
    const { report, entries } = consolidate([file(late, '2023-04-01T00:00:00Z'), file(early, '2023-04-09T00:00:00Z')]);
    expect(report.duplicates).toEqual([{ unit: '市商务局', kept: '市商务局-2023Q1(1).xlsx', dropped: ['市商务局-2023Q1.xlsx'] }]);
    expect(entries.map((e) => e.status)).toEqual(['已完成', '已完成']);
    expect(report.rowsInDroppedDuplicates).toBe(2);
  });

  test('when the workbooks carry no modified time, the later file wins', () => {
    const a = aReturn(plan).forUnit('市商务局').withStatus('未启动').pastedIntoNewWorkbook().named('a.xlsx');
    const b = aReturn(plan).forUnit('市商务局').withStatus('滞后').pastedIntoNewWorkbook().named('b.xlsx');
    const { report } = consolidate([file(b, '2023-04-06T00:00:00Z'), file(a, '2023-04-07T00:00:00Z')]);
    expect(report.duplicates).toEqual([{ unit: '市商务局', kept: 'a.xlsx', dropped: ['b.xlsx'] }]);
  });

  test('files that are not workbooks, unreadable, from another list or period, or from an unknown unit are rejected with reasons', () => {
    const files: ReturnFile[] = [
      { file: 'old.xls', name: 'old.xls', kind: 'xls' },
      { file: 'locked.xlsx', name: 'locked.xlsx', kind: 'encrypted' },
      { file: 'broken.xlsx', name: 'broken.xlsx', kind: 'xlsx', problem: fileKindMessages.corrupt },
      file(aReturn(plan).forUnit('市商务局').withStatus('已完成').fromList('other-list').named('other-list.xlsx')),
      file(aReturn(plan).forUnit('市商务局').withStatus('已完成').forPeriod('2022Q4', '2022年第四季度').named('old-period.xlsx')),
      file(aReturn(plan).forUnit('市商务局').withStatus('已完成').claimingUnit('市火星探测局').named('mars.xlsx')),
    ];
    const { report } = consolidate(files);
    expect(report.filesRejected).toEqual([
      { file: 'old.xls', reason: fileKindMessages.xls },
      { file: 'locked.xlsx', reason: fileKindMessages.encrypted },
      { file: 'broken.xlsx', reason: fileKindMessages.corrupt },
      { file: 'other-list.xlsx', reason: returnFileMessages.otherList('other-list', aTestList().title) },
      { file: 'old-period.xlsx', reason: returnFileMessages.otherPeriod('2022年第四季度', '2023年第一季度') },
      { file: 'mars.xlsx', reason: returnFileMessages.unitNotInList('市火星探测局') },
    ]);
    expect(report.unitsMissing).toEqual(plan.returns.map((r) => r.unit));
    expect(report.rowsInRejectedFiles).toBe(6);
  });

  test('rows that are not tasks of the unit, repeated, or unfilled are rejected, each with its reason', () => {
    const builder = aReturn(plan).forUnit('市商务局')
      .withRow(1, { status: '已完成', text: '完成' })
      .withExtraRow([3, '别人的任务', '', '', '已完成', '代为填报'])
      .withExtraRow([99, '不存在的任务', '', '', '已完成', ''])
      .withExtraRow([1, '', '', '', '滞后', '重复一行'])
      .withExtraRow(['', '', '', '', '', '', '', '填报人：张三'])
      .blankRows();
    const { report } = consolidate([file(builder)]);
    expect(report.rowsAccepted).toBe(1);
    expect(report.rowsRejected.map((r) => r.reason)).toEqual([
      returnRowMessages.unfilled,
      returnRowMessages.seqNotAssigned(3, '市商务局'),
      returnRowMessages.seqNotInList(99),
      returnRowMessages.seqRepeated(1, 7),
      returnRowMessages.noSeq,
    ]);
    expect(report.rowsAccepted + report.rowsRejected.length).toBe(builder.dataRowCount());
  });

  test('a header row repeated under the table is not a data row', () => {
    const builder = aReturn(plan).forUnit('市商务局').withStatus('已完成').withExtraRow([' 序 号', '重点工作', '完成时限', '本单位角色', '进展状态', '进展情况']);
    const { report } = consolidate([file(builder)]);
    expect(report.rowsAccepted).toBe(2);
    expect(report.rowsRejected).toEqual([]);
  });

  test('an Office lock file (~$…) is rejected as such, not as a broken workbook', () => {
    const { report } = consolidate([{ file: '~$市商务局-2023Q1.xlsx', name: '~$市商务局-2023Q1.xlsx', kind: 'unknown' }]);
    expect(report.filesRejected).toEqual([{ file: '~$市商务局-2023Q1.xlsx', reason: returnFileMessages.lockFile }]);
  });

  test('a return from a group whose members report separately is refused with that reason', () => {
    const withMembers = aTestDirectory({ districtMembers: true });
    const memberPlan = planDistribution({ list, directory: withMembers, period });
    const group = aReturn(groupPlan).forUnit('各区人民政府').withStatus('序时推进');
    const { report } = consolidateReturns({ list, directory: withMembers, period, files: [file(group)] });
    expect(report.filesRejected).toEqual([{ file: group.fileName, reason: returnFileMessages.groupExpanded('各区人民政府') }]);
    expect(report.unitsMissing).toEqual(memberPlan.returns.map((r) => r.unit));
  });

  test('a master workbook among the returns is refused as not a return', () => {
    const masterLike: ReturnFile = { file: 'master.xlsx', name: 'master.xlsx', kind: 'xlsx', grid: { sheets: [{ name: SHEETS.masterMeta, state: 'veryHidden', rows: [], merges: [] }] } };
    expect(consolidate([masterLike]).report.filesRejected).toEqual([{ file: 'master.xlsx', reason: returnFileMessages.masterFile }]);
  });

  test('merged cells are read as the value of their top-left cell', () => {
    const builder = aReturn(plan).forUnit('市商务局').withStatus('序时推进').mergedCells();
    const { entries } = consolidate([file(builder)]);
    expect(entries.map((e) => e.problems)).toEqual(['资金缺口较大，需市级统筹。', '资金缺口较大，需市级统筹。']);
  });

  test('a return for a group nobody reports for is refused, saying the group waits for a unit', () => {
    const group = aReturn(groupPlan).forUnit('各区人民政府').withStatus('序时推进');
    const { report } = consolidate([file(group)]);
    expect(report.unitsReturned).toEqual([]);
    expect(report.filesRejected).toEqual([{ file: group.fileName, reason: returnFileMessages.groupPending('各区人民政府') }]);
  });

  test('cancelling stops consolidation', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => consolidateReturns({ list, directory, period, files: allUnits().map((b) => file(b)) }, { signal: controller.signal })).toThrow('操作已取消');
  });

  test('progress is reported per file', () => {
    const notes: string[] = [];
    consolidateReturns({ list, directory, period, files: allUnits().map((b) => file(b)) }, { onProgress: (p) => notes.push(`${p.done}/${p.total}`) });
    expect(notes).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4']);
  });
});

describe('merging into 进展汇总', () => {
  const earlier: ProgressEntry = { period: '2022Q4', unit: '市商务局', seq: 1, status: '滞后', text: '去年', sourceFile: 'x.xlsx' };

  test('earlier periods are kept and the same period is replaced, never duplicated', () => {
    const result = consolidate([file(aReturn(plan).forUnit('市商务局').withStatus('已完成'))]);
    const once = mergeProgress([earlier], result);
    const twice = mergeProgress(once, result);
    expect(once).toHaveLength(3);
    expect(twice).toEqual(once);
    expect(once[0]).toBe(earlier);
  });

  test('a unit that did not return this time keeps its earlier rows for the period', () => {
    const other: ProgressEntry = { period: '2023Q1', unit: '市发展改革委', seq: 3, status: '滞后', text: '上次报送', sourceFile: 'y.xlsx' };
    const result = consolidate([file(aReturn(plan).forUnit('市商务局').withStatus('已完成'))]);
    expect(mergeProgress([other], result)).toContain(other);
  });
});
