/**
 * 五、审核与销号 in a real browser (Chromium, standalone mode, a 320 px pane): the office opens a
 * master with a period's progress, sends one row back with a reason (the 退回通知 is shown to copy),
 * passes another, closes the task whose lead unit reported 已完成, and each new master downloaded
 * holds the decision. Nothing in the section is wider than the pane.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildMasterSpec, readMaster } from '../../src/domain/master/index.js';
import { reviewMessages, reviewPaneMessages as say } from '../../src/domain/messages/index.js';
import { readWorkbook, renderWorkbookBytes } from '../../src/xlsx/index.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';
import { projectRoot } from '../helpers/cli.js';
import { serveFolder } from '../helpers/serve.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(projectRoot, 'out', 'addin-review-e2e');
// With UPDATE_SCREENSHOTS=1 the screenshot replaces the one README shows (docs/screenshots/).
const SCREENSHOTS = join(projectRoot, ...(process.env.UPDATE_SCREENSHOTS === '1' ? ['docs', 'screenshots'] : ['out', 'screenshots']));
const haveChromium = existsSync(CHROMIUM);

const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'], content: '稳外贸稳外资，推动外贸保稳提质，全年进出口总额保持稳定。' })
  .task(2, { units: ['市商务局'] })
  .task(3, { units: ['市财政局'] })
  .build();
const directory = aDirectory(['市商务局', '市财政局']);
const progress = [
  anEntry('市商务局', 1, '已完成', '2023Q1', '外贸保稳提质各项措施已全部落实，一季度进出口总额同比增长3.2%。'),
  anEntry('市财政局', 1, '序时推进', '2023Q1'),
  anEntry('市商务局', 2, '序时推进', '2023Q1', '正在推进。'),
  anEntry('市财政局', 3, '滞后', '2023Q1', '受资金拨付影响，进度滞后。'),
];

/** The right edge of every element of the section stays within the pane's width. */
async function widest(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((root) => Math.max(...[root, ...Array.from(root.querySelectorAll('*'))].map((element) => element.getBoundingClientRect().right)));
}

async function downloaded(page: Page, name: RegExp): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).last().click()]);
  return new Uint8Array(readFileSync(await download.path()));
}

(haveChromium ? describe : describe.skip)('审核与销号 in the pane (Chromium, standalone)', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(projectRoot, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
      cwd: projectRoot,
      env: { ...process.env, DUBAN_ADDIN_OUT: OUT, DUBAN_ADDIN_MINIFY: '0' },
      stdio: 'pipe',
    });
    ({ server, origin } = await serveFolder(OUT));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  test('sends a row back with its reason, passes another, and closes the finished task, at 320 px', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 320, height: 1200 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('独立模式（浏览器）').waitFor({ timeout: 15_000 });

    const bytes = await renderWorkbookBytes(buildMasterSpec({ list, directory, progress, generatedAt: '2023-04-05T09:00:00+08:00' }));
    await page.getByLabel('或打开已有的督办总表（.xlsx）').setInputFiles({ name: '督办总表.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    const section = page.getByRole('region', { name: say.heading });
    const review = page.getByTestId('review');
    await review.waitFor({ timeout: 20_000 });
    // The 报送期次 all sections share starts on the period under way; the office reviews the one consolidated.
    await section.getByLabel('报送期次').selectOption('2023Q1');
    await review.getByText(say.counts(4, 4, 0)).waitFor({ timeout: 20_000 });
    expect(await review.textContent()).toContain(say.counts(4, 4, 0));
    expect(await review.getByTestId('review-row').count()).toBe(4);
    expect(await widest(page, 'review')).toBeLessThanOrEqual(320);

    // 退回修改 asks for a reason before it can be saved.
    const row = review.getByTestId('review-row').filter({ hasText: say.row('市财政局', 3, '滞后') });
    await row.getByRole('button', { name: say.sendBack }).click();
    const save = section.getByRole('button', { name: say.save(1) });
    expect(await save.isDisabled()).toBe(true);
    await row.getByRole('textbox').fill('未说明滞后原因和补救措施');
    await review.getByTestId('review-row').filter({ hasText: say.row('市商务局', 1, '已完成') }).getByRole('button', { name: say.pass }).click();
    await section.getByRole('button', { name: say.save(2) }).click();

    const saved = page.getByTestId('review-saved');
    await saved.waitFor({ timeout: 30_000 });
    const notice = reviewMessages.sendBack('市财政局', 3, '2023年第一季度', '未说明滞后原因和补救措施');
    expect(await page.getByTestId('review-notices').inputValue()).toBe(notice);
    expect(await review.textContent()).toContain(say.counts(4, 2, 1));
    expect(await widest(page, 'review-saved')).toBeLessThanOrEqual(320);
    await section.screenshot({ path: join(SCREENSHOTS, 'taskpane-review.png') });
    const reviewed = readMaster(await readWorkbook(await downloaded(page, /审核销号\.xlsx/)));
    expect(reviewed.reviews).toEqual([
      { period: '2023Q1', unit: '市商务局', seq: 1, result: '通过', reason: '' },
      { period: '2023Q1', unit: '市财政局', seq: 3, result: '退回修改', reason: '未说明滞后原因和补救措施' },
    ]);

    // 办结销号: only task 1 (its lead 市商务局 reported 已完成) is offered.
    const candidates = page.getByTestId('close-candidate');
    expect(await candidates.count()).toBe(1);
    expect(await candidates.first().textContent()).toContain(say.candidate(1, '市商务局', '2023年第一季度'));
    expect(await widest(page, 'close-candidates')).toBeLessThanOrEqual(320);
    await candidates.first().getByLabel(say.dateLabel).fill('2023-04-10');
    await candidates.first().getByLabel(say.basisLabel).fill('经核实已完成');
    await candidates.first().getByRole('button', { name: say.closeButton }).click();
    await page.getByTestId('close-result').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('close-result').textContent()).toContain(say.closedDone(1, '2023-04-10'));
    await page.getByText(say.noCandidates).waitFor({ timeout: 10_000 });
    const closed = readMaster(await readWorkbook(await downloaded(page, /审核销号\.xlsx/)));
    expect(closed.closures).toEqual([{ seq: 1, date: '2023-04-10', basis: '经核实已完成' }]);
    expect(closed.reviews).toHaveLength(2);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
