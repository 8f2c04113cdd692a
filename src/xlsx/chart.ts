/**
 * Charts in the .xlsx, written as DrawingML parts because ExcelJS has no chart API: per sheet with
 * charts a drawing (xl/drawings/drawingN.xml) anchoring each chart (xl/charts/chartM.xml) to its
 * cells, the sheet's <drawing r:id>, the relationships and the content types. A chart refers to its
 * sheet's cells (so Excel and LibreOffice redraw it from the formulas) and caches their values for
 * viewers that do not. Element order follows the schema (CT_ChartSpace, CT_BarChart, CT_CatAx …):
 * Excel refuses a part whose elements are out of order; test/xlsx/chart.test.ts checks it.
 */
import { parseAddress } from '../domain/grid.js';
import { cellParts, isFormula, type ChartSpec, type SheetSpec, type SpecValue } from '../domain/spec/index.js';
import { escapeXml, quoteSheet } from './render-xml.js';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The sheet's relationship to its drawing: any id unique in the part; ExcelJS numbers its own rId1…. */
const DRAWING_REL_ID = 'rIdDubanDrawing';
/** The CJK font named in the charts (LibreOffice and WPS substitute one they have). */
const EA_FONT = '宋体';

/** The cells of a range, row by row ("A4:A6" → A4, A5, A6). */
function rangeCells(range: string): { row0: number; col0: number }[] {
  const [from, to] = range.replace(/\$/g, '').split(':');
  const start = parseAddress(from);
  const end = parseAddress(to ?? from);
  const cells: { row0: number; col0: number }[] = [];
  for (let row0 = start.row0; row0 <= end.row0; row0 += 1) {
    for (let col0 = start.col0; col0 <= end.col0; col0 += 1) cells.push({ row0, col0 });
  }
  return cells;
}

