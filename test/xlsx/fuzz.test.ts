/**
 * Property tests over XML and zip structure, with tight limits so they run in seconds: the scanner
 * reads any well-formed tree exactly and calls every cut-short one damaged; on any input at all it
 * either finishes or says damaged, in time linear in the input; sheets with cells anywhere in Excel
 * and merges of any size read as the simple model says or stop at a limit; and no mangling of a
 * return's zip structure makes readReturnBytes throw or run long.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { columnLetter, type CellValue } from '../../src/domain/grid.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution } from '../../src/domain/returns/index.js';
import { readReturnBytes } from '../../src/xlsx/index.js';
import { LimitExceeded, ReadBudget, RETURN_LIMITS, type ReadLimits } from '../../src/xlsx/limits.js';
import { parseSheetXml } from '../../src/xlsx/read-sheet.js';
import { XmlDamaged, XmlScanner } from '../../src/xlsx/xml.js';
import { aReturn } from '../helpers/returns.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

// ---- well-formed trees ----

type Node = { kind: 'element'; name: string; attrs: [string, string][]; children: Node[] } | { kind: 'text'; text: string } | { kind: 'cdata'; text: string } | { kind: 'comment'; text: string };

const localName = fc.constantFrom('c', 'v', 'row', 'si', 't', 'is', 'r', 'rPh', 'sheetData', 'x', 'mergeCell');
const qualifiedName = fc.tuple(fc.constantFrom('', '', '', 'x:', 'main:'), localName).map(([prefix, local]) => prefix + local);
const text = fc.string({ unit: fc.constantFrom('a', '中', ' ', '>', '&', '<', '"', "'", ']', '_', 'x', '0', '\n'), maxLength: 12 });
const attr = fc.tuple(fc.constantFrom('r', 's', 't', 'ref', 'x:id', 'name'), text);

const tree = fc.letrec<{ node: Node; element: Node }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'tree' },
    { weight: 2, arbitrary: text.map((t): Node => ({ kind: 'text', text: t })) },
    { weight: 3, arbitrary: tie('element') },
    { weight: 1, arbitrary: text.filter((t) => !t.includes(']]>')).map((t): Node => ({ kind: 'cdata', text: t })) },
    { weight: 1, arbitrary: text.filter((t) => !t.includes('--') && !t.endsWith('-')).map((t): Node => ({ kind: 'comment', text: t })) },
  ),
  element: fc.record({
    kind: fc.constant('element' as const),
    name: qualifiedName,
    attrs: fc.uniqueArray(attr, { maxLength: 3, selector: ([name]) => name }),
    children: fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'tree' }),
  }),
})).element;

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (t: string, quote: string) => escapeText(t).replace(new RegExp(quote, 'g'), quote === '"' ? '&quot;' : '&apos;');

function serialize(node: Node, quote = '"'): string {
  switch (node.kind) {
    case 'text':
      return escapeText(node.text);
    case 'cdata':
      return `<![CDATA[${node.text}]]>`;
    case 'comment':
      return `<!--${node.text}-->`;
    case 'element': {
      const attrs = node.attrs.map(([name, value]) => ` ${name}=${quote}${escapeAttr(value, quote)}${quote}`).join('');
      const inner = node.children.map((child) => serialize(child, quote)).join('');
      return inner === '' && node.attrs.length % 2 === 0 ? `<${node.name}${attrs}/>` : `<${node.name}${attrs}>${inner}</${node.name}>`;
    }
  }
}

/** The events a reader should see: open/empty with attributes, close, and each element's text. */
function expectedEvents(node: Node, out: string[] = []): string[] {
  if (node.kind !== 'element') return out;
  const local = node.name.slice(node.name.indexOf(':') + 1);
  const attrs = node.attrs.map(([name, value]) => `${name.slice(name.indexOf(':') + 1)}=${value}`).join(',');
  out.push(`<${local} ${attrs}`);
  for (const child of node.children) expectedEvents(child, out);
  out.push(`</${local}`);
  return out;
}

function scannedEvents(xml: string): string[] {
  const scanner = new XmlScanner(xml);
  const out: string[] = [];
  while (scanner.next()) {
    if (scanner.kind === 'cdata') continue;
    if (scanner.kind === 'close') {
      out.push(`</${scanner.local}`);
      continue;
    }
    const attrs = Object.entries(scanner.attributes()).map(([name, value]) => `${name}=${value}`).join(',');
    out.push(`<${scanner.local} ${attrs}`);
    if (scanner.kind === 'empty') out.push(`</${scanner.local}`);
  }
  return out;
}

/** The text content of an element: its text and CDATA, and that of its children, comments left out. */
function textOf(node: Node): string {
  if (node.kind === 'text' || node.kind === 'cdata') return node.text;
  if (node.kind === 'comment') return '';
  return node.children.map(textOf).join('');
}

