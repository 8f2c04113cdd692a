/**
 * The deterministic zip the writer produces (src/xlsx/repack.ts): read back by an independent reader
 * (jszip, CRC-32 checked), entries in the order added, every entry dated alike, the same parts giving
 * the same bytes, and the browser's packer (fflate, JavaScript CRC-32) writing the same entries.
 */
import JSZip from 'jszip';
import { crc32 } from 'node:zlib';
import { crc32Js, DeterministicZip, webPacker, type Packer } from '../../src/xlsx/repack.js';

const DATE = new Date('2023-04-12T09:00:00Z');
const BYTES = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);

async function zipped(packer?: Packer): Promise<Uint8Array> {
  const zip = new DeterministicZip(DATE, new Map([['xl/workbook.xml', (xml: string) => xml.replace('</workbook>', '<definedNames/></workbook>')]]), new Map(), packer);
  zip.append('<?xml version="1.0"?><Types/>', { name: '[Content_Types].xml' });
  zip.append('<workbook>督办 汇总</workbook>', { name: 'xl/workbook.xml' });
  zip.append(BYTES, { name: 'xl/media/image1.bin' });
  zip.append(Buffer.from('base64 的内容').toString('base64'), { name: 'xl/media/说明.txt', base64: true });
  return zip.generate();
}

async function entries(bytes: Uint8Array): Promise<[string, string, number][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files = Object.values(zip.files);
  return Promise.all(files.map(async (file) => [file.name, await file.async('base64'), file.date.getTime()] as [string, string, number]));
}

test('an independent reader finds every part, in order, with its content, CRC and date', async () => {
  const read = await entries(await zipped());
  expect(read.map(([name]) => name)).toEqual(['[Content_Types].xml', 'xl/workbook.xml', 'xl/media/image1.bin', 'xl/media/说明.txt']);
  const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
  expect(text(read[1][1])).toBe('<workbook>督办 汇总<definedNames/></workbook>');
  expect(Buffer.from(read[2][1], 'base64')).toEqual(Buffer.from(BYTES));
  expect(text(read[3][1])).toBe('base64 的内容');
  // DOS times have two-second steps; jszip reads them as local time.
  const local = new Date(DATE.getUTCFullYear(), DATE.getUTCMonth(), DATE.getUTCDate(), DATE.getUTCHours(), DATE.getUTCMinutes(), DATE.getUTCSeconds()).getTime();
  for (const [, , date] of read) expect(date).toBe(local);
});

test('the same parts give the same bytes; the browser packer writes the same entries', async () => {
  const first = await zipped();
  expect(Buffer.from(await zipped())).toEqual(Buffer.from(first));
  const web = await zipped(await webPacker());
  expect(await entries(web)).toEqual(await entries(first));
});

test('the JavaScript CRC-32 is zlib’s', () => {
  for (const data of [new Uint8Array(0), BYTES, new TextEncoder().encode('督办助手')]) expect(crc32Js(data)).toBe(crc32(data));
});

test('an edit for a part that was never added is an error, not a silently different file', async () => {
  const zip = new DeterministicZip(DATE, new Map([['xl/missing.xml', (xml: string) => xml]]));
  zip.append('<a/>', { name: 'xl/a.xml' });
  await expect(zip.generate()).rejects.toThrow('zip has no entry xl/missing.xml');
});
