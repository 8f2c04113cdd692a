/**
 * The task pane in a real browser (Debian's Chromium through playwright-core), in standalone mode:
 * the production build is served from localhost, and the test picks the key-work list, loads it,
 * validates a master with a planted error, generates the returns and consolidates two of them,
 * checking each download, and takes screenshots of each step; a second test pastes a notice and
 * uploads another office's sheet with its own headers. They go to out/screenshots/; with
 * UPDATE_SCREENSHOTS=1 they replace the committed ones in docs/screenshots/ that README shows (a
 * machine without a CJK font draws boxes for Chinese, so a plain test run never overwrites those).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { buildMasterSpec, readMaster } from '../../src/domain/master/index.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';
import { alertMessages, briefMessages, gridFieldLabels, gridImportMessages, taskpaneMessages } from '../../src/domain/messages/index.js';
import { HEADERS, SHEETS, STATUSES } from '../../src/domain/vocabulary.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { projectRoot } from '../helpers/cli.js';
import { serveFolder } from '../helpers/serve.js';
import { periodLabel, summarize } from '../../src/domain/summarize/index.js';

const root = projectRoot;
const CHROMIUM = '/usr/bin/chromium';
const OUT = join(root, 'out', 'addin-e2e');
const SCREENSHOTS = join(root, ...(process.env.UPDATE_SCREENSHOTS === '1' ? ['docs', 'screenshots'] : ['out', 'screenshots']));
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  const line = '!'.repeat(78);
  console.warn(`${line}\n!! 跳过任务窗格浏览器测试：未找到 ${CHROMIUM}（apt-get install chromium）。\n${line}`);
}


/** A return workbook with every task row given `status` and a progress text. */
async function filled(bytes: Uint8Array, status: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEETS.returnForm)!;
  sheet.eachRow((row) => {
    if (typeof row.getCell(1).value !== 'number') return;
    row.getCell(HEADERS.returnForm.indexOf('进展状态') + 1).value = status;
    row.getCell(HEADERS.returnForm.indexOf('进展情况') + 1).value = '已按计划推进，完成阶段目标。';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function bytesOf(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

async function clickDownload(page: Page, linkText: RegExp): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkText }).click()]);
  return download;
}

