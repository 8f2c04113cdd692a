/**
 * duban review and duban close as a user runs them: list the period's rows, send one back (its
 * 退回通知 on stdout), close a finished task, and the next period's forms show both — the row sent
 * back in the unit's 填报说明, the closed task in nobody's form. A task whose lead unit did not report
 * 已完成 is refused with the CLI's way out (--force).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewListing } from '../../src/app/index.js';
import { readMaster } from '../../src/domain/master/index.js';
import { fixHints, reviewActionMessages, reviewMessages } from '../../src/domain/messages/index.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { writeMaster } from '../helpers/returns-files.js';

const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'] })
  .task(2, { units: ['市商务局'] })
  .task(3, { units: ['市财政局'] })
  .build();
const directory = aDirectory(['市商务局', '市财政局']);
const progress = [anEntry('市商务局', 1, '已完成', '2023Q1'), anEntry('市财政局', 1, '序时推进', '2023Q1'), anEntry('市商务局', 2, '序时推进', '2023Q1'), anEntry('市财政局', 3, '滞后', '2023Q1')];

let tmp: { path: string; cleanup: () => void };
const at = (name: string) => join(tmp.path, name);

beforeAll(async () => {
  tmp = temporaryDirectory('duban-review-');
  await writeMaster(at('master.xlsx'), list, directory, progress);
});
afterAll(() => tmp.cleanup());

async function forms(master: string, dir: string) {
  const run = runCli(['distribute', master, '--period', '2023Q2', '--out-dir', at(dir)]);
  expect(run.status).toBe(0);
  const byUnit = new Map<string, { seqs: unknown[]; instructions: unknown[] }>();
  for (const name of readdirSync(at(dir))) {
    const grid = await readWorkbook(join(at(dir), name));
    const form = grid.sheets.find((sheet) => sheet.name === SHEETS.returnForm)!;
    const notes = grid.sheets.find((sheet) => sheet.name === SHEETS.returnInstructions)!;
    byUnit.set(name.split('-')[0], { seqs: form.rows.map((row) => row[0]).filter((value) => typeof value === 'number'), instructions: notes.rows.map((row) => row[0]) });
  }
  return byUnit;
}

describe('duban review and duban close', () => {
  test('lists the latest period’s rows, each waiting for review', () => {
    const run = runCli(['review', at('master.xlsx'), '--json']);
    expect(run.status).toBe(0);
    const listing = JSON.parse(run.stdout) as ReviewListing;
    expect(listing.period).toBe('2023Q1');
    expect(listing.rows.map((row) => [row.unit, row.seq, row.result])).toEqual([
      ['市商务局', 1, null],
      ['市财政局', 1, null],
      ['市商务局', 2, null],
      ['市财政局', 3, null],
    ]);
  });

  test('a result other than 通过 or 退回修改 is refused as a usage error, naming the value, and nothing is written', () => {
    const run = runCli(['review', at('master.xlsx'), '--period', '2023Q1', '--unit', '市商务局', '--seq', '2', '--result', '同意', '--out', at('refused.xlsx')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(reviewActionMessages.badResult('同意'));
    expect(readdirSync(tmp.path)).not.toContain('refused.xlsx');
  });

  test('退回修改 needs a reason; with one, the 退回通知 goes to stdout and the next form lists the row', async () => {
    const args = ['review', at('master.xlsx'), '--period', '2023Q1', '--unit', '市商务局', '--seq', '2', '--result', '退回修改', '--out', at('reviewed.xlsx')];
    const bare = runCli(args);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain(reviewActionMessages.reasonRequired('市商务局', 2));

    const run = runCli([...args, '--reason', '未写明具体进度']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(reviewMessages.sendBack('市商务局', 2, '2023年第一季度', '未写明具体进度'));
    const next = await forms(at('reviewed.xlsx'), 'forms-reviewed');
    expect(next.get('市商务局')!.instructions).toEqual(expect.arrayContaining([reviewMessages.sentBackTitle, reviewMessages.sentBackLine(2, '2023年第一季度', '未写明具体进度')]));
    expect(next.get('市财政局')!.instructions).not.toContain(reviewMessages.sentBackTitle);
  });

  test('closes a task whose lead unit reported 已完成: it leaves every next form, and the review is kept', async () => {
    const listed = runCli(['close', at('reviewed.xlsx'), '--json']);
    expect((JSON.parse(listed.stdout) as { candidates: { seq: number }[] }).candidates.map((candidate) => candidate.seq)).toEqual([1]);

    const run = runCli(['close', at('reviewed.xlsx'), '--seq', '1', '--basis', '经核实已完成', '--date', '2023-04-10', '--out', at('closed.xlsx')]);
    expect(run.status).toBe(0);
    const master = readMaster(await readWorkbook(at('closed.xlsx')));
    expect(master.closures).toEqual([{ seq: 1, date: '2023-04-10', basis: '经核实已完成' }]);
    expect(master.reviews).toHaveLength(1);
    const next = await forms(at('closed.xlsx'), 'forms-closed');
    expect(next.get('市商务局')!.seqs).toEqual([2]);
    expect(next.get('市财政局')!.seqs).toEqual([3]);
    expect(next.get('市商务局')!.instructions).toContain(reviewMessages.sentBackTitle);
  });

  test('refuses to close a task its lead unit reported 滞后, naming what it reported, unless --force', async () => {
    const args = ['close', at('master.xlsx'), '--seq', '3', '--basis', '书面报告', '--out', at('forced.xlsx')];
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(reviewActionMessages.notFinished(3, '第3项重点工作的内容。', '市财政局', reviewActionMessages.reported('2023年第一季度', '滞后')));
    expect(run.stderr).toContain(fixHints.cli.notFinished);

    const forced = runCli([...args, '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain(reviewActionMessages.forced);
    expect(readMaster(await readWorkbook(at('forced.xlsx'))).closures?.map((closure) => closure.seq)).toEqual([3]);
  });

  test('never writes over the master it read, and answers --help in Chinese', () => {
    const run = runCli(['close', at('master.xlsx'), '--seq', '1', '--basis', 'x', '--out', at('master.xlsx')]);
    expect(run.status).toBe(2);
    expect(runCli(['review', '--help']).stdout).toContain(reviewActionMessages.reviewUsage);
    expect(runCli(['close', '--help']).stdout).toContain(reviewActionMessages.closeSummary);
  });
});
