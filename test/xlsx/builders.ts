/** Small builders of workbook files for the reader tests. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A workbook built with ExcelJS, the way another program would write it. */
export async function anExcelJsWorkbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface RawSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The inner XML of <sheetData> (or the whole worksheet when `whole` is set). */
  data: string;
  /** XML placed after </sheetData> (mergeCells …). */
  after?: string;
  /** Element prefix for the worksheet (e.g. "x" gives <x:worksheet>, <x:c> must be in `data`). */
  prefix?: string;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  sharedStrings?: string[];
  /** Raw <si> items, used instead of `sharedStrings` when given. */
  sharedStringItems?: string[];
  /** numFmts and cellXfs as [numFmtId, formatCode?] per cell format index. */
  cellFormats?: [number, string?][];
  date1904?: boolean;
  core?: { created?: string; modified?: string };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A minimal .xlsx package written by hand, for the shapes ExcelJS never writes. */
export async function aRawWorkbook(spec: RawWorkbook): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
  const rels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`, `<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>`);
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  const sheets = spec.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets.join('')}</sheets></workbook>`);
  spec.sheets.forEach((s, i) => {
    const p = s.prefix ? `${s.prefix}:` : '';
    const ns = s.prefix ? `xmlns:${s.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${s.data}</${p}sheetData>${s.after ?? ''}</${p}worksheet>`);
  });
  const items = spec.sharedStringItems ?? (spec.sharedStrings ?? []).map((text) => `<si><t xml:space="preserve">${esc(text)}</t></si>`);
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${MAIN}" count="${items.length}">${items.join('')}</sst>`);
  const formats = spec.cellFormats ?? [[0]];
  const custom = formats.filter(([, code]) => code !== undefined);
  zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="${custom.length}">${custom.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code!)}"/>`).join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${formats.length}">${formats.map(([id]) => `<xf numFmtId="${id}" fontId="0"><alignment wrapText="1"/></xf>`).join('')}</cellXfs></styleSheet>`);
  const core = spec.core ?? {};
  zip.file('docProps/core.xml', `<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${core.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : ''}${core.modified ? `<dcterms:modified xsi:type="dcterms:W3CDTF">${core.modified}</dcterms:modified>` : ''}</cp:coreProperties>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** An OLE2 compound file header followed by directory entry names (UTF-16LE), as .xls/.et/encrypted files have. */
export function anOle2File(...streamNames: string[]): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(512);
  const names = streamNames.map((name) => {
    const entry = Buffer.alloc(128);
    entry.write(name, 0, 'utf16le');
    return entry;
  });
  return Buffer.concat([header, body, ...names]);
}
