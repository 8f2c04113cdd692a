/**
 * The summary charts as an office without Excel prints them: the printed summary workbook goes
 * through LibreOffice to PDF, and the page after each table must carry its chart — the chart's
 * title, legend and the unit / leader names under the columns — and nothing of the table's body.
 * The same workbook with its charts taken out has no such page, so the test fails without them.
 * Without soffice or pdftotext the test says so loudly, and fails on CI.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSummarySpec } from '../../src/domain/master/index.js';
import { masterMessages } from '../../src/domain/messages/index.js';
import type { WorkbookSpec } from '../../src/domain/spec/index.js';
import { STATUS_CHART_SERIES, summarize } from '../../src/domain/summarize/index.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { hasProgram, printToPdf, squeezed } from '../helpers/print.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';

const missing = ['soffice', 'pdftotext'].filter((name) => !hasProgram(name));

const list = aList()
  .task(1, { leaders: ['张三', '李四'], units: ['市商务局', '+市发展改革委'], due: '2023-06-30' })
  .task(2, { leaders: ['李四'], units: ['市发展改革委'] })
  .task(3, { leaders: ['王五'], units: ['市财政局', '+市商务局'], due: null })
  .build();
const directory = aDirectory(['市商务局', '市发展改革委', '市财政局'], []);
// Two periods, so 按单位 also charts the lights over them (Q1 on 3-31: nothing lit; Q2 on 6-30: task 2,
// reported 滞后, lights red; task 1, due that day, is reported 已完成).
const progress = [
  anEntry('市商务局', 1, '序时推进', '2023Q1'), anEntry('市发展改革委', 2, '序时推进', '2023Q1'),
  anEntry('市商务局', 1, '已完成', '2023Q2'), anEntry('市发展改革委', 2, '滞后', '2023Q2'), anEntry('市财政局', 3, '序时推进', '2023Q2'),
];
const summary = summarize({ list, directory, progress, period: '2023Q2', today: '2023-08-15' });
const spec = buildSummarySpec(summary, list, { period: '2023Q2', today: '2023-08-15', generatedAt: '2023-08-15T00:00:00Z' });

/** The squeezed text of each page of a PDF. */
function pages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').map(squeezed).filter((page) => page.length > 0);
}

describe('the summary charts, printed to PDF', () => {
  if (missing.length > 0) {
    (process.env.CI === 'true' ? it : it.skip)('needs soffice and pdftotext on CI', () => {
      throw new Error(`${missing.join(', ')} not installed: the chart print test cannot run on CI`);
    });
    return;
  }

  let tmp: { path: string; cleanup: () => void };
  let charted: string[];
  let plain: string[];
  beforeAll(async () => {
    tmp = temporaryDirectory('duban-chart-pdf-');
    const withoutCharts: WorkbookSpec = { ...spec, sheets: spec.sheets.map(({ charts: _charts, ...sheet }) => sheet) };
    const files = [join(tmp.path, 'charted.xlsx'), join(tmp.path, 'plain.xlsx')];
    writeFileSync(files[0], await renderWorkbook(spec));
    writeFileSync(files[1], await renderWorkbook(withoutCharts));
    const [a, b] = printToPdf(files, join(tmp.path, 'pdf'), join(tmp.path, 'lo-profile'));
    charted = pages(a);
    plain = pages(b);
  }, 300_000);
  afterAll(() => tmp?.cleanup());

  it.each([
    [masterMessages.byUnitChartTitle, () => summary.byUnit.map((row) => row.unit)],
    [masterMessages.byLeaderChartTitle, () => summary.byLeader.map((row) => row.leader)],
  ])('prints %s on a page of its own after its table, with its legend and every name', (title, names) => {
    // LibreOffice also writes the text of a chart into the page above it, clipped out of sight: the
    // chart's own page is the one with its title and without the table's totals row.
    const at = charted.findIndex((page) => page.includes(title) && !page.includes(masterMessages.totalRow));
    expect(at).toBeGreaterThan(0);
    const page = charted[at];
    for (const series of STATUS_CHART_SERIES) expect(page).toContain(series.key);
    for (const name of names()) expect(page).toContain(name);
    // The table is on the page before, whole.
    expect(charted[at - 1]).toContain(masterMessages.totalRow);
    expect(plain.some((other) => other.includes(title))).toBe(false);
  });

  it('prints the lights over the periods as a line chart on the page of their table', () => {
    const say = masterMessages.trend;
    expect(summary.lightsByPeriod.length).toBe(2);
    const at = charted.findIndex((page) => page.includes(say.chartTitle) && page.includes(say.title));
    expect(at).toBeGreaterThan(0);
    const page = charted[at];
    for (const row of summary.lightsByPeriod) expect(page.split(row.label).length - 1).toBeGreaterThanOrEqual(2);
    for (const light of ['红灯', '黄灯']) expect(page.split(light).length - 1).toBeGreaterThanOrEqual(2);
    // Without the chart the table is printed alone: its labels once, and no chart title.
    const alone = plain.find((other) => other.includes(say.title))!;
    expect(alone).not.toContain(say.chartTitle);
    expect(alone.split(summary.lightsByPeriod[0].label).length - 1).toBe(1);
  });

  it('adds exactly the status chart pages to the printout (the lights’ chart shares its table’s page)', () => {
    expect(charted.length).toBe(plain.length + 2);
  });
});
