/**
 * A Word document (.docx) as the plain text the notice importer reads: paragraphs one a line, and
 * every table written the way Word saves a table as text — each cell on a line of its own starting
 * with a tab, the cell's further paragraphs on the lines after it without one, a blank line after
 * each row. A cell merged down from the one above (vMerge) is written empty, as a blank category
 * cell the importer carries down. Only word/document.xml is read, through the zip layer.
 */
import { DubanError } from '../domain/errors.js';
import { fileKindMessages, xlsxMessages } from '../domain/messages/index.js';
import { megabytes, WORKBOOK_LIMITS } from './limits.js';
import { decodeText, decodeXmlBytes } from './xml.js';
import { InflateLimitExceeded, ZipReader } from './zip.js';

// A tag's attributes stop at the next '<' too: an unclosed tag costs one scan to it, not one to the end.
const TOKEN = /<(\/?)w:([A-Za-z]+)\b([^<>]*?)(\/?)>|([^<]+)/g;

interface Cell {
  paragraphs: string[];
}

/** The document's text, tables included, in reading order. */
export function documentXmlText(xml: string): string {
  const out: string[] = [];
  const tables: { rows: Cell[][] }[] = [];
  let paragraph: string | null = null;
  let inText = false;
  const cell = (): Cell | undefined => tables.at(-1)?.rows.at(-1)?.at(-1);
  for (const match of xml.matchAll(TOKEN)) {
    const [, closing, name, attributes, empty, text] = match;
    if (text !== undefined) {
      if (inText && paragraph !== null) paragraph += decodeText(text);
      continue;
    }
    if (name === 't') inText = !closing && !empty;
    else if (name === 'tab' && paragraph !== null && !closing) paragraph += '\t';
    else if ((name === 'br' || name === 'cr') && paragraph !== null && !closing) paragraph += '\n';
    else if (name === 'p') {
      if (!closing && !empty) paragraph = '';
      else if (closing && paragraph !== null) {
        const target = cell();
        if (target) target.paragraphs.push(paragraph);
        else if (tables.length === 0) out.push(paragraph);
        paragraph = null;
      } else if (empty) {
        const target = cell();
        if (target) target.paragraphs.push('');
        else if (tables.length === 0) out.push('');
      }
    } else if (name === 'tbl') {
      if (!closing) tables.push({ rows: [] });
      else {
        const table = tables.pop();
        if (table && tables.length === 0) out.push(...tableLines(table.rows), '');
        // A table inside a cell is flattened into that cell's paragraphs.
        else if (table) cell()?.paragraphs.push(...table.rows.flatMap((row) => row.flatMap((c) => c.paragraphs)));
      }
    } else if (name === 'tr' && !closing) tables.at(-1)?.rows.push([]);
    else if (name === 'tc' && !closing) tables.at(-1)?.rows.at(-1)?.push({ paragraphs: [] });
    else if (name === 'vMerge' && !closing && !/w:val="restart"/.test(attributes)) {
      const target = cell();
      if (target) target.paragraphs = [];
    }
  }
  return out.join('\n');
}

/** One row: every cell on its own tab-led line, a blank line after the row. */
function tableLines(rows: readonly Cell[][]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    for (const { paragraphs } of row) {
      const parts = paragraphs.flatMap((text) => text.split('\n')).map((text) => text.replace(/\t/g, ' ').trim());
      const [first = '', ...rest] = parts;
      lines.push(`\t${first}`, ...rest.filter((text) => text !== ''));
    }
    lines.push('');
  }
  return lines;
}

/** The text of a .docx; a DubanError naming the file when it is not a readable Word document. */
export async function readDocxText(bytes: Uint8Array, file: string): Promise<string> {
  const zip = await ZipReader.open(bytes);
  if (!zip || !zip.names().includes('word/document.xml')) throw new DubanError(fileKindMessages.corrupt, { file });
  try {
    return documentXmlText(decodeXmlBytes(await zip.read('word/document.xml', WORKBOOK_LIMITS.partBytes)));
  } catch (error) {
    if (error instanceof InflateLimitExceeded) throw new DubanError(xlsxMessages.inflatedTooLarge(megabytes(WORKBOOK_LIMITS.partBytes)), { file });
    throw new DubanError(fileKindMessages.corrupt, { file });
  }
}
