/**
 * The charts the .xlsx writer draws itself (src/xlsx/chart.ts). Excel refuses a part whose elements
 * are out of schema order, so every element of the parts written is checked against the sequence
 * ECMA-376 gives for its type (the tables below are copied from the schema, not from the writer).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookSpec } from '../../src/domain/spec/index.js';
import { renderWorkbook } from '../../src/xlsx/index.js';

/** Child sequences of the schema types written; an inner array is a choice at one position. */
const FILL = ['a:noFill', 'a:solidFill', 'a:gradFill', 'a:blipFill', 'a:pattFill', 'a:grpFill'];
const RUN_PROPERTIES = ['a:ln', FILL, ['a:effectLst', 'a:effectDag'], 'a:highlight', 'a:uLnTx', 'a:uLn', 'a:uFillTx', 'a:uFill', 'a:latin', 'a:ea', 'a:cs', 'a:sym', 'a:hlinkClick', 'a:hlinkMouseOver', 'a:rtl', 'a:extLst'];
const AXIS_START = ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', ['c:crosses', 'c:crossesAt']];
const TEXT_BODY = ['a:bodyPr', 'a:lstStyle', 'a:p'];
const SEQUENCES: Record<string, (string | string[])[]> = {
  'c:chartSpace': ['c:date1904', 'c:lang', 'c:roundedCorners', 'mc:AlternateContent', 'c:style', 'c:clrMapOvr', 'c:pivotSource', 'c:protection', 'c:chart', 'c:spPr', 'c:txPr', 'c:externalData', 'c:printSettings', 'c:userShapes', 'c:extLst'],
  'c:chart': ['c:title', 'c:autoTitleDeleted', 'c:pivotFmts', 'c:view3D', 'c:floor', 'c:sideWall', 'c:backWall', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs', 'c:showDLblsOverMax', 'c:extLst'],
  'c:title': ['c:tx', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
  'c:tx': [['c:strRef', 'c:rich', 'c:v']],
  'c:rich': TEXT_BODY,
  'c:txPr': TEXT_BODY,
  'a:p': ['a:pPr', ['a:r', 'a:br', 'a:fld'], 'a:endParaRPr'],
  'a:pPr': ['a:lnSpc', 'a:spcBef', 'a:spcAft', 'a:buClrTx', 'a:buSzTx', 'a:buFontTx', 'a:buNone', 'a:tabLst', 'a:defRPr', 'a:extLst'],
  'a:r': ['a:rPr', 'a:t'],
  'a:rPr': RUN_PROPERTIES,
  'a:defRPr': RUN_PROPERTIES,
  'a:endParaRPr': RUN_PROPERTIES,
  'c:plotArea': ['c:layout', ['c:areaChart', 'c:barChart', 'c:lineChart', 'c:pieChart'], ['c:valAx', 'c:catAx', 'c:dateAx', 'c:serAx'], 'c:dTable', 'c:spPr', 'c:extLst'],
  'c:barChart': ['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:gapWidth', 'c:overlap', 'c:serLines', 'c:axId', 'c:extLst'],
  'c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:pictureOptions', 'c:dPt', 'c:dLbls', 'c:trendline', 'c:errBars', 'c:cat', 'c:val', 'c:shape', 'c:extLst'],
  // A series of a line chart is a CT_LineSer, and the lineChart's own <c:marker> a CT_Boolean.
  'c:lineChart': ['c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:dropLines', 'c:hiLowLines', 'c:upDownBars', 'c:marker', 'c:smooth', 'c:axId', 'c:extLst'],
  'c:lineChart>c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:dPt', 'c:dLbls', 'c:trendline', 'c:errBars', 'c:cat', 'c:val', 'c:smooth', 'c:extLst'],
  'c:lineChart>c:marker': [],
  'c:marker': ['c:symbol', 'c:size', 'c:spPr', 'c:extLst'],
  'c:dLbls': ['c:dLbl', 'c:delete', 'c:numFmt', 'c:spPr', 'c:txPr', 'c:dLblPos', 'c:showLegendKey', 'c:showVal', 'c:showCatName', 'c:showSerName', 'c:showPercent', 'c:showBubbleSize', 'c:separator', 'c:showLeaderLines', 'c:leaderLines', 'c:extLst'],
  'c:cat': [['c:multiLvlStrRef', 'c:numRef', 'c:numLit', 'c:strRef', 'c:strLit']],
  'c:val': [['c:numRef', 'c:numLit']],
  'c:strRef': ['c:f', 'c:strCache', 'c:extLst'],
  'c:strCache': ['c:ptCount', 'c:pt', 'c:extLst'],
  'c:numRef': ['c:f', 'c:numCache', 'c:extLst'],
  'c:numCache': ['c:formatCode', 'c:ptCount', 'c:pt', 'c:extLst'],
  'c:pt': ['c:v'],
  'c:spPr': ['a:xfrm', ['a:custGeom', 'a:prstGeom'], FILL, 'a:ln', ['a:effectLst', 'a:effectDag'], 'a:scene3d', 'a:sp3d', 'a:extLst'],
  'a:ln': [FILL, ['a:prstDash', 'a:custDash'], ['a:round', 'a:bevel', 'a:miter'], 'a:headEnd', 'a:tailEnd', 'a:extLst'],
  'a:solidFill': [['a:scrgbClr', 'a:srgbClr', 'a:hslClr', 'a:sysClr', 'a:schemeClr', 'a:prstClr']],
  'c:catAx': [...AXIS_START, 'c:auto', 'c:lblAlgn', 'c:lblOffset', 'c:tickLblSkip', 'c:tickMarkSkip', 'c:noMultiLvlLbl', 'c:extLst'],
  'c:valAx': [...AXIS_START, 'c:crossBetween', 'c:majorUnit', 'c:minorUnit', 'c:dispUnits', 'c:extLst'],
  'c:scaling': ['c:logBase', 'c:orientation', 'c:max', 'c:min', 'c:extLst'],
  'c:majorGridlines': ['c:spPr'],
  'c:legend': ['c:legendPos', 'c:legendEntry', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
  'xdr:wsDr': [['xdr:twoCellAnchor', 'xdr:oneCellAnchor', 'xdr:absoluteAnchor']],
  'xdr:twoCellAnchor': ['xdr:from', 'xdr:to', ['xdr:sp', 'xdr:grpSp', 'xdr:graphicFrame', 'xdr:cxnSp', 'xdr:pic', 'xdr:contentPart'], 'xdr:clientData'],
  'xdr:from': ['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff'],
  'xdr:to': ['xdr:col', 'xdr:colOff', 'xdr:row', 'xdr:rowOff'],
  'xdr:graphicFrame': ['xdr:nvGraphicFramePr', 'xdr:xfrm', 'a:graphic'],
  'xdr:nvGraphicFramePr': ['xdr:cNvPr', 'xdr:cNvGraphicFramePr'],
  'xdr:xfrm': ['a:off', 'a:ext'],
  'a:graphic': ['a:graphicData'],
  worksheet: [
    'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter',
    'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions',
    'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
    'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
  ],
};

interface Element {
  name: string;
  children: Element[];
}

/** The element tree of an XML part (names only; enough to check order). */
function parse(xml: string): Element {
  const root: Element = { name: '#document', children: [] };
  const stack = [root];
  for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    if (close) {
      const open = stack.pop()!;
      if (open.name !== name) throw new Error(`</${name}> closes <${open.name}>`);
      continue;
    }
    const element = { name, children: [] };
    stack.at(-1)!.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  return root.children[0];
}

/** Every element whose children break its schema sequence, with the child out of place. */
function orderProblems(element: Element, path = element.name, parent = ''): string[] {
  const problems: string[] = [];
  const sequence = SEQUENCES[`${parent}>${element.name}`] ?? SEQUENCES[element.name];
  if (sequence) {
    let last = -1;
    for (const child of element.children) {
      const at = sequence.findIndex((entry) => (Array.isArray(entry) ? entry.includes(child.name) : entry === child.name));
      if (at < 0) problems.push(`${path}: <${child.name}> is not a child of <${element.name}>`);
      else if (at < last) problems.push(`${path}: <${child.name}> comes after an element it must precede`);
      else last = at;
    }
  }
  for (const child of element.children) problems.push(...orderProblems(child, `${path}/${child.name}`, element.name));
  return problems;
}

/** A summary-like sheet with a table (so ExcelJS writes the sheet's relationships too), a data bar, validation and protection. */
function aChartedSpec(): WorkbookSpec {
  return {
    properties: { title: '汇总', creator: '督办助手', created: '2023-08-15T00:00:00Z', modified: '2023-08-15T00:00:00Z' },
    styles: {},
    sheets: [
      {
        name: "按单位's",
        columns: [{ width: 20 }, { width: 8 }, { width: 8 }],
        rows: [
          { cells: ['单位', '已完成', '滞后'] },
          { cells: ['市商务局', { formula: '1+1', result: 2 }, 1] },
          { cells: ['市财政局', 0, { formula: '2+1', result: 3 }] },
        ],
        tables: [{ name: 'Counts', ref: 'A1:C3' }],
        conditionalFormats: [{ range: 'B2:B3', rules: [{ type: 'dataBar', color: '5B9BD5' }] }],
        validations: [{ range: 'B2:B3', type: 'whole', min: '0' }],
        protection: { allowFormatColumns: true },
        print: { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printArea: 'A1:C30', pageBreaksBefore: [5] },
        charts: [
          {
            kind: 'stackedColumn',
            title: '各单位任务进展状态',
            categories: 'A2:A3',
            series: [
              { nameCell: 'B1', name: '已完成', values: 'B2:B3', color: '70AD47' },
              { nameCell: 'C1', name: '滞后', values: 'C2:C3', color: 'C00000' },
            ],
            place: 'A5:C30',
          },
        ],
      },
      { name: '空白', columns: [], rows: [{ cells: ['无图表'] }] },
    ],
  };
}

async function partsOf(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) parts[name] = await zip.files[name].async('string');
  return parts;
}

