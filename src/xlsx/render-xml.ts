/**
 * The parts of a workbook that Duban writes as XML itself, because ExcelJS writes them wrongly or
 * not at all: data validations (ExcelJS turns a date bound given as a formula into NaN) and defined
 * names, print areas and print titles (ExcelJS splits a name into single cells and writes print
 * areas half-absolute). They are inserted into ExcelJS's output before the zip is written.
 */
import { parseAddress } from '../domain/grid.js';
import { isIsoDate, isoDateToSerial, type DataValidationSpec, type DefinedNameSpec, type SheetSpec } from '../domain/spec/index.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

function bound(value: string, type: DataValidationSpec['type']): string {
  const text = value.replace(/^=/, '');
  return type === 'date' && isIsoDate(text) ? String(isoDateToSerial(text)) : text;
}

function listFormula(validation: DataValidationSpec): string {
  if (validation.source) return validation.source.replace(/^=/, '');
  const values = validation.values ?? [];
  if (values.length === 0) throw new Error(`list validation on ${validation.range} has neither values nor source`);
  for (const value of values) {
    if (/[,"]/.test(value)) throw new Error(`list value ${value} contains a comma or quote; use a source range`);
  }
  const joined = values.join(',');
  // Excel refuses literal lists longer than 255 characters.
  if (joined.length > 255) throw new Error(`list validation on ${validation.range} is longer than 255 characters; use a source range`);
  return `"${joined}"`;
}

/** [operator, formula1, formula2?] of a date or whole-number validation. */
function boundsOf(validation: DataValidationSpec): [string, string, string?] {
  const { min, max, type } = validation;
  if (min !== undefined && max !== undefined) return ['between', bound(min, type), bound(max, type)];
  if (min !== undefined) return ['greaterThanOrEqual', bound(min, type)];
  if (max !== undefined) return ['lessThanOrEqual', bound(max, type)];
  // Unbounded: any date from 1900-01-01, or any 32-bit whole number.
  return type === 'date' ? ['greaterThanOrEqual', '1'] : ['between', '-2147483648', '2147483647'];
}

function validationXml(validation: DataValidationSpec): string {
  const attributes: [string, string][] = [['type', validation.type]];
  let formulas: string[];
  if (validation.type === 'list') {
    formulas = [listFormula(validation)];
  } else {
    const [operator, ...rest] = boundsOf(validation);
    if (operator !== 'between') attributes.push(['operator', operator]);
    formulas = rest.filter((f): f is string => f !== undefined);
  }
  if (validation.allowBlank ?? true) attributes.push(['allowBlank', '1']);
  if (validation.prompt) {
    attributes.push(['showInputMessage', '1'], ['promptTitle', validation.prompt.title], ['prompt', validation.prompt.message]);
  }
  attributes.push(['showErrorMessage', '1']);
  if (validation.error) attributes.push(['errorTitle', validation.error.title], ['error', validation.error.message]);
  attributes.push(['sqref', validation.range.replace(/\$/g, '')]);
  const attrText = attributes.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
  const body = formulas.map((f, i) => `<formula${i + 1}>${escapeXml(f)}</formula${i + 1}>`).join('');
  return `<dataValidation${attrText}>${body}</dataValidation>`;
}

export function dataValidationsXml(validations: readonly DataValidationSpec[]): string {
  if (validations.length === 0) return '';
  return `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
}

/** Elements that follow dataValidations in CT_Worksheet, in schema order. */
const AFTER_VALIDATIONS = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks', '<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing', '<legacyDrawing', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/** Inserts XML at the schema position of dataValidations in a worksheet part. */
export function insertDataValidations(sheetXml: string, xml: string): string {
  if (!xml) return sheetXml;
  if (sheetXml.includes('<dataValidations')) throw new Error('worksheet already has data validations');
  // Conditional formats come right before and may hold <extLst> of their own: search after them.
  const from = Math.max(sheetXml.lastIndexOf('</conditionalFormatting>'), sheetXml.indexOf('</sheetData>'));
  const positions = AFTER_VALIDATIONS.map((tag) => sheetXml.indexOf(tag, from)).filter((index) => index >= 0);
  const at = Math.min(...positions);
  return sheetXml.slice(0, at) + xml + sheetXml.slice(at);
}

/**
 * ExcelJS links an Excel 2010 data bar to its extension with a random GUID; the same ids numbered
 * in order of appearance keep the output deterministic.
 */
export function numberExtensionIds(sheetXml: string): string {
  const ids = new Map<string, string>();
  return sheetXml.replace(/(<x14:id>|<x14:cfRule\b[^>]*?\bid=")(\{[0-9A-Fa-f-]{36}\})/g, (_, prefix: string, id: string) => {
    let fixed = ids.get(id);
    if (!fixed) {
      fixed = `{00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}}`;
      ids.set(id, fixed);
    }
    return prefix + fixed;
  });
}

/** 'It''s' — a sheet name quoted for a formula. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absoluteRange(range: string): string {
  return range
    .replace(/\$/g, '')
    .split(':')
    .map((part) => {
      const { row0 } = parseAddress(part);
      return `$${part.replace(/\d+$/, '').toUpperCase()}$${row0 + 1}`;
    })
    .join(':');
}

/** "1:3" → "$1:$3". */
function absoluteRows(rows: string): string {
  const match = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!match) throw new Error(`print title rows must look like 1:3, got ${rows}`);
  return `$${match[1]}:$${match[2] ?? match[1]}`;
}

interface DefinedNameXml {
  name: string;
  localSheetId?: number;
  ref: string;
}

/** Defined names of the spec plus each sheet's print area and print titles. */
export function definedNamesXml(names: readonly DefinedNameSpec[], sheets: readonly SheetSpec[]): string {
  const all: DefinedNameXml[] = names.map(({ name, ref }) => ({ name, ref: ref.replace(/^=/, '') }));
  sheets.forEach((sheet, index) => {
    const sheetRef = quoteSheet(sheet.name);
    if (sheet.print?.printArea) {
      const area = sheet.print.printArea.replace(/^.*!/, '');
      all.push({ name: '_xlnm.Print_Area', localSheetId: index, ref: `${sheetRef}!${absoluteRange(area)}` });
    }
    if (sheet.print?.titleRows) {
      all.push({ name: '_xlnm.Print_Titles', localSheetId: index, ref: `${sheetRef}!${absoluteRows(sheet.print.titleRows)}` });
    }
  });
  if (all.length === 0) return '';
  const items = all.map(({ name, localSheetId, ref }) => {
    const local = localSheetId === undefined ? '' : ` localSheetId="${localSheetId}"`;
    return `<definedName name="${escapeXml(name)}"${local}>${escapeXml(ref)}</definedName>`;
  });
  return `<definedNames>${items.join('')}</definedNames>`;
}

/** Inserts defined names after </sheets> in workbook.xml. */
export function insertDefinedNames(workbookXml: string, xml: string): string {
  if (!xml) return workbookXml;
  if (workbookXml.includes('<definedNames')) throw new Error('workbook already has defined names');
  const at = workbookXml.indexOf('</sheets>');
  if (at < 0) throw new Error('workbook.xml has no </sheets>');
  const end = at + '</sheets>'.length;
  return workbookXml.slice(0, end) + xml + workbookXml.slice(end);
}