(haveChromium ? describe : describe.skip)('the task pane in Chromium (standalone mode)', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const foreign: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
      cwd: root,
      env: { ...process.env, DUBAN_ADDIN_OUT: OUT, DUBAN_ADDIN_MINIFY: '0' },
      stdio: 'pipe',
    });
    ({ server, origin } = await serveFolder(OUT));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  /** A fresh pane at `width` px, with the scripts it fetches and the errors it throws. */
  async function openPane(width: number, acceptDownloads = false) {
    const context = await browser.newContext({ acceptDownloads, viewport: { width, height: 1000 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page, scripts, pageErrors };
  }

  test('loads the key-work list, validates, generates and consolidates returns, with nothing fetched from elsewhere', async () => {
    const { context, page, scripts, pageErrors } = await openPane(420, true);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });

    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('独立模式（浏览器）').waitFor({ timeout: 15_000 });

    // 一、加载任务清单
    await page.getByLabel('内置清单').selectOption({ label: '天津市2023年重点工作' });
    await page.getByRole('button', { name: '加载到工作簿' }).click();
    await page.getByTestId('load-result').waitFor({ timeout: 20_000 });
    const loadText = (await page.getByTestId('load-result').textContent()) ?? '';
    expect(loadText).toMatch(/160 项任务/);
    await page.getByTestId('summary').waitFor({ timeout: 20_000 });
    // The file pickers are Fluent buttons in Chinese, not the browser's "Choose File / No file chosen".
    expect(await page.getByRole('button', { name: taskpaneMessages.chooseFile }).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByText(taskpaneMessages.noFileChosen).count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('body').innerText()).not.toMatch(/Choose File|No file chosen/);
    // Both 报送期次 pickers and 进展统计 start on the same period: the one today falls in, else the list year's last.
    const returnsPeriod = page.getByRole('region', { name: '三、生成各单位填报表' }).getByLabel('报送期次');
    const consolidatePeriod = page.getByRole('region', { name: '四、汇总回收表' }).getByLabel('报送期次');
    const today = new Date().toISOString().slice(0, 10);
    const expectedPeriod = today.startsWith('2023-') ? `2023Q${Math.ceil(Number(today.slice(5, 7)) / 3)}` : '2023Q4';
    expect(await returnsPeriod.inputValue()).toBe(expectedPeriod);
    expect(await consolidatePeriod.inputValue()).toBe(expectedPeriod);
    await page.getByText(taskpaneMessages.summary.period(periodLabel(expectedPeriod))).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-load.png') });
    const master = await bytesOf(await clickDownload(page, /下载 督办总表-.*\.xlsx/));
    expect(readMaster(await readWorkbook(master)).list.tasks).toHaveLength(160);

    // 二、校验: a master whose 牵头单位 cell says 市发改委
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(master as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet(SHEETS.taskList)!.getRow(8).getCell(HEADERS.taskList.indexOf('牵头单位') + 1);
    cell.value = '市发改委';
    const planted = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByLabel('或打开已有的督办总表（.xlsx）').setInputFiles({ name: '督办总表-有误.xlsx', mimeType: 'application/octet-stream', buffer: planted });
    await page.getByText('已打开「督办总表-有误.xlsx」：160 项任务。').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByTestId('validation-result').waitFor({ timeout: 20_000 });
    const findings = await page.getByTestId('validation-result').textContent();
    expect(findings).toContain(`任务清单!${cell.address}`);
    expect(findings).toContain('「市发改委」不是规范单位名称，应为「市发展改革委」');
    await page.getByRole('region', { name: '二、校验' }).screenshot({ path: join(SCREENSHOTS, 'taskpane-validate.png') });

    // 三、生成各单位填报表
    await page.getByRole('region', { name: '三、生成各单位填报表' }).getByLabel('报送期次').selectOption('2023Q1');
    await page.getByRole('button', { name: '生成各单位填报表' }).click();
    await page.getByRole('button', { name: '取消' }).waitFor({ timeout: 10_000 });
    await page.getByTestId('returns-result').waitFor({ timeout: 45_000 });
    const count = Number(/已生成 (\d+) 份/.exec((await page.getByTestId('returns-result').textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(20);
    // The pane counts 责任单位 as distribute does: one form per unit.
    expect(loadText).toContain(`${count} 个责任单位`);
    await page.getByRole('region', { name: '三、生成各单位填报表' }).screenshot({ path: join(SCREENSHOTS, 'taskpane-returns.png') });
    const zip = await JSZip.loadAsync(await bytesOf(await clickDownload(page, /下载 各单位填报表-2023年第一季度\.zip/)));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(count);

    // 四、汇总回收表: two filled returns back, one of them twice, and a damaged file
    const files = await Promise.all(names.slice(0, 2).map(async (name, i) => ({ name, mimeType: 'application/octet-stream', buffer: await filled(await zip.files[name].async('uint8array'), STATUSES[i]) })));
    await page.getByTestId('return-files').setInputFiles([...files, { ...files[0], name: `副本-${files[0].name}` }, { name: '情况说明.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not really') }]);
    await page.getByRole('button', { name: '汇总回收表' }).click();
    const report = page.getByTestId('consolidation-report');
    await report.waitFor({ timeout: 30_000 });
    const reportText = await report.textContent();
    expect(reportText).toContain(`未报送（${count - 2} 个单位）`);
    expect(reportText).toContain('重复报送（1 个单位）');
    expect(reportText).toContain(taskpaneMessages.consolidate.rejectedFiles(1));
    expect(reportText).not.toContain(taskpaneMessages.consolidate.rejectedRows(0).replace(/（.*/, ''));
    await page.getByRole('region', { name: '四、汇总回收表' }).screenshot({ path: join(SCREENSHOTS, 'taskpane-consolidate.png') });
    const merged = await readWorkbook(await bytesOf(await clickDownload(page, /下载 督办总表-.*汇总\.xlsx/)));
    expect(merged.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining([SHEETS.progress, SHEETS.returnStatus]));
    const accepted = Number(/采用 (\d+) 行进展/.exec(reportText ?? '')?.[1]);
    expect(accepted).toBeGreaterThan(0);
    expect(readMaster(merged).progress).toHaveLength(accepted);

    // 六、进展统计 follows the merged master and the chosen 报送期次: the summary counts the reported statuses.
    await page.getByText('统计期次：2023年第一季度').waitFor({ timeout: 20_000 });
    // At 320 px the whole statistics table is readable without scrolling sideways: its last column, 黄灯, is on screen.
    await page.setViewportSize({ width: 320, height: 1000 });
    const summary = page.getByRole('region', { name: taskpaneMessages.summary.heading });
    const lastOnScreen = async () => {
      const last = summary.getByRole('columnheader', { name: taskpaneMessages.summary.columns.黄灯 });
      await last.scrollIntoViewIfNeeded();
      const box = await last.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    };
    await lastOnScreen();
    await summary.screenshot({ path: join(SCREENSHOTS, 'taskpane-summary.png') });
    // 按领导 has a column more (责任单位次, 已报送单位次 beside the task counts): it fits too.
    await summary.getByRole('tab', { name: taskpaneMessages.summary.byLeader }).click();
    await lastOnScreen();
    await summary.getByRole('tab', { name: taskpaneMessages.summary.byUnit }).click();

    // 七、三色预警 follows the merged master too: today's lights by the master's 预警规则.
    const alerts = page.getByTestId('alerts');
    await alerts.waitFor({ timeout: 20_000 });
    expect(await alerts.textContent()).toMatch(/红灯 \d+ 项，黄灯 \d+ 项/);
    await page.getByRole('region', { name: alertMessages.pane.heading }).screenshot({ path: join(SCREENSHOTS, 'taskpane-alerts.png') });

    // 八、督查通报: the Word writer is fetched only now, from our own origin.
    expect(scripts.some((url) => /\/docx\.[0-9a-f]+\.js$/.test(url))).toBe(false);
    const briefRegion = page.getByRole('region', { name: briefMessages.pane.heading });
    await briefRegion.getByLabel('报送期次').selectOption('2023Q1');
    await page.getByRole('button', { name: briefMessages.pane.button }).click();
    await page.getByTestId('brief').waitFor({ timeout: 30_000 });
    expect(scripts.some((url) => /\/docx\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(await briefRegion.locator('textarea').inputValue()).toContain(briefMessages.headings.red);
    const docx = await JSZip.loadAsync(await bytesOf(await clickDownload(page, /下载 督查通报-2023年第一季度\.docx/)));
    expect(await docx.file('word/document.xml')!.async('string')).toContain(briefMessages.headings.overall);
    await briefRegion.screenshot({ path: join(SCREENSHOTS, 'taskpane-brief.png') });

    expect(pageErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 120_000);

  test('shows 进展统计 as a chart readable at 320 px, its code fetched only when the summary first shows', async () => {
    const { context, page, scripts, pageErrors } = await openPane(320);
    const chartChunk = (url: string) => /\/chart\.[0-9a-f]+\.js$/.test(url);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('独立模式（浏览器）').waitFor({ timeout: 15_000 });
    expect(scripts.some(chartChunk)).toBe(false);

    await page.getByLabel('内置清单').selectOption({ label: '天津市2023年重点工作' });
    await page.getByRole('button', { name: '加载到工作簿' }).click();
    const summary = page.getByRole('region', { name: taskpaneMessages.summary.heading });
    const words = taskpaneMessages.summary;
    for (const [tab, what, title] of [[words.byUnit, words.unit, words.unit], [words.byLeader, words.leader, words.leader]] as const) {
      await summary.getByRole('tab', { name: tab }).click();
      const chart = summary.getByRole('img', { name: new RegExp(`^各${what}进展状态图`) });
      await chart.waitFor({ timeout: 20_000 });
      // Its label gives a screen reader the numbers: one entry per row of the table below, and each status's total.
      const rows = await summary.getByRole('table', { name: title }).locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      const label = (await chart.getAttribute('aria-label')) ?? '';
      expect(label).toContain(`共 ${rows} 个${what}`);
      for (const status of [...STATUSES, '未报送']) expect(label).toMatch(new RegExp(`${status} \\d+ 项`));
      // Inside the pane, and its Chinese labels drawn at a readable size.
      const box = (await chart.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      const firstName = (await summary.getByRole('table', { name: title }).locator('tbody tr td').first().textContent()) ?? '';
      const name = chart.locator('text').filter({ hasText: firstName.slice(0, 6) }).first();
      expect((await name.boundingBox())!.height).toBeGreaterThanOrEqual(10);
      expect(await chart.locator('text').filter({ hasText: '序时推进' }).count()).toBe(1);
    }
    expect(scripts.filter(chartChunk)).toHaveLength(1);
    await summary.getByRole('tab', { name: words.byUnit }).click();
    await summary.screenshot({ path: join(SCREENSHOTS, 'taskpane-summary-chart.png') });
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);

  test('shows 红灯/黄灯 over the periods of an opened master as a line chart at 320 px, from the summary charts’ chunk', async () => {
    // Two quarters: task 1 (due 5-15) goes red in the second, task 2 (due 7-05) is within the week at its end.
    const list = aList().task(1, { units: ['市商务局'], due: '2023-05-15' }).task(2, { units: ['市发展改革委'], due: '2023-07-05' }).task(3, { units: ['市财政局'], due: '2023-12-31' }).build();
    const directory = aDirectory(['市商务局', '市发展改革委', '市财政局']);
    const progress = ['2023Q1', '2023Q2'].flatMap((period) => [anEntry('市商务局', 1, '序时推进', period), anEntry('市发展改革委', 2, '序时推进', period), anEntry('市财政局', 3, '已完成', period)]);
    const buffer = await renderWorkbook(buildMasterSpec({ list, directory, progress, generatedAt: '2023-08-15T00:00:00Z' }));
    const expected = summarize({ list, directory, progress, today: new Date().toISOString().slice(0, 10) }).lightsByPeriod;
    expect(expected.map((row) => [row.period, row.红灯, row.黄灯])).toEqual([['2023Q1', 0, 0], ['2023Q2', 1, 1]]);

    const { context, page, scripts, pageErrors } = await openPane(320);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('独立模式（浏览器）').waitFor({ timeout: 15_000 });
    await page.getByLabel('或打开已有的督办总表（.xlsx）').setInputFiles({ name: '督办总表-两期.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(buffer) });
    const region = page.getByRole('region', { name: alertMessages.pane.heading });
    const chart = region.getByRole('img', { name: /^各期次红灯、黄灯变化图/ });
    await chart.waitFor({ timeout: 20_000 });
    // The label gives a screen reader every period's counts, as summarize counts them.
    expect(await chart.getAttribute('aria-label')).toBe(alertMessages.pane.trend.label(expected));
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // Both lines drawn through a point per period, the periods named without their shared year.
    expect(await chart.locator('polyline').count()).toBe(2);
    expect(await chart.locator('circle').count()).toBe(2 + 2 * expected.length);
    for (const label of ['第一季度', '第二季度']) expect((await chart.locator('text').filter({ hasText: label }).first().boundingBox())!.height).toBeGreaterThanOrEqual(9);
    const chartChunk = (url: string) => /\/chart\.[0-9a-f]+\.js$/.test(url);
    expect(scripts.filter(chartChunk)).toHaveLength(1);
    await region.screenshot({ path: join(SCREENSHOTS, 'taskpane-alerts-trend.png') });
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);

  test('on a list without leaders, 按领导 explains itself instead of showing an empty table', async () => {
    const { context, page } = await openPane(320);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('独立模式（浏览器）').waitFor({ timeout: 15_000 });
    await page.getByLabel('内置清单').selectOption({ label: taskpaneMessages.load.lists['tianjin-2023-business-environment'] });
    await page.getByRole('button', { name: '加载到工作簿' }).click();
    const loaded = (await page.getByTestId('load-result').textContent({ timeout: 20_000 })) ?? '';
    // Nine vague groups wait for a unit and are said so, not counted as 责任单位.
    expect(loaded).toContain('9 个统称待明确责任单位');
    await page.getByTestId('summary').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('summary-pending').textContent()).toContain('31 项任务');
    await page.getByRole('tab', { name: taskpaneMessages.summary.byLeader }).click();
    expect(await page.getByTestId('summary-no-leaders').textContent()).toBe(taskpaneMessages.summary.noLeaders);
    await context.close();
  }, 60_000);

  test('loads a pasted notice and another office\'s sheet with its own headers, naming the row it could not read', async () => {
    const { context, page, pageErrors } = await openPane(420, true);
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('独立模式（浏览器）').waitFor({ timeout: 15_000 });
    const say = taskpaneMessages.importList;
    const loadResult = page.getByTestId('load-result');

    // The attachment heading of the 2023 key-work notice and its table down to task 5, as pasted from Word.
    const lines = readFileSync(join(root, 'seeds', 'sources', '000_966d7ba61376989e.txt'), 'utf8').split('\n');
    const notice = lines.slice(lines.indexOf('2023年市政府重点工作责任分解表'), lines.indexOf('\t6')).join('\n');
    await page.getByLabel(say.pasteLabel).fill(notice);
    await page.getByRole('button', { name: say.pasteButton }).click();
    await loadResult.waitFor({ timeout: 20_000 });
    expect(await loadResult.textContent()).toMatch(/^已加载「2023年市政府重点工作责任分解表」：5 项任务/);
    expect(await page.getByTestId('import-report').textContent()).toContain(say.allRead);
    await page.getByText(taskpaneMessages.load.current('2023年市政府重点工作责任分解表', 5)).waitFor({ timeout: 10_000 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('滨海新区');
    sheet.addRows([
      ['滨海新区2024年重点工作任务分解表'],
      ['序号', '主要任务', '完成时间', '牵头领导', '主责单位', '协办单位'],
      [1, '新建改造口袋公园20个。', '2024年6月底前', '张三', '区城市管理委', '区财政局、区规划资源局'],
      [2, '推进老旧小区改造。', '2024年底前完成', '李四', '区住房建设委', null],
      ['（三）', '', '2024年底前', '', '', ''],
      [3, '完善社区养老服务设施。', '2024年9月底前', '王五', '区民政局', '区卫生健康委'],
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.getByLabel(say.fileLabel).setInputFiles({ name: 'binhai-2024.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByText('已加载「滨海新区2024年重点工作任务分解表」：3 项任务').waitFor({ timeout: 20_000 });
    const mappings = await page.getByTestId('import-mappings').textContent();
    expect(mappings).toContain(say.mapping('B', '主要任务', gridFieldLabels.content));
    expect(mappings).toContain(say.mapping('E', '主责单位', gridFieldLabels.leadUnits));
    expect(mappings).toContain(say.mapping('F', '协办单位', gridFieldLabels.supportUnits));
    expect(await page.getByTestId('import-problems').textContent()).toContain(say.rowProblem(5, 'A5', gridImportMessages.badSeq('（三）')));
    const master = readMaster(await readWorkbook(await bytesOf(await clickDownload(page, /下载 督办总表-滨海新区.*\.xlsx/))));
    expect(master.list.tasks.map((task) => task.seq)).toEqual([1, 2, 3]);

    // Another government's notice, published as numbered paragraphs with field lines (test/fixtures/real-lists).
    await page.getByLabel(say.pasteLabel).fill(readFileSync(join(root, 'test', 'fixtures', 'real-lists', 'lishan-2023', 'source.txt'), 'utf8'));
    await page.getByRole('button', { name: say.pasteButton }).click();
    await page.getByText(/已加载「立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知」：6 项任务/).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-directory').textContent()).toContain(say.directoryFromList);
    expect(await page.getByTestId('import-tasks').textContent()).toContain(say.taskLine(1, '努力实现地区生产总值增长6.2%左右。', '', '区发改局', ''));

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);
});

test('the browser test runs in CI', () => {
  // Skipping is acceptable on a developer machine without Chromium, never in CI.
  if (process.env.CI === 'true') expect(haveChromium).toBe(true);
});
