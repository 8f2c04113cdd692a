/**
 * Every workbook `duban demo` writes, printed the way an office without Excel prints it: LibreOffice
 * to PDF, then the PDF's text (pdftotext). Text that runs past the right edge of the page is not
 * in the PDF's text, so every text cell of every visible sheet must appear there whole.
 * Without soffice or pdftotext the test says so loudly, and fails on CI.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { hasProgram, missingCells, printToPdf } from '../helpers/print.js';

const missing = ['soffice', 'pdftotext'].filter((name) => !hasProgram(name));

if (missing.length > 0) {
  const banner = `\n*** ${missing.join('、')} 未安装：打印测试已跳过 — SKIPPED the PDF print test (apt-get install libreoffice-calc poppler-utils fonts-noto-cjk) ***\n`;
  process.stderr.write(banner);
  console.warn(banner);
}

/** Every .xlsx under a directory, in name order. */
function workbooksUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? workbooksUnder(join(dir, entry.name)) : entry.name.endsWith('.xlsx') ? [join(dir, entry.name)] : []))
    .sort();
}

describe('every workbook of the demo, printed to PDF', () => {
  if (missing.length > 0) {
    (process.env.CI === 'true' ? it : it.skip)('needs soffice and pdftotext on CI', () => {
      throw new Error(`${missing.join(', ')} not installed: the PDF print test cannot run on CI`);
    });
    return;
  }

  let tmp: { path: string; cleanup: () => void };
  beforeAll(() => {
    tmp = temporaryDirectory('duban-print-');
    const demo = runCli(['demo', '--out-dir', join(tmp.path, 'demo')]);
    expect(demo.status).toBe(0);
  }, 300_000);
  afterAll(() => tmp?.cleanup());

  it.each(['tianjin-2023-key-work', 'tianjin-2023-business-environment'])(
    'prints every cell of every workbook of %s whole (master, returns, 填报说明, merged, 报送情况, summaries)',
    async (listId) => {
      const files = workbooksUnder(join(tmp.path, 'demo', listId));
      // master, merged, summary, and one return per unit sent and received.
      expect(files.length).toBeGreaterThan(100);
      const pdfs = printToPdf(files, join(tmp.path, 'pdf', listId), join(tmp.path, 'lo-profile'));
      const cut: string[] = [];
      for (const [i, file] of files.entries()) {
        for (const cell of missingCells(await readWorkbook(file), pdfs[i])) cut.push(`${file.slice(tmp.path.length)} ${cell.where}: ${cell.text}`);
      }
      expect(cut).toEqual([]);
    },
    900_000,
  );
});
