/**
 * Two rounds of `duban consolidate` through the CLI: the second round's correction leaves rows
 * blank and the merged master keeps the first round's texts; a unit's return in two files is merged
 * row by row; a workbook dated 2099 does not win. Runs the built CLI (npm run build:cli).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMaster } from '../../src/domain/master/index.js';
import { returnAccountingMessages } from '../../src/domain/messages/index.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution, type ConsolidationReport } from '../../src/domain/returns/index.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { aReturn } from '../helpers/returns.js';
import { writeMaster } from '../helpers/returns-files.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

const list = aTestList();
const directory = aTestDirectory();
const plan = planDistribution({ list, directory, period: parsePeriod('2023Q1')! });

let tmp: { path: string; cleanup: () => void };
const at = (...parts: string[]) => join(tmp.path, ...parts);

function consolidate(master: string, out: string, ...inputs: string[]): { status: number; report: ConsolidationReport } {
  const run = runCli(['consolidate', master, ...inputs, '--period', '2023Q1', '--out', out, '--json']);
  return { status: run.status, report: JSON.parse(run.stdout) as ConsolidationReport };
}

async function progressOf(path: string) {
  return readMaster(await readWorkbook(path)).progress.filter((e) => e.unit === '市商务局').map((e) => [e.seq, e.status, e.text]);
}

beforeAll(async () => {
  tmp = temporaryDirectory('duban-rounds-');
  await writeMaster(at('master.xlsx'), list, directory);
  for (const dir of ['round1', 'round2', 'split', 'dates']) mkdirSync(at(dir));
  const commerce = () => aReturn(plan).forUnit('市商务局');
  await Promise.all([
    commerce().withRow(1, { status: '序时推进', text: '第一轮：外贸增长 5%。' }).withRow(2, { status: '序时推进', text: '第一轮：签约 3 个项目。' }).toXlsx()
      .then((bytes) => writeFileSync(at('round1', '市商务局-2023Q1.xlsx'), bytes)),
    commerce().withRow(1, { status: '已完成', text: '第二轮：全年目标已完成。' }).toXlsx().then((bytes) => writeFileSync(at('round2', '市商务局-更正.xlsx'), bytes)),
    commerce().withRow(1, { status: '已完成', text: '上半份' }).modifiedAt('2023-04-06T09:00:00Z').toXlsx().then((bytes) => writeFileSync(at('split', '市商务局-上.xlsx'), bytes)),
    commerce().withRow(2, { status: '滞后', text: '下半份' }).modifiedAt('2023-04-07T09:00:00Z').toXlsx().then((bytes) => writeFileSync(at('split', '市商务局-下.xlsx'), bytes)),
    commerce().withStatus('已完成', '日期改成了 2099 年').modifiedAt('2099-01-01T00:00:00Z').toXlsx().then((bytes) => writeFileSync(at('dates', '市商务局-甲.xlsx'), bytes)),
    commerce().withStatus('滞后', '真正较晚的一份').modifiedAt('2023-04-09T09:00:00Z').toXlsx().then((bytes) => writeFileSync(at('dates', '市商务局-乙.xlsx'), bytes)),
  ]);
});
afterAll(() => tmp.cleanup());

describe('consolidation across rounds, through the CLI', () => {
  test('a second round whose correction leaves a row blank keeps the first round text, and the report says so', async () => {
    expect(consolidate(at('master.xlsx'), at('merged1.xlsx'), at('round1')).status).toBe(1);
    const second = consolidate(at('merged1.xlsx'), at('merged2.xlsx'), at('round2'));
    expect(await progressOf(at('merged2.xlsx'))).toEqual([
      [2, '序时推进', '第一轮：签约 3 个项目。'],
      [1, '已完成', '第二轮：全年目标已完成。'],
    ]);
    expect(second.report.keptEarlier).toEqual([expect.objectContaining({ seq: 2, file: '市商务局-更正.xlsx', wholeRow: true, from: '市商务局-2023Q1.xlsx' })]);
    expect(second.report.rowsRejected).toEqual([]);
    const sheet = (await readWorkbook(at('merged2.xlsx'))).sheets.find((s) => s.name === SHEETS.returnStatus)!;
    expect(sheet.rows.flat()).toContain(returnAccountingMessages.keptEarlierTitle);
  });

  test('running the second round again changes nothing', async () => {
    consolidate(at('merged2.xlsx'), at('merged3.xlsx'), at('round2'));
    expect(await progressOf(at('merged3.xlsx'))).toEqual(await progressOf(at('merged2.xlsx')));
  });

  test('a return sent in two files, each with half the rows, reaches the master whole', async () => {
    const { report } = consolidate(at('master.xlsx'), at('merged-split.xlsx'), at('split'));
    expect(await progressOf(at('merged-split.xlsx'))).toEqual([[1, '已完成', '上半份'], [2, '滞后', '下半份']]);
    expect(report.combined).toEqual([{ unit: '市商务局', files: ['市商务局-上.xlsx', '市商务局-下.xlsx'] }]);
    expect(report.duplicates).toEqual([]);
  });

  test('a workbook dated 2099 is reported as suspicious and the really later file wins', async () => {
    const { report } = consolidate(at('master.xlsx'), at('merged-dates.xlsx'), at('dates'));
    expect(report.suspicious).toEqual([expect.objectContaining({ file: '市商务局-甲.xlsx', reason: returnAccountingMessages.futureModified })]);
    expect((await progressOf(at('merged-dates.xlsx'))).map(([, , text]) => text)).toEqual(['真正较晚的一份', '真正较晚的一份']);
    expect(report.duplicates).toEqual([{ unit: '市商务局', kept: '市商务局-乙.xlsx', dropped: ['市商务局-甲.xlsx'] }]);
  });

  test('of two folders given, the later one holds the later submission', async () => {
    const { report } = consolidate(at('master.xlsx'), at('merged-order.xlsx'), at('round2'), at('round1'));
    expect((await progressOf(at('merged-order.xlsx'))).find(([seq]) => seq === 1)).toEqual([1, '序时推进', '第一轮：外贸增长 5%。']);
    expect(report.conflicts).toEqual([expect.objectContaining({ seq: 1, kept: expect.objectContaining({ file: '市商务局-2023Q1.xlsx' }) })]);
  });
});
