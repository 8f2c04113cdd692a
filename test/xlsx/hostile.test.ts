/**
 * Hostile returns read in this thread (readReturnBytes, as the task pane and the CLI's fallback read
 * them): each is refused with its own reason, quickly, without building what it asks for. The CLI
 * run with worker threads is test/integration/hostile-returns.test.ts.
 */
import { performance } from 'node:perf_hooks';
import { fileKindMessages, xlsxMessages } from '../../src/domain/messages/index.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution } from '../../src/domain/returns/index.js';
import { readReturnBytes, readWorkbook } from '../../src/xlsx/index.js';
import { readDocxText } from '../../src/xlsx/docx.js';
import { RETURN_LIMITS } from '../../src/xlsx/limits.js';
import { deflateBomb, HOSTILE_REASONS, hostileReturn, zipBytes, zipParts, type HostileKind } from '../helpers/hostile.js';
import { aReturn } from '../helpers/returns.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

const plan = planDistribution({ list: aTestList(), directory: aTestDirectory(), period: parsePeriod('2023Q1')! });
const FORM = '进展填报';
let good: Buffer;

beforeAll(async () => {
  good = await aReturn(plan).forUnit('市政务服务办').withStatus('已完成').toXlsx();
});

async function read(bytes: Uint8Array, name = '市政务服务办-2023Q1.xlsx') {
  const start = performance.now();
  const file = await readReturnBytes(bytes, { file: name, name });
  return { file, ms: performance.now() - start };
}

describe('each hostile return is refused with its own reason, in well under a second', () => {
  test('the good return it is made from reads', async () => {
    const { file } = await read(good);
    expect(file.problem).toBeUndefined();
    expect(file.grid?.sheets[0].name).toBe(FORM);
  });

  test.each(Object.keys(HOSTILE_REASONS) as HostileKind[])('%s', async (kind) => {
    const bytes = await hostileReturn(good, kind);
    const { file, ms } = await read(bytes);
    expect(file.grid).toBeUndefined();
    const reason = HOSTILE_REASONS[kind];
    if (typeof reason === 'string') expect(file.problem).toBe(reason);
    else expect(file.problem).toMatch(reason);
    expect(file.problem).not.toBe(fileKindMessages.corrupt);
    // The bombs inflate up to their limit (32 / 64 MiB) and many-cells parses its 500,000 cells;
    // everything else stops at once.
    expect(ms).toBeLessThan(kind.includes('bomb') || kind === 'many-cells' ? 15_000 : 5_000);
  });
});

/**
 * Linear reading takes ~0.1 s here; the old rescanning took 17–61 s at these sizes. The bound sits far
 * from both, so a busy CI machine (two cores, other jobs) does not make the test flaky.
 */
const LINEAR_BOUND_MS = 3_000;

describe('quadratic inputs take linear time', () => {
  // Before: the tag regexes rescanned to the end from every tag (40k/80k/160k tags: 2.3/4.4/17 s).
  test.each([
    ['unclosed <si>', 'unclosed-si' as const, xlsxMessages.partDamaged],
    ['"<c " without ">"', 'unclosed-c' as const, xlsxMessages.sheetDamaged(FORM)],
  ])('160,000 × %s is called damaged in linear time (seconds, not the minutes the rescanning took)', async (_, kind, reason) => {
    const bytes = await hostileReturn(good, kind, { tags: 160_000 });
    const { file, ms } = await read(bytes);
    expect(file.problem).toBe(reason);
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });

  test('"<c " without ">" at the very end of the sheet, and a long attribute name, are damaged at once', async () => {
    const parts = await zipParts(good);
    const sheet = parts.find((part) => part.name === 'xl/worksheets/sheet1.xml')!;
    for (const tail of ['<c '.repeat(40_000), `<c ${'a'.repeat(200_000)}`, `<c r="${'A'.repeat(200_000)}`]) {
      const xml = new TextDecoder().decode(sheet.data).replace(/<\/sheetData>[\s\S]*$/, tail);
      const bytes = zipBytes(parts.map((part) => (part === sheet ? { name: part.name, data: xml } : part)));
      const { file, ms } = await read(bytes);
      expect(file.problem).toBe(xlsxMessages.sheetDamaged(FORM));
      expect(ms).toBeLessThan(LINEAR_BOUND_MS);
    }
  });
});

