/**
 * Writes a 通报 (src/domain/brief) as a Word document with the `docx` library: A4, the title in
 * 小标宋-style bold, headings in 黑体, body in 仿宋 三号 with first-line indent, tables with borders.
 * Fonts fall back to what the machine has (LibreOffice and WPS substitute CJK fonts by name).
 * The task pane loads this module on first use only (it carries the docx library).
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import type { Brief, BriefBlock } from '../domain/brief/index.js';

const FONTS = { title: '方正小标宋简体', heading: '黑体', body: '仿宋_GB2312', table: '宋体' } as const;
/** Half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt. */
const SIZES = { title: 44, body: 32, table: 24 } as const;

function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font }, size, ...extra });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function table(block: Extract<BriefBlock, { kind: 'table' }>): Table {
  const cell = (text: string | number, width: number, header: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: header || typeof text === 'number' ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(String(text), header ? FONTS.heading : FONTS.table, SIZES.table)] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({ tableHeader: true, children: block.headers.map((header, i) => cell(header, block.widths[i] ?? 10, true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((value, i) => cell(value, block.widths[i] ?? 10, false)) })),
    ],
  });
}

function blockParts(block: BriefBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ spacing: { before: 120 }, indent: { firstLine: 640 }, children: [run(block.text, FONTS.heading, SIZES.body)] })];
    case 'paragraph':
      return [new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' }, children: [run(block.text, FONTS.body, SIZES.body)] })];
    case 'table':
      return [table(block), new Paragraph({ children: [] })];
  }
}

/** The .docx bytes of a 通报. */
export async function renderBriefDocx(brief: Brief): Promise<Uint8Array> {
  const document = new Document({
    creator: '督办助手',
    title: brief.title,
    styles: { default: { document: { run: { font: { ascii: FONTS.body, eastAsia: FONTS.body, hAnsi: FONTS.body }, size: SIZES.body } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(brief.title, FONTS.title, SIZES.title, { bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(brief.mark, FONTS.body, SIZES.body)] }),
          ...brief.blocks.flatMap(blockParts),
          new Paragraph({ children: [] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(brief.signature, FONTS.body, SIZES.body)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(brief.date, FONTS.body, SIZES.body)] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
