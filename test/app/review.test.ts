/**
 * 审核与销号 through the application layer, as the pane reaches it: a 退回 recorded in the
 * standalone workspace appears in the unit's next 填报说明, a closed task leaves the next forms, and a
 * task whose lead unit did not report 已完成 is refused. In Excel (the strict fake), only the 审核 and
 * 办结销号 sheets are replaced; every other sheet of the master stays the very same sheet.
 */
import { closeCandidates, closeTasks, distributeReturns, recordReviews, reviewRows, type Clock, type FileSink } from '../../src/app/index.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileStore } from '../../src/cli/ports.js';
import { DubanError } from '../../src/domain/errors.js';
import { buildMasterSpec, readMaster } from '../../src/domain/master/index.js';
import { reviewActionMessages, reviewMessages, reviewPaneMessages } from '../../src/domain/messages/index.js';
import { readPeriod } from '../../src/domain/period/index.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { openMasterFile } from '../../src/taskpane/operations.js';
import { ExcelWorkspace, StandaloneWorkspace, type Workspace } from '../../src/taskpane/workspace.js';
import { readWorkbook, renderWorkbookBytes } from '../../src/xlsx/index.js';
import { FakeExcel } from '../addin/fake-excel.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';
import { temporaryDirectory } from '../helpers/cli.js';

const clock: Clock = { now: () => '2023-04-12T09:00:00+08:00' };
const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'] })
  .task(2, { units: ['市商务局'] })
  .task(3, { units: ['市财政局'] })
  .build();
const directory = aDirectory(['市商务局', '市财政局']);
const progress = [
  anEntry('市商务局', 1, '已完成', '2023Q1', '外贸保稳提质各项措施已全部落实。'),
  anEntry('市财政局', 1, '序时推进', '2023Q1'),
  anEntry('市商务局', 2, '序时推进', '2023Q1', '正在推进。'),
  anEntry('市财政局', 3, '滞后', '2023Q1'),
];
const spec = buildMasterSpec({ list, directory, progress, generatedAt: '2023-04-05T09:00:00+08:00' });

async function standalone(): Promise<StandaloneWorkspace> {
  const workspace = new StandaloneWorkspace();
  await openMasterFile(workspace, '督办总表.xlsx', await renderWorkbookBytes(spec));
  return workspace;
}

/** The next period's forms, each unit's sheets as plain grids. */
async function nextForms(workspace: Workspace) {
  const files = new Map<string, Uint8Array>();
  const output: FileSink<undefined> = { write: async (name, bytes) => void files.set(name, bytes), close: async () => undefined };
  await distributeReturns({ store: workspace, output, clock }, { period: readPeriod('2023Q2') });
  const forms = new Map<string, { seqs: unknown[]; instructions: unknown[] }>();
  for (const [name, bytes] of files) {
    const grid = await readWorkbook(bytes);
    const form = grid.sheets.find((sheet) => sheet.name === SHEETS.returnForm)!;
    const instructions = grid.sheets.find((sheet) => sheet.name === SHEETS.returnInstructions)!;
    forms.set(name.split('-')[0], { seqs: form.rows.map((row) => row[0]).filter((value) => typeof value === 'number'), instructions: instructions.rows.map((row) => row[0]) });
  }
  return forms;
}

describe('审核与销号 in the standalone workspace', () => {
  test('a row sent back gets its 退回通知 and is listed in the unit’s next 填报说明; the new master is offered as a download', async () => {
    const workspace = await standalone();
    expect((await reviewRows({ store: workspace })).rows.map((row) => [row.unit, row.seq, row.result])).toEqual([
      ['市商务局', 1, null],
      ['市财政局', 1, null],
      ['市商务局', 2, null],
      ['市财政局', 3, null],
    ]);
    const outcome = await recordReviews({ store: workspace, clock }, {
      period: '2023Q1',
      decisions: [
        { unit: '市商务局', seq: 2, result: '退回修改', reason: '未写明具体进度' },
        { unit: '市商务局', seq: 1, result: '通过' },
      ],
    });
    expect(outcome.decided.map((row) => row.notice)).toEqual(['', reviewMessages.sendBack('市商务局', 2, '2023年第一季度', '未写明具体进度')]);
    expect(outcome.download?.fileName).toBe(reviewPaneMessages.fileName(list.title));
    expect(readMaster(await readWorkbook(outcome.download!.bytes)).reviews).toEqual([
      // In 进展汇总 order.
      { period: '2023Q1', unit: '市商务局', seq: 1, result: '通过', reason: '' },
      { period: '2023Q1', unit: '市商务局', seq: 2, result: '退回修改', reason: '未写明具体进度' },
    ]);

    const forms = await nextForms(workspace);
    expect(forms.get('市商务局')!.instructions).toEqual(expect.arrayContaining([reviewMessages.sentBackTitle, reviewMessages.sentBackLine(2, '2023年第一季度', '未写明具体进度')]));
    expect(forms.get('市财政局')!.instructions).not.toContain(reviewMessages.sentBackTitle);
  });

  test('a task whose lead unit reported 已完成 is offered, closed, and leaves every unit’s next form', async () => {
    const workspace = await standalone();
    expect((await closeCandidates({ store: workspace })).candidates.map((candidate) => candidate.seq)).toEqual([1]);
    const outcome = await closeTasks({ store: workspace, clock }, { closures: [{ seq: 1, basis: '经核实已完成' }] });
    expect(outcome.closed).toEqual([{ seq: 1, date: '2023-04-12', basis: '经核实已完成' }]);
    expect((await closeCandidates({ store: workspace })).candidates).toEqual([]);
    const forms = await nextForms(workspace);
    expect(forms.get('市商务局')!.seqs).toEqual([2]);
    expect(forms.get('市财政局')!.seqs).toEqual([3]);
  });

  test('closing a task its lead unit reported 滞后 is refused and changes nothing', async () => {
    const workspace = await standalone();
    const before = await workspace.readMaster();
    const refused = closeTasks({ store: workspace, clock }, { closures: [{ seq: 3, basis: '' }] });
    await expect(refused).rejects.toBeInstanceOf(DubanError);
    await expect(refused).rejects.toMatchObject({ code: 'notFinished', message: reviewActionMessages.notFinished(3, '第3项重点工作的内容。', '市财政局', reviewActionMessages.reported('2023年第一季度', '滞后')) });
    expect(await workspace.readMaster()).toBe(before);
  });
});