describe('charts in the .xlsx', () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    parts = await partsOf(await renderWorkbook(aChartedSpec()));
  });

  it('writes a chart part, its drawing and their relationships, and declares both content types', () => {
    expect(parts['xl/charts/chart1.xml']).toBeDefined();
    expect(parts['xl/drawings/drawing1.xml']).toContain('r:id="rId1"');
    expect(parts['xl/drawings/_rels/drawing1.xml.rels']).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"');
    // The sheet's relationships keep ExcelJS's table and gain the drawing.
    const rels = parts['xl/worksheets/_rels/sheet1.xml.rels'];
    expect(rels).toContain('/table"');
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(parts['xl/worksheets/sheet1.xml'])![1];
    expect(rels).toContain(`Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    expect(parts['[Content_Types].xml']).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(parts['[Content_Types].xml']).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    // A sheet without charts gets no drawing.
    expect(parts['xl/worksheets/sheet2.xml']).not.toContain('<drawing');
    expect(Object.keys(parts).filter((name) => name.startsWith('xl/charts/'))).toEqual(['xl/charts/chart1.xml']);
  });

  it('writes every element of the chart, the drawing and the sheet in schema order', () => {
    for (const name of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/worksheets/sheet1.xml']) {
      const root = parse(parts[name]);
      expect(SEQUENCES[root.name]).toBeDefined();
      expect(orderProblems(root)).toEqual([]);
    }
    // The checker itself bites: a swapped pair is reported.
    const swapped = parts['xl/charts/chart1.xml'].replace('<c:gapWidth val="50"/><c:overlap val="100"/>', '<c:overlap val="100"/><c:gapWidth val="50"/>');
    expect(orderProblems(parse(swapped))).toEqual(['c:chartSpace/c:chart/c:plotArea/c:barChart: <c:gapWidth> comes after an element it must precede']);
  });

  it('draws stacked columns from the sheet’s cells, with their names and values cached', () => {
    const chart = parts['xl/charts/chart1.xml'];
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    const formulas = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
    expect(formulas).toEqual([
      "'按单位''s'!$B$1", "'按单位''s'!$A$2:$A$3", "'按单位''s'!$B$2:$B$3",
      "'按单位''s'!$C$1", "'按单位''s'!$A$2:$A$3", "'按单位''s'!$C$2:$C$3",
    ]);
    expect(chart).toContain('<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>2</c:v></c:pt><c:pt idx="1"><c:v>0</c:v></c:pt></c:numCache>');
    expect(chart).toContain('<c:pt idx="1"><c:v>市财政局</c:v></c:pt>');
    expect(chart).toContain('<a:srgbClr val="C00000"/>');
    expect(chart).toContain('<a:t>各单位任务进展状态</a:t>');
    // Anchored over A5:C30: from column 0 row 4 to the start of column 3 row 30.
    expect(parts['xl/drawings/drawing1.xml']).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row>');
    expect(parts['xl/drawings/drawing1.xml']).toContain('<xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>30</xdr:row>');
  });

  it('starts a printed page above the rows the print setup names', () => {
    expect(parts['xl/worksheets/sheet1.xml']).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>');
  });

  it('gives the same bytes for the same spec, and a file ExcelJS still reads', async () => {
    const [a, b] = await Promise.all([renderWorkbook(aChartedSpec()), renderWorkbook(aChartedSpec())]);
    expect(a.equals(b)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(a as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["按单位's", '空白']);
    expect(wb.worksheets[0].getCell('C3').value).toEqual({ formula: '2+1', result: 3 });
  });
});

describe('a line chart in the .xlsx', () => {
  const lineSpec = (): WorkbookSpec => ({
    properties: { title: '趋势', creator: '督办助手', created: '2023-08-15T00:00:00Z', modified: '2023-08-15T00:00:00Z' },
    styles: {},
    sheets: [
      {
        name: '按单位',
        columns: [{ width: 20 }, { width: 8 }, { width: 8 }],
        rows: [
          { cells: ['期次', '红灯', '黄灯'] },
          { cells: ['2023年第一季度', 0, { formula: '1+1', result: 2 }] },
          { cells: ['2023年第二季度', 3, 1] },
        ],
        protection: { allowFormatColumns: true },
        charts: [
          {
            kind: 'line',
            title: '各期次红灯、黄灯变化',
            categories: 'A2:A3',
            series: [
              { nameCell: 'B1', name: '红灯', values: 'B2:B3', color: 'C00000' },
              { nameCell: 'C1', name: '黄灯', values: 'C2:C3', color: 'ED7D31' },
            ],
            place: 'A5:C24',
          },
        ],
      },
    ],
  });
  let chart: string;
  beforeAll(async () => {
    chart = (await partsOf(await renderWorkbook(lineSpec())))['xl/charts/chart1.xml'];
  });

  it('writes a lineChart of coloured lines with markers and the values labelled, in schema order', () => {
    expect(chart).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(chart).not.toContain('<c:barChart>');
    expect(chart).toContain('<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:round/></a:ln>');
    expect(chart).toContain('<c:showVal val="1"/>');
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'按单位'!$B$1", "'按单位'!$A$2:$A$3", "'按单位'!$B$2:$B$3",
      "'按单位'!$C$1", "'按单位'!$A$2:$A$3", "'按单位'!$C$2:$C$3",
    ]);
    expect(chart).toContain('<c:pt idx="1"><c:v>3</c:v></c:pt>');
    expect(orderProblems(parse(chart))).toEqual([]);
    // A bar series' element in a line series is out of place, and the checker says so.
    const barred = chart.replace('<c:marker><c:symbol', '<c:invertIfNegative val="0"/><c:marker><c:symbol');
    expect(orderProblems(parse(barred))[0]).toMatch(/c:lineChart\/c:ser: <c:invertIfNegative> is not a child of <c:ser>/);
  });
});