function absolute(range: string): string {
  return range
    .replace(/\$/g, '')
    .split(':')
    .map((part) => part.toUpperCase().replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

/** What a cell shows, as the chart's cache holds it. */
function shown(value: SpecValue): string | number | null {
  if (isFormula(value)) return value.result === undefined || typeof value.result === 'boolean' ? null : value.result;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return null;
}

function cached(sheet: SheetSpec, range: string): (string | number | null)[] {
  return rangeCells(range).map(({ row0, col0 }) => shown(cellParts(sheet.rows[row0]?.cells[col0]).value));
}

function strRef(sheet: SheetSpec, range: string): string {
  const values = cached(sheet, range);
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strRef><c:f>${escapeXml(`${quoteSheet(sheet.name)}!${absolute(range)}`)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(sheet: SheetSpec, range: string): string {
  const values = cached(sheet, range);
  const points = values.map((v, i) => (typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numRef><c:f>${escapeXml(`${quoteSheet(sheet.name)}!${absolute(range)}`)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

const solid = (color: string) => `<a:solidFill><a:srgbClr val="${color.replace(/^#/, '').toUpperCase()}"/></a:solidFill>`;

/** Text properties: size in points, bold, rotation in degrees (labels under many columns stand upright). */
function textProperties(size: number, options: { bold?: boolean; rotate?: number } = {}): string {
  const rot = options.rotate ? ` rot="${options.rotate * 60000}" vert="horz"` : '';
  const bold = options.bold ? ' b="1"' : ' b="0"';
  return `<c:txPr><a:bodyPr${rot}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}"${bold}><a:ea typeface="${EA_FONT}"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="zh-CN" sz="1400" b="1"><a:ea typeface="${EA_FONT}"/></a:rPr><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

/** Columns at most this many stay readable with level labels; more stand upright. */
const LEVEL_LABELS_UP_TO = 12;

/** A series' name, colour, categories and values; `kind` decides the elements between (CT_BarSer / CT_LineSer). */
function seriesXml(chart: ChartSpec, sheet: SheetSpec): string {
  return chart.series
    .map((s, i) => {
      const head = `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(sheet, s.nameCell)}</c:tx>`;
      const data = `<c:cat>${strRef(sheet, chart.categories)}</c:cat><c:val>${numRef(sheet, s.values)}</c:val>`;
      if (chart.kind === 'stackedColumn') return `${head}<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>`;
      // A line with round markers and the count above each point: a few periods read as numbers too.
      const labels =
        `<c:dLbls>${textProperties(9, { bold: true })}<c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
        '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
      return (
        `${head}<c:spPr><a:ln w="28575" cap="rnd">${solid(s.color)}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(s.color)}<a:ln w="9525">${solid(s.color)}</a:ln></c:spPr></c:marker>` +
        `${labels}${data}<c:smooth val="0"/></c:ser>`
      );
    })
    .join('');
}

const AXIS_IDS = '<c:axId val="500000001"/><c:axId val="500000002"/>';

function plotXml(chart: ChartSpec, sheet: SheetSpec): string {
  const series = seriesXml(chart, sheet);
  if (chart.kind === 'line') return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${AXIS_IDS}</c:lineChart>`;
  return `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="50"/><c:overlap val="100"/>${AXIS_IDS}</c:barChart>`;
}

/** The chart part of one ChartSpec over `sheet`'s cells. */
export function chartXml(chart: ChartSpec, sheet: SheetSpec): string {
  const categories = rangeCells(chart.categories).length;
  const gridLine = '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    titleXml(chart.title) +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    plotXml(chart, sheet) +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties(categories > LEVEL_LABELS_UP_TO ? 8 : 10, { rotate: categories > LEVEL_LABELS_UP_TO ? -90 : 0 }) +
    '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>' +
    '<c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    gridLine +
    '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties(9) +
    '<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="t"/><c:overlay val="0"/>${textProperties(10)}</c:legend>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

/** The drawing part of a sheet: one anchored frame per chart, related as rId1…. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((chart, i) => {
    const [from, to] = chart.place.replace(/\$/g, '').split(':');
    const start = parseAddress(from);
    const end = parseAddress(to ?? from);
    const marker = (tag: string, col0: number, row0: number) =>
      `<xdr:${tag}><xdr:col>${col0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row0}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker('from', start.col0, start.row0) +
      // The chart covers its last cell: it ends where the next column and row begin.
      marker('to', end.col0 + 1, end.row0 + 1) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join('')}</xdr:wsDr>`;
}

function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((rel) => `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${escapeXml(rel.target)}"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** Worksheet elements after <rowBreaks> and after <drawing>, in CT_Worksheet order. */
const AFTER_ROW_BREAKS = ['<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing'];
const AFTER_DRAWING = ['<legacyDrawing', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/** Inserts `xml` before the first of `before` found after the sheet's data and conditional formats. */
function insertBefore(sheetXml: string, xml: string, before: readonly string[]): string {
  const from = Math.max(sheetXml.lastIndexOf('</conditionalFormatting>'), sheetXml.indexOf('</sheetData>'), sheetXml.lastIndexOf('</dataValidations>'));
  const positions = before.map((tag) => sheetXml.indexOf(tag, from)).filter((index) => index >= 0);
  const at = Math.min(...positions);
  return sheetXml.slice(0, at) + xml + sheetXml.slice(at);
}

/** Manual page breaks above the given rows (1-based): <brk id> is the 0-based row the page starts at. */
export function insertRowBreaks(sheetXml: string, rows: readonly number[]): string {
  if (rows.length === 0) return sheetXml;
  if (sheetXml.includes('<rowBreaks')) throw new Error('worksheet already has row breaks');
  const breaks = rows.map((row) => `<brk id="${row - 1}" max="16383" man="1"/>`).join('');
  return insertBefore(sheetXml, `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`, [...AFTER_ROW_BREAKS, ...AFTER_DRAWING]);
}

/** Edits to the parts ExcelJS writes, and the parts to add, for the charts of a workbook. */
export interface ChartParts {
  /** Part name → edit of the part ExcelJS wrote. */
  edits: Map<string, (text: string) => string>;
  /** Part name → its text given what ExcelJS wrote there (null when it wrote nothing). */
  upserts: Map<string, (text: string | null) => string>;
}

/**
 * The parts for the charts of `sheets`, where sheet i is xl/worksheets/sheet{ids[i]}.xml. Drawings
 * and charts are numbered from 1 over the sheets that have charts.
 */
export function chartParts(sheets: readonly SheetSpec[], ids: readonly number[]): ChartParts {
  const edits = new Map<string, (text: string) => string>();
  const upserts = new Map<string, (text: string | null) => string>();
  const overrides: string[] = [];
  let drawing = 0;
  let chartNo = 0;
  sheets.forEach((sheet, i) => {
    const charts = sheet.charts ?? [];
    if (charts.length === 0) return;
    drawing += 1;
    const drawingName = `xl/drawings/drawing${drawing}.xml`;
    const chartRels = charts.map((chart, k) => {
      chartNo += 1;
      const name = `xl/charts/chart${chartNo}.xml`;
      const text = chartXml(chart, sheet);
      upserts.set(name, (existing) => {
        if (existing !== null) throw new Error(`ExcelJS already wrote ${name}`);
        return text;
      });
      overrides.push(`<Override PartName="/${name}" ContentType="${CT_CHART}"/>`);
      return { id: `rId${k + 1}`, type: REL_CHART, target: `../charts/chart${chartNo}.xml` };
    });
    const drawingText = drawingXml(charts);
    upserts.set(drawingName, (existing) => {
      if (existing !== null) throw new Error(`ExcelJS already wrote ${drawingName}`);
      return drawingText;
    });
    upserts.set(`xl/drawings/_rels/drawing${drawing}.xml.rels`, () => relationshipsXml(chartRels));
    overrides.push(`<Override PartName="/${drawingName}" ContentType="${CT_DRAWING}"/>`);
    const rel = { id: DRAWING_REL_ID, type: REL_DRAWING, target: `../drawings/drawing${drawing}.xml` };
    upserts.set(`xl/worksheets/_rels/sheet${ids[i]}.xml.rels`, (existing) =>
      existing === null ? relationshipsXml([rel]) : existing.replace('</Relationships>', `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"/></Relationships>`),
    );
    edits.set(`xl/worksheets/sheet${ids[i]}.xml`, (xml) => {
      if (xml.includes('<drawing ')) throw new Error(`ExcelJS already drew on sheet ${sheet.name}`);
      return insertBefore(xml, `<drawing r:id="${DRAWING_REL_ID}"/>`, AFTER_DRAWING);
    });
  });
  if (overrides.length > 0) edits.set('[Content_Types].xml', (xml) => xml.replace('</Types>', `${overrides.join('')}</Types>`));
  return { edits, upserts };
}
