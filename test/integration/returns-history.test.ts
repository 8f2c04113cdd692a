/**
 * Two periods through the CLI as a user runs them: distribute → every unit fills → consolidate, then
 * the next period from the merged master. `unchanged` names exactly the rows whose text copies the
 * unit's previous report on the task (照抄上期), and 报送情况 lists them with the text to send back.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readMaster } from '../../src/domain/master/index.js';
import { closureMessages, historyMessages, reviewMessages } from '../../src/domain/messages/index.js';
import type { Summary } from '../../src/domain/summarize/index.js';
import type { ConsolidationReport } from '../../src/domain/returns/index.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { fillReturnFile, writeMaster } from '../helpers/returns-files.js';
import { aDirectory, aList } from '../domain/master/builders.js';
import type { RowFill } from '../helpers/returns.js';

const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'] })
  .task(2, { units: ['市商务局'] })
  .task(3, { units: ['市财政局'] })
  .task(4, { units: ['市财政局'] })
  .task(5, { units: ['市发展改革委'] })
  .build();
const directory = aDirectory(['市商务局', '市财政局', '市发展改革委']);

const Q1: Record<string, RowFill> = {
  '市商务局/1': { status: '序时推进', text: '截至3月底，已完成全市外贸企业走访120家，协调解决物流、融资等问题35个，出台稳外贸措施10条。' },
  '市商务局/2': { status: '序时推进', text: '制定会展经济发展实施方案，已报市政府审定。' },
  '市财政局/1': { status: '序时推进', text: '安排外贸发展专项资金2亿元，已拨付首批资金5000万元。' },
  '市财政局/3': { status: '已完成', text: '已全部完成。' },
  '市财政局/4': { status: '未启动', text: '正在研究制定工作方案。' },
  // 市发展改革委 does not report in the first quarter.
};

const Q2: Record<string, RowFill> = {
  // Only the date changed: nearly identical.
  '市商务局/1': { status: '序时推进', text: '截至6月底，已完成全市外贸企业走访120家，协调解决物流、融资等问题35个，出台稳外贸措施10条。' },
  // Genuinely new progress.
  '市商务局/2': { status: '序时推进', text: '实施方案经市政府常务会议审议通过并印发，首批12个重点展会已落地。' },
  // Word for word, with spaces and punctuation changed.
  '市财政局/1': { status: '序时推进', text: '安排外贸发展专项资金 2亿元；已拨付首批资金5000万元' },
  // Finished in both periods: nothing new to say, not a copy.
  '市财政局/3': { status: '已完成', text: '已全部完成。' },
  // Same words, still not started: a copy.
  '市财政局/4': { status: '未启动', text: '正在研究制定工作方案。' },
  // No earlier report to copy from.
  '市发展改革委/5': { status: '序时推进', text: '正在研究制定工作方案。' },
};

let tmp: { path: string; cleanup: () => void };
const at = (name: string) => join(tmp.path, name);

async function round(master: string, period: string, fills: Record<string, RowFill>, out: string): Promise<{ report: ConsolidationReport; status: number }> {
  const dir = at(`returns-${period}`);
  expect(runCli(['distribute', master, '--period', period, '--out-dir', dir]).status).toBe(0);
  for (const name of readdirSync(dir)) {
    const unit = name.split('-')[0];
    await fillReturnFile(join(dir, name), (seq) => fills[`${unit}/${seq}`] ?? null);
  }
  const run = runCli(['consolidate', master, dir, '--period', period, '--out', out, '--json']);
  return { report: JSON.parse(run.stdout) as ConsolidationReport, status: run.status };
}

beforeAll(async () => {
  tmp = temporaryDirectory('duban-history-');
  await writeMaster(at('master.xlsx'), list, directory);
});
afterAll(() => tmp.cleanup());

describe('照抄上期 across two periods', () => {
  let second: { report: ConsolidationReport; status: number };

  beforeAll(async () => {
    const first = await round(at('master.xlsx'), '2023Q1', Q1, at('merged-q1.xlsx'));
    expect(first.report.unchanged).toEqual([]);
    // The office reviews the first quarter in the merged master: one row sent back, one passed.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('merged-q1.xlsx'));
    const review = workbook.getWorksheet(SHEETS.review)!;
    review.eachRow((row) => {
      const [unit, seq] = [row.getCell(2).value, row.getCell(3).value];
      if (unit === '市商务局' && seq === 1) {
        row.getCell(6).value = '退回修改';
        row.getCell(7).value = '未说明稳外贸措施的出台时间';
      }
      if (unit === '市财政局' && seq === 3) row.getCell(6).value = '通过';
    });
    // …and closes task 3, which 市财政局 reported finished (办结销号).
    const closure = workbook.getWorksheet(SHEETS.closure)!;
    closure.getCell('A4').value = 3;
    closure.getCell('C4').value = new Date(Date.UTC(2023, 3, 10));
    closure.getCell('D4').value = '经核实已完成';
    await workbook.xlsx.writeFile(at('merged-q1.xlsx'));
    second = await round(at('merged-q1.xlsx'), '2023Q2', Q2, at('merged-q2.xlsx'));
  }, 60_000);

  it('names exactly the rows whose text copies the unit’s previous report, and exits 1', () => {
    expect(second.report.unchanged.map(({ unit, seq, period, previousPeriod }) => ({ unit, seq, period, previousPeriod }))).toEqual([
      { unit: '市商务局', seq: 1, period: '2023Q2', previousPeriod: '2023Q1' },
      { unit: '市财政局', seq: 1, period: '2023Q2', previousPeriod: '2023Q1' },
      { unit: '市财政局', seq: 4, period: '2023Q2', previousPeriod: '2023Q1' },
    ]);
    const similarity = new Map(second.report.unchanged.map((row) => [`${row.unit}/${row.seq}`, row.similarity]));
    expect(similarity.get('市财政局/1')).toBe(1);
    expect(similarity.get('市财政局/4')).toBe(1);
    expect(similarity.get('市商务局/1')).toBeGreaterThanOrEqual(0.9);
    expect(similarity.get('市商务局/1')).toBeLessThan(1);
    expect(second.status).toBe(1);
  });

  it('lists them in 报送情况 with the text to send back', async () => {
    const grid = await readWorkbook(at('merged-q2.xlsx'));
    const rows = grid.sheets.find((sheet) => sheet.name === SHEETS.returnStatus)!.rows;
    const title = rows.findIndex((row) => row[0] === historyMessages.sectionTitle);
    expect(title).toBeGreaterThan(0);
    expect(rows[title + 1]).toEqual([...historyMessages.headers]);
    const listed = rows.slice(title + 2, title + 5);
    expect(listed.map((row) => [row[0], row[1]])).toEqual([['市商务局', 1], ['市财政局', 1], ['市财政局', 4]]);
    expect(listed[1][5]).toBe(historyMessages.sendBack('市财政局', 1, '2023年第二季度', '2023年第一季度', 1));
  });

  it('compares with the previous period, not with itself, when the period is consolidated again', async () => {
    const dir = at('returns-2023Q2');
    const run = runCli(['consolidate', at('merged-q2.xlsx'), dir, '--period', '2023Q2', '--out', at('merged-q2-again.xlsx'), '--json']);
    const report = JSON.parse(run.stdout) as ConsolidationReport;
    expect(report.unchanged).toEqual(second.report.unchanged);
  });

  it('lists a row sent back in 审核 in the unit’s next form, and keeps the decisions in the next merged master', async () => {
    const instructions = async (file: string) => (await readWorkbook(join(at('returns-2023Q2'), file))).sheets.find((sheet) => sheet.name === SHEETS.returnInstructions)!.rows.map((row) => row[0]);
    const line = reviewMessages.sentBackLine(1, '2023年第一季度', '未说明稳外贸措施的出台时间');
    expect(await instructions('市商务局-2023Q2.xlsx')).toEqual(expect.arrayContaining([reviewMessages.sentBackTitle, line]));
    expect(await instructions('市财政局-2023Q2.xlsx')).not.toContain(reviewMessages.sentBackTitle);

    const merged = await readWorkbook(at('merged-q2.xlsx'));
    expect(readMaster(merged).reviews).toEqual([
      { period: '2023Q1', unit: '市商务局', seq: 1, result: '退回修改', reason: '未说明稳外贸措施的出台时间' },
      { period: '2023Q1', unit: '市财政局', seq: 3, result: '通过', reason: '' },
    ]);
    const rows = merged.sheets.find((sheet) => sheet.name === SHEETS.review)!.rows;
    const sentBack = rows.find((row) => row[1] === '市商务局' && row[2] === 1 && row[0] === '2023Q1')!;
    expect(sentBack[7]).toBe(reviewMessages.sendBack('市商务局', 1, '2023年第一季度', '未说明稳外贸措施的出台时间'));
    // The second quarter's rows wait for review.
    expect(rows.filter((row) => row[0] === '2023Q2').map((row) => row[5] ?? '')).toEqual(Array(6).fill(''));
  });

  it('leaves a task closed in 办结销号 out of the next forms, and records it 已完成 for the period', async () => {
    const seqs = async (file: string) => {
      const form = (await readWorkbook(join(at('returns-2023Q2'), file))).sheets.find((sheet) => sheet.name === SHEETS.returnForm)!;
      return form.rows.slice(5).map((row) => row[0]).filter((value) => typeof value === 'number');
    };
    expect(await seqs('市财政局-2023Q2.xlsx')).toEqual([1, 4]);
    const master = readMaster(await readWorkbook(at('merged-q2.xlsx')));
    expect(master.closures).toEqual([{ seq: 3, date: '2023-04-10', basis: '经核实已完成' }]);
    expect(master.progress.filter((entry) => entry.period === '2023Q2' && entry.seq === 3)).toEqual([
      expect.objectContaining({ unit: '市财政局', status: '已完成', text: closureMessages.closedText('2023-04-10', '经核实已完成'), sourceFile: closureMessages.sourceFile }),
    ]);
    const run = runCli(['summarize', at('merged-q2.xlsx'), '--period', '2023Q2', '--today', '2024-01-05', '--json']);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary.alerts.some((alert) => alert.seq === 3)).toBe(false);
    expect(summary.byUnit.find((row) => row.unit === '市财政局')!.未报送).toBe(0);
  });
});