describe('the XML scanner on well-formed trees', () => {
  test('reads every element, attribute and text as written (either quote, a declaration and comments around)', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('"', "'"), (root, quote) => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- before -->${serialize(root, quote)}\n<!-- after -->\n`;
        expect(scannedEvents(xml)).toEqual(expectedEvents(root));
        const scanner = new XmlScanner(xml);
        scanner.next();
        expect(scanner.elementText()).toBe(textOf(root));
        expect(scanner.next()).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('every cut before the last tag ends is damaged, never a shorter document', () => {
    fc.assert(
      fc.property(tree, fc.double({ min: 0, max: 1, noNaN: true }), (root, fraction) => {
        const xml = serialize(root);
        const cut = xml.slice(0, Math.floor((xml.length - 1) * fraction));
        expect(() => {
          const scanner = new XmlScanner(cut);
          while (scanner.next());
        }).toThrow(XmlDamaged);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- anything at all ----

const FRAGMENTS = ['<', '>', '/', '"', "'", '=', ' ', 'c', 'row', '<c ', '<c>', '</c>', '<si>', '</si>', '<v>', '</v>', '<t>', '<![CDATA[', ']]>', '<!--', '-->', '<?', '?>', '<!DOCTYPE x [', ']', '&amp;', '&#x4e2d;', '&', '中', 'r="A1"', '<x:c ', '</x:c>'];
const garbage = (maxTokens: number) => fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: maxTokens }).map((tokens) => tokens.join(''));

function scanAll(xml: string): 'ok' | 'damaged' {
  try {
    const scanner = new XmlScanner(xml);
    while (scanner.next());
    return 'ok';
  } catch (error) {
    if (error instanceof XmlDamaged) return 'damaged';
    throw error;
  }
}

const CONTEXT = { strings: ['a', 'b'], dateKinds: [], date1904: false };
const TIGHT: ReadLimits = { partBytes: 2 ** 20, totalBytes: 2 ** 21, cells: 2_000, gridCells: 5_000, mergeCells: 500, timeMs: 5_000 };

describe('the XML scanner and sheet parser on any input', () => {
  test('either finish or say damaged (sheets: or stop at a limit), never anything else', () => {
    fc.assert(
      fc.property(garbage(400), fc.boolean(), (body, wrapped) => {
        const xml = wrapped ? `<worksheet><sheetData>${body}</sheetData></worksheet>` : body;
        scanAll(xml);
        try {
          parseSheetXml(xml, CONTEXT, { budget: new ReadBudget(TIGHT), sheet: 'S' });
        } catch (error) {
          if (!(error instanceof XmlDamaged) && !(error instanceof LimitExceeded)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });

  test('in time linear in the input: 200 KB of any fragments repeated in 20 ms a kilobyte at most', () => {
    fc.assert(
      fc.property(garbage(30).filter((piece) => piece.length > 0), (piece) => {
        const xml = `<worksheet><sheetData><row>${piece.repeat(Math.ceil(200_000 / piece.length))}`;
        const start = performance.now();
        scanAll(xml);
        try {
          parseSheetXml(xml, CONTEXT, { budget: new ReadBudget({ ...RETURN_LIMITS, timeMs: Infinity }), sheet: 'S' });
        } catch (error) {
          if (!(error instanceof XmlDamaged) && !(error instanceof LimitExceeded)) throw error;
        }
        // Quadratic behaviour on 200 KB takes seconds; linear takes a few milliseconds.
        expect(performance.now() - start).toBeLessThan(400);
      }),
      { numRuns: 40 },
    );
  });
});

// ---- sheets with cells anywhere ----

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const position = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10 })),
  fc.tuple(fc.integer({ min: 1, max: MAX_ROW + 5 }), fc.integer({ min: 1, max: MAX_COL + 5 })),
);

describe('sheets with cells and merges anywhere', () => {
  test('read as the model says, or stop at the limit the model says, before building anything large', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(position, fc.integer({ min: 0, max: 99 })), { maxLength: 12, selector: ([[r, c]]) => `${r}:${c}` }),
        fc.array(fc.tuple(position, position), { maxLength: 3 }),
        (cells, merges) => {
          const byRow = new Map<number, [number, number][]>();
          for (const [[r, c], value] of cells) byRow.set(r, [...(byRow.get(r) ?? []), [c, value]]);
          const rowsXml = [...byRow.keys()].sort((a, b) => a - b).map((r) => {
            const cs = byRow.get(r)!.sort((a, b) => a[0] - b[0]).map(([c, value]) => `<c r="${columnLetter(c - 1)}${r}"><v>${value}</v></c>`).join('');
            return `<row r="${r}">${cs}</row>`;
          }).join('');
          const mergeRefs = merges.map(([[r1, c1], [r2, c2]]) => `${columnLetter(Math.min(c1, c2) - 1)}${Math.min(r1, r2)}:${columnLetter(Math.max(c1, c2) - 1)}${Math.max(r1, r2)}`);
          const xml = `<worksheet><sheetData>${rowsXml}</sheetData>${mergeRefs.length ? `<mergeCells>${mergeRefs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : ''}</worksheet>`;

          // The model: Excel's bounds first, then the span with merges filled, against the limits.
          const outside = cells.some(([[r, c]]) => r > MAX_ROW || c > MAX_COL);
          const mergeOutside = merges.some((pair) => pair.some(([r, c]) => r > MAX_ROW || c > MAX_COL));
          const height = cells.length ? Math.max(...cells.map(([[r]]) => r)) : 0;
          const width = cells.length ? Math.max(...cells.map(([[, c]]) => c)) : 0;
          const rowWidth = new Map<number, number>();
          for (const [[r, c]] of cells) rowWidth.set(r, Math.max(rowWidth.get(r) ?? 0, c));
          const value = new Map(cells.map(([[r, c], v]) => [`${r}:${c}`, v]));
          let span = height + [...rowWidth.values()].reduce((a, b) => a + b, 0);
          let mergeTooLarge = false;
          for (const [[r1, c1], [r2, c2]] of merges) {
            const [top, left, bottom, right] = [Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)];
            if (!value.has(`${top}:${left}`)) continue;
            const area = Math.max(0, Math.min(bottom, height) - top + 1) * Math.max(0, Math.min(right, width) - left + 1);
            if (area > TIGHT.mergeCells) mergeTooLarge = true;
            span += area;
          }

          let result: { rows: CellValue[][] } | undefined;
          let problem = '';
          try {
            result = parseSheetXml(xml, CONTEXT, { budget: new ReadBudget(TIGHT), sheet: 'S' });
          } catch (error) {
            if (!(error instanceof LimitExceeded)) throw error;
            problem = error.problem;
          }
          if (outside) return expect(problem).toContain('超出 Excel 的最大范围');
          if (mergeOutside) return expect(problem).toContain('合并区域异常');
          if (mergeTooLarge) return expect(problem).toContain('合并区域异常');
          if (span > TIGHT.gridCells) return expect(problem).toContain('表格范围异常');
          expect(problem).toBe('');
          const rows = result!.rows;
          expect(rows).toHaveLength(height);
          for (const [[r, c], v] of cells) {
            const inMerge = merges.some(([[r1, c1], [r2, c2]]) => r >= Math.min(r1, r2) && r <= Math.max(r1, r2) && c >= Math.min(c1, c2) && c <= Math.max(c1, c2));
            if (!inMerge) expect(rows[r - 1][c - 1]).toBe(v);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ---- zip structure ----

describe("a return's zip structure mangled any way", () => {
  let good: Buffer;
  /** Where each central directory record of the good file starts. */
  const records: number[] = [];
  beforeAll(async () => {
    const plan = planDistribution({ list: aTestList(), directory: aTestDirectory(), period: parsePeriod('2023Q1')! });
    good = await aReturn(plan).forUnit('市商务局').withStatus('已完成').toXlsx();
    const eocd = good.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = good.readUInt32LE(eocd + 16);
    for (let i = 0; i < good.readUInt16LE(eocd + 10); i += 1) {
      records.push(at);
      at += 46 + good.readUInt16LE(at + 28) + good.readUInt16LE(at + 30) + good.readUInt16LE(at + 32);
    }
  });

  async function readsSafely(bytes: Uint8Array): Promise<void> {
    const start = performance.now();
    const file = await readReturnBytes(bytes, { file: 'f.xlsx', name: 'f.xlsx' }, { limits: { ...RETURN_LIMITS, partBytes: 2 ** 22, totalBytes: 2 ** 23, timeMs: 2_000 } });
    const workbook = file.kind === 'xlsx';
    expect(file.grid !== undefined || typeof file.problem === 'string' || !workbook).toBe(true);
    expect(file.problem ?? '').not.toMatch(/意外错误/);
    expect(performance.now() - start).toBeLessThan(2_500);
  }

  test('bytes overwritten anywhere, or the file cut anywhere: a reason or a grid, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (writes, cut) => {
          const bytes = Buffer.from(good);
          for (const [at, byte] of writes) bytes[at % bytes.length] = byte;
          await readsSafely(cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('central directory fields set to anything (sizes, offsets, methods, name lengths, counts)', async () => {
    // Offsets of the fields within a central directory record: method, compressed and uncompressed size, name/extra/comment length, local header offset.
    const FIELDS: [number, 2 | 4][] = [[10, 2], [20, 4], [24, 4], [28, 2], [30, 2], [32, 2], [42, 4]];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FIELDS), fc.constantFrom(0, 1, 8, 12, 0xffff, 0xffffffff, 2 ** 31), fc.nat()), { minLength: 1, maxLength: 4 }),
        async (edits) => {
          const bytes = Buffer.from(good);
          for (const [entryPick, [offset, width], special, random] of edits) {
            const at = records[entryPick % records.length];
            const value = (random % 2 === 0 ? special : random) % (width === 2 ? 0x10000 : 0x100000000);
            if (width === 2) bytes.writeUInt16LE(value, at + offset);
            else bytes.writeUInt32LE(value, at + offset);
          }
          await readsSafely(bytes);
        },
      ),
      { numRuns: 150 },
    );
  });
});
