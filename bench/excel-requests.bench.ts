/**
 * The largest Office.js request the adapter sends, writing and reading a master of 160, 5,000 and
 * 20,000 tasks, measured through Microsoft's client library in headless Chromium (the bodies as
 * the library builds them; test/addin/office-js). Without Chromium, the strict fake's per-command
 * estimate of the same requests is printed instead, and says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildMasterSpec } from '../src/domain/master/index.js';
import { parseTaskList, parseUnitDirectory } from '../src/domain/model/index.js';
import { SHEETS } from '../src/domain/vocabulary.js';
import { readWorkbookGrid, renderSpecToWorkbook } from '../src/excel/index.js';
import { projectRoot } from '../test/helpers/cli.js';
import { syntheticList } from '../test/helpers/synthetic-list.js';
import { FakeExcel } from '../test/addin/fake-excel.js';
import { bundleAdapter, haveChromium, launchBrowser, openClient } from '../test/addin/office-js/harness.js';
import type { BenchResult } from './harness.js';

const SIZES = [160, 5_000, 20_000];
const READS = [[SHEETS.taskList, SHEETS.breakdown, SHEETS.masterMeta], [SHEETS.masterMeta, SHEETS.progress]];
const seed = (name: string) => JSON.parse(readFileSync(join(projectRoot, 'seeds', name), 'utf8')) as unknown;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function input(tasks: number) {
  return tasks === 160 ? { list: seed('tianjin-2023-key-work.json'), directory: seed('units.json') } : { tasks };
}

async function throughClient(): Promise<BenchResult[]> {
  const bundle = await bundleAdapter();
  const browser = await launchBrowser();
  const results: BenchResult[] = [];
  try {
    for (const tasks of SIZES) {
      const session = await openClient(bundle, browser);
      const start = performance.now();
      await session.write(input(tasks));
      const written = session.server.exchanges.splice(0);
      for (const sheets of READS) await session.read(sheets);
      const read = session.server.exchanges.splice(0);
      const ms = performance.now() - start;
      await session.close();
      results.push({
        name: `Office.js 请求体（微软客户端库实测）：${tasks} 项任务`,
        ms,
        note: `写入 ${written.length} 次请求，最大 ${mb(Math.max(...written.map((e) => e.request)))}；读取 ${read.length} 次，最大响应 ${mb(Math.max(...read.map((e) => e.response)))}；上限 4 MB`,
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function throughFake(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const tasks of SIZES) {
    const { list, directory } = tasks === 160 ? { list: parseTaskList(seed('tianjin-2023-key-work.json')), directory: parseUnitDirectory(seed('units.json')) } : syntheticList(tasks);
    const excel = new FakeExcel([{ name: 'Sheet1' }], { record: false });
    const start = performance.now();
    await renderSpecToWorkbook(excel.context(), buildMasterSpec({ list, directory, progress: [], generatedAt: '2023-04-03T09:00:00' }), { isSetSupported: () => true });
    const written = excel.requests.splice(0);
    for (const sheets of READS) await readWorkbookGrid(excel.context(), { isSetSupported: () => true, sheets });
    const read = excel.requests.splice(0);
    results.push({
      name: `Office.js 请求体（无 Chromium，按严格模拟的逐条估计）：${tasks} 项任务`,
      ms: performance.now() - start,
      note: `写入 ${written.length} 次请求，最大 ${mb(Math.max(...written.map((e) => e.request)))}；读取 ${read.length} 次，最大响应 ${mb(Math.max(...read.map((e) => e.response)))}；上限 4 MB`,
    });
  }
  return results;
}

export function run(): Promise<BenchResult[]> {
  return haveChromium() ? throughClient() : throughFake();
}
