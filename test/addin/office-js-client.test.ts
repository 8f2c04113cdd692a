/**
 * The adapter through Microsoft's own Office.js client library (excel-web-16.00.js, Excel on the
 * web) in headless Chromium: the library builds every request as it would for Excel, so object
 * paths, argument serialization and its own splitting of large arrays are the real ones, and the
 * request and response bodies are measured as sent, not estimated. The other end is the strict fake
 * (test/addin/office-js/server.ts). Needs /usr/bin/chromium: skipped loudly without it, failed when
 * CI=true.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { LIGHT_CHART_SERIES, STATUS_CHART_SERIES } from '../../src/domain/summarize/index.js';
import { SHEETS } from '../../src/domain/vocabulary.js';
import { BUDGET_BYTES } from '../../src/excel/index.js';
import { projectRoot } from '../helpers/cli.js';
import { bundleAdapter, CHROMIUM, haveChromium, launchBrowser, openClient } from './office-js/harness.js';

const available = haveChromium();
if (!available) {
  const line = '!'.repeat(78);
  console.warn(`${line}\n!! 跳过 Office.js 客户端库测试：未找到 ${CHROMIUM}（apt-get install chromium）。\n${line}`);
}
const describeClient = available || process.env.CI === 'true' ? describe : describe.skip;

const seed = (name: string) => JSON.parse(readFileSync(join(projectRoot, 'seeds', name), 'utf8')) as unknown;
const VALIDATED = [SHEETS.taskList, SHEETS.breakdown, SHEETS.masterMeta];
const MASTER = [SHEETS.masterMeta, SHEETS.progress];

describeClient('the adapter through Microsoft\'s Office.js client library', () => {
  let bundle: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!available) throw new Error(`CI=true 但未找到 ${CHROMIUM}`);
    bundle = await bundleAdapter();
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  test.each([
    ['the 160-task key-work list', { list: seed('tianjin-2023-key-work.json'), directory: seed('units.json') }, 160],
    ['5,000 tasks', { tasks: 5_000 }, 5_000],
    ['20,000 tasks', { tasks: 20_000 }, 20_000],
  ])('%s: every request and response of the write and the reads is under 4 MB, and the adapter\'s estimate is not below the real size', async (_, input, tasks) => {
    const session = await openClient(bundle, browser);
    try {
      const write = await session.write(input);
      const written = session.server.exchanges.splice(0);
      expect(written).toHaveLength(write.syncs);
      const largestWrite = Math.max(...written.map((e) => e.request));
      // The summary charts went through the client too: added, filled with their series and placed.
      for (const name of [SHEETS.byUnit, SHEETS.byLeader]) {
        const [chart] = session.excel.sheet(name).charts;
        expect(chart).toMatchObject({ type: 'ColumnStacked', legend: 'Top', position: expect.stringMatching(/^A\d+:[A-Z]+\d+$/) });
        expect(chart.series.map((series) => series.name)).toEqual(STATUS_CHART_SERIES.map((series) => series.key));
        expect(chart.series.every((series) => series.values.startsWith(`${name}!`) && series.xValues.startsWith(`${name}!A`))).toBe(true);
      }
      expect(largestWrite).toBeLessThan(BUDGET_BYTES);
      expect(write.largestEstimate).toBeGreaterThanOrEqual(largestWrite);

      const validate = await session.read(VALIDATED);
      expect(validate.sheets.find((s) => s.name === SHEETS.taskList)?.rows).toBeGreaterThan(tasks);
      const master = await session.read(MASTER);
      expect(master.sheets.map((s) => s.name)).toEqual([SHEETS.progress, SHEETS.masterMeta]);
      const read = session.server.exchanges.splice(0);
      expect(Math.max(...read.map((e) => e.request))).toBeLessThan(BUDGET_BYTES);
      expect(Math.max(...read.map((e) => e.response))).toBeLessThan(BUDGET_BYTES);
      console.log(
        `${tasks} 项任务：写入 ${written.length} 次请求，最大 ${(largestWrite / 1e6).toFixed(2)} MB（估计 ${(write.largestEstimate / 1e6).toFixed(2)} MB）；` +
          `读取 ${read.length} 次，最大响应 ${(Math.max(...read.map((e) => e.response)) / 1e6).toFixed(2)} MB`,
      );
    } finally {
      await session.close();
    }
  }, 900_000);

  test('a master with two periods gets its lights line chart through the real client, each line in its colour', async () => {
    const session = await openClient(bundle, browser);
    try {
      const progress = ['2023Q1', '2023Q2'].flatMap((period) => [1, 2, 3].map((seq) => ({ period, unit: '测试委办局003', seq, status: '序时推进' as const, text: '推进中。', sourceFile: '' })));
      await session.write({ tasks: 30, progress });
      const charts = session.excel.sheet(SHEETS.byUnit).charts;
      expect(charts.map((chart) => chart.type)).toEqual(['ColumnStacked', 'LineMarkers']);
      expect(charts[1].series.map((series) => [series.name, series.color, series.lineColor])).toEqual(LIGHT_CHART_SERIES.map(({ key, color }) => [key, `#${color}`, `#${color}`]));
      expect(charts[1].series.every((series) => series.values.startsWith(`${SHEETS.byUnit}!B`) || series.values.startsWith(`${SHEETS.byUnit}!C`))).toBe(true);
    } finally {
      await session.close();
    }
  }, 300_000);

  test('replacing a master whose metadata sheet is VeryHidden works through the real client and leaves no stray sheet', async () => {
    const session = await openClient(bundle, browser);
    try {
      const input = { list: seed('tianjin-2023-key-work.json'), directory: seed('units.json') };
      await session.write(input);
      expect(session.excel.sheet(SHEETS.masterMeta).visibility).toBe('VeryHidden');
      const again = await session.write({ ...input, replaceExisting: true });
      expect(session.excel.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', ...again.sheets]);
      expect(session.excel.sheet(SHEETS.masterMeta).visibility).toBe('VeryHidden');
    } finally {
      await session.close();
    }
  }, 300_000);
});
