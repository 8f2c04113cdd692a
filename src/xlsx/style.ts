/**
 * CellStyle (src/domain/spec) → ExcelJS style. One function per concern so the Office.js adapter's
 * mapping can be read side by side with this one.
 */
import type ExcelJS from 'exceljs';
import { BASE_FONT, DEFAULT_DATE_FORMAT, type CellStyle, type ConditionalRule } from '../domain/spec/index.js';

/** "C00000" or "#c00000" → "FFC00000". */
export function argb(hex: string): string {
  const clean = hex.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(clean)) return `FF${clean}`;
  if (/^[0-9A-F]{8}$/.test(clean)) return clean;
  throw new Error(`not an RGB colour: ${hex}`);
}

function font(style: CellStyle): Partial<ExcelJS.Font> {
  const result: Partial<ExcelJS.Font> = { name: BASE_FONT.name, size: style.fontSize ?? BASE_FONT.size };
  if (style.bold) result.bold = true;
  if (style.italic) result.italic = true;
  if (style.fontColor) result.color = { argb: argb(style.fontColor) };
  return result;
}

function solidFill(hex: string): ExcelJS.FillPattern {
  const color = { argb: argb(hex) };
  return { type: 'pattern', pattern: 'solid', fgColor: color, bgColor: color };
}

function alignment(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  if (!style.wrap && !style.hAlign && !style.vAlign) return undefined;
  const result: Partial<ExcelJS.Alignment> = {};
  if (style.wrap) result.wrapText = true;
  if (style.hAlign) result.horizontal = style.hAlign;
  if (style.vAlign) result.vertical = style.vAlign;
  return result;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/** The ExcelJS style of a cell; `isDate` adds the date format when the style names none. */
export function excelStyle(style: CellStyle | undefined, isDate = false): Partial<ExcelJS.Style> {
  const source = style ?? {};
  const result: Partial<ExcelJS.Style> = { font: font(source) };
  if (source.fill) result.fill = solidFill(source.fill);
  const align = alignment(source);
  if (align) result.alignment = align;
  if (source.border) result.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const numFmt = source.numFmt ?? (isDate ? DEFAULT_DATE_FORMAT : undefined);
  if (numFmt) result.numFmt = numFmt;
  if (source.locked === false) result.protection = { locked: false };
  return result;
}

/** The differential style (dxf) of a conditional format rule. */
export function conditionalStyle(style: Extract<ConditionalRule, { type: 'expression' }>['style']): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style.fill) result.fill = solidFill(style.fill);
  if (style.fontColor || style.bold) {
    result.font = {};
    if (style.fontColor) result.font.color = { argb: argb(style.fontColor) };
    if (style.bold) result.font.bold = true;
  }
  return result;
}