describe('a sheet cut short is damaged, not a return with rows left blank', () => {
  test('cut at any point before its last tag', async () => {
    const parts = await zipParts(good);
    const sheet = parts.find((part) => part.name === 'xl/worksheets/sheet1.xml')!;
    const xml = new TextDecoder().decode(sheet.data);
    const end = xml.lastIndexOf('>');
    for (const fraction of [0.1, 0.33, 0.5, 0.66, 0.9, 0.99]) {
      const cut = xml.slice(0, Math.floor(end * fraction));
      const bytes = zipBytes(parts.map((part) => (part === sheet ? { name: part.name, data: cut } : part)));
      const { file } = await read(bytes);
      expect(file.problem).toBe(xlsxMessages.sheetDamaged(FORM));
    }
    // Whole, it reads.
    const whole = zipBytes(parts.map((part) => (part === sheet ? { name: part.name, data: xml.slice(0, end + 1) } : part)));
    expect((await read(whole)).file.problem).toBeUndefined();
  });
});

describe('limits of the general reader (the master, lists to import or validate)', () => {
  test('a merge over the whole sheet is refused, a whole-row title merge is filled within the used area', async () => {
    const huge = await hostileReturn(good, 'huge-merge');
    await expect(readWorkbook(huge, { file: 'x.xlsx' })).rejects.toMatchObject({ problem: expect.stringContaining('合并区域异常') });
    const corner = await hostileReturn(good, 'corner-cell');
    // Excel's last cell is within Excel: the general reader reads it (a million rows), a return may not.
    const grid = await readWorkbook(corner, { file: 'x.xlsx', sheets: (name) => name === FORM });
    expect(grid.sheets[0].rows).toHaveLength(1_048_576);
    expect(grid.sheets[0].rows[1_048_575][16_383]).toBe('x');
  });

  test('a 2 GiB bomb is refused at the general limit, not crashed on', async () => {
    const bomb = await hostileReturn(good, 'bomb');
    await expect(readWorkbook(bomb, { file: 'x.xlsx' })).rejects.toMatchObject({ problem: xlsxMessages.inflatedTooLarge(128) });
  });

  test('tight limits given by the caller apply', async () => {
    const limits = { ...RETURN_LIMITS, partBytes: 2 ** 20 };
    const file = await readReturnBytes(await hostileReturn(good, 'bomb', { bombBytes: 2 ** 24 }), { file: 'a.xlsx', name: 'a.xlsx' }, { limits });
    expect(file.problem).toBe(xlsxMessages.inflatedTooLarge(1));
    const timed = await readReturnBytes(await hostileReturn(good, 'many-cells', { cells: 400_000 }), { file: 'a.xlsx', name: 'a.xlsx' }, { limits: { ...RETURN_LIMITS, timeMs: 1 } });
    expect(timed.problem).toBe(xlsxMessages.readTimeout(0));
  });

  test('a file larger than any return is not read', async () => {
    const file = await readReturnBytes(good, { file: 'a.xlsx', name: 'a.xlsx' }, { maxFileBytes: 1_000 });
    expect(file.problem).toBe(xlsxMessages.fileTooLarge(0));
  });

  test('a CSV with more fields than a return could hold is refused before it is parsed', async () => {
    const csv = Buffer.from(`序号,进展状态\n${','.repeat(1_100_000)}\n`);
    const file = await readReturnBytes(csv, { file: 'a.csv', name: 'a.csv' });
    expect(file.kind).toBe('csv');
    expect(file.problem).toBe(xlsxMessages.tooManyCells('', RETURN_LIMITS.gridCells));
  });
});

describe('a Word notice to import is read within the same bounds', () => {
  const docx = (document: Parameters<typeof zipBytes>[0][number]) => zipBytes([{ name: '[Content_Types].xml', data: '<Types/>' }, document]);
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

  test('a document.xml that inflates to 2 GiB is refused as too large', async () => {
    const bomb = deflateBomb(`<w:document ${W}><w:body>`, ' '.repeat(2 ** 20), 2048, '</w:body></w:document>');
    await expect(readDocxText(docx({ name: 'word/document.xml', ...bomb }), '通知.docx')).rejects.toMatchObject({ problem: xlsxMessages.inflatedTooLarge(128) });
  });

  test('160,000 unclosed <w:t tags take linear time', async () => {
    const start = performance.now();
    await readDocxText(docx({ name: 'word/document.xml', data: `<w:document ${W}><w:body><w:p>${'<w:t '.repeat(160_000)}` }), '通知.docx');
    expect(performance.now() - start).toBeLessThan(LINEAR_BOUND_MS);
  });
});
