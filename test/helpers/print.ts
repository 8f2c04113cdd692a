/**
 * Printing workbooks the way an office does without Excel: LibreOffice to PDF, then the PDF's text
 * (poppler's pdftotext). Text that runs past the page edge or under the next row is not in the PDF
 * text, so "every cell's text is in the PDF" means nothing was cut.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cellText, type WorkbookGrid } from '../../src/domain/grid.js';

export function hasProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/**
 * Converts the workbooks to PDF under `outDir` (one LibreOffice run per source folder, each into a
 * folder of its own, since returns/ and returned/ hold files of the same names), returning the PDF
 * paths in the order of `files`.
 */
export function printToPdf(files: readonly string[], outDir: string, profileDir: string): string[] {
  const folders = [...new Set(files.map((file) => dirname(file)))];
  for (const [index, folder] of folders.entries()) {
    const target = join(outDir, String(index));
    mkdirSync(target, { recursive: true });
    const group = files.filter((file) => dirname(file) === folder);
    execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', target, ...group], {
      stdio: 'ignore',
      timeout: 600_000,
    });
  }
  return files.map((file) => join(outDir, String(folders.indexOf(dirname(file))), basename(file).replace(/\.xlsx$/i, '.pdf')));
}

/** The PDF's text in content order, without any whitespace (wrapped lines join up again). */
export function pdfText(pdf: string): string {
  return squeezed(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
}

export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every text cell of the visible sheets, squeezed, with where it is. */
export function textCells(grid: WorkbookGrid): { where: string; text: string }[] {
  const cells: { where: string; text: string }[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.state !== 'visible') continue;
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== 'string') return;
        const text = squeezed(cellText(value));
        if (text) cells.push({ where: `${sheet.name}!R${r + 1}C${c + 1}`, text });
      }),
    );
  }
  return cells;
}

/** The cells whose text is not whole in the PDF text. */
export function missingCells(grid: WorkbookGrid, pdf: string): { where: string; text: string }[] {
  const text = pdfText(pdf);
  return textCells(grid).filter((cell) => !text.includes(cell.text));
}