describe('审核与销号 in Excel', () => {
  test('only the 审核 and 办结销号 sheets are replaced, each in its place; the rest of the master is left as it was', async () => {
    const excel = new FakeExcel();
    const workspace = new ExcelWorkspace(excel.run, () => true, 0);
    await workspace.writeMaster(spec, { replaceExisting: true, fileName: '' });
    const ids = () => new Map(excel.sheets.map((sheet) => [sheet.name, sheet.id]));
    const before = ids();
    const order = excel.sheets.map((sheet) => sheet.name);

    const reviewed = await recordReviews({ store: workspace, clock }, { period: '2023Q1', decisions: [{ unit: '市财政局', seq: 3, result: '退回修改', reason: '未说明滞后原因' }] });
    expect(reviewed.download).toBeUndefined();
    const closed = await closeTasks({ store: workspace, clock }, { closures: [{ seq: 1, date: '2023-04-10', basis: '经核实已完成' }] });
    expect(closed.download).toBeUndefined();

    const after = ids();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const replaced = [...after].filter(([name, id]) => before.get(name) !== id).map(([name]) => name);
    expect(replaced.sort()).toEqual([SHEETS.review, SHEETS.closure].sort());
    // Each stands where the sheet it replaced stood.
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(order);

    const master = readMaster(await workspace.readMaster());
    expect(master.reviews).toEqual([{ period: '2023Q1', unit: '市财政局', seq: 3, result: '退回修改', reason: '未说明滞后原因' }]);
    expect(master.closures).toEqual([{ seq: 1, date: '2023-04-10', basis: '经核实已完成' }]);
    expect(master.progress.map((entry) => [entry.unit, entry.seq, entry.status])).toEqual(progress.map((entry) => [entry.unit, entry.seq, entry.status]));
  });
});

describe('审核与销号 through the CLI’s ports and the pane’s', () => {
  test('the same decisions give the same rows, notices and closures, and masters that read back alike', async () => {
    const dir = temporaryDirectory('duban-review-parity-');
    try {
      const input = join(dir.path, 'master.xlsx');
      writeFileSync(input, await renderWorkbookBytes(spec));
      const pane = await standalone();
      const decisions = [{ unit: '市财政局', seq: 3, result: '退回修改' as const, reason: '未说明滞后原因' }];
      const closures = [{ seq: 1, date: '2023-04-10', basis: '经核实已完成' }];

      const reviewed = [
        await recordReviews({ store: fileStore(input, join(dir.path, 'reviewed.xlsx')), clock }, { period: '2023Q1', decisions, file: input }),
        await recordReviews({ store: pane, clock }, { period: '2023Q1', decisions }),
      ];
      expect(reviewed[0].decided).toEqual(reviewed[1].decided);
      expect(reviewed[0].rows).toEqual(reviewed[1].rows);
      const closed = [
        await closeTasks({ store: fileStore(join(dir.path, 'reviewed.xlsx'), join(dir.path, 'closed.xlsx')), clock }, { closures, file: join(dir.path, 'reviewed.xlsx') }),
        await closeTasks({ store: pane, clock }, { closures }),
      ];
      expect(closed[0].closed).toEqual(closed[1].closed);

      const fromCli = readMaster(await readWorkbook(join(dir.path, 'closed.xlsx')));
      const fromPane = readMaster(await pane.readMaster());
      expect(fromCli.reviews).toEqual(fromPane.reviews);
      expect(fromCli.closures).toEqual(fromPane.closures);
      expect(fromCli.progress).toEqual(fromPane.progress);
    } finally {
      dir.cleanup();
    }
  });
});
