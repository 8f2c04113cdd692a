/**
 * File-level builders for the returns tests: a master workbook, filling a distributed return with
 * ExcelJS the way a unit does in Excel, and the wrong kinds of files units send back.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../../src/domain/model/index.js';
import { HEADERS, SHEETS } from '../../src/domain/vocabulary.js';
import { writeWorkbook } from '../../src/xlsx/index.js';
import type { RowFill } from './returns.js';

export async function writeMaster(path: string, list: TaskList, directory: UnitDirectory, progress: ProgressEntry[] = []): Promise<void> {
  await writeWorkbook(buildMasterSpec({ list, directory, progress, generatedAt: '2023-03-01T08:00:00+08:00' }), path);
}

const column = (header: string) => (HEADERS.returnForm as readonly string[]).indexOf(header) + 1;

/**
 * Opens a distributed return with ExcelJS, fills the rows `fill` answers for (by 序号), and saves it
 * with a new modified time (by default now, after the form was generated), as a unit's Excel would.
 */
export async function fillReturnFile(path: string, fill: (seq: number) => RowFill | null, modified = new Date()): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(SHEETS.returnForm)!;
  let filled = 0;
  sheet.eachRow((row, number) => {
    const seq = row.getCell(column('序号')).value;
    if (number <= 5 || typeof seq !== 'number') return;
    const values = fill(seq);
    if (!values) return;
    filled += 1;
    if (values.status !== undefined) row.getCell(column('进展状态')).value = values.status;
    if (values.text !== undefined) row.getCell(column('进展情况')).value = values.text;
    if (values.problems !== undefined) row.getCell(column('存在问题')).value = values.problems;
    if (values.nextSteps !== undefined) row.getCell(column('下步打算')).value = values.nextSteps;
  });
  workbook.modified = modified;
  await workbook.xlsx.writeFile(path);
  return filled;
}

/** An OLE2 compound file carrying one stream name: "Workbook" reads as .xls, "EncryptionInfo" as a password-protected .xlsx. */
export function fakeOle2(streamName: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = Buffer.from(streamName, 'utf16le');
  return Buffer.concat([header, Buffer.alloc(504), name, Buffer.alloc(1024 - name.length)]);
}

export async function fakeDocx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A CSV file of a return's header and rows, as "save as CSV UTF-8" writes it. */
export function writeCsv(path: string, rows: (string | number)[][]): void {
  const quote = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  writeFileSync(path, `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`);
}
