/// <reference types="office-js" />
/**
 * CellStyle (src/domain/spec) → Range.format, applied per rectangle of equally styled cells rather
 * than per cell, so a 10,000-row table costs a handful of commands per column group. The effective
 * style of a cell is the domain's effectiveStyleName, as in the ExcelJS renderer.
 */
import { columnLetter } from '../domain/grid.js';
import { BASE_FONT, drawnWidth, effectiveStyleName, type CellStyle, type SheetSpec } from '../domain/spec/index.js';
import { Cost } from './budget.js';

/** A block of cells with one style: rows r0..r1 and columns c0..c1, 0-based and inclusive. */
export interface StyleRect {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  style: string;
  /** The column style already applied under this block, whose settings the block must undo. */
  base?: string;
}

export function rectAddress(rect: Pick<StyleRect, 'r0' | 'r1' | 'c0' | 'c1'>): string {
  return `${columnLetter(rect.c0)}${rect.r0 + 1}:${columnLetter(rect.c1)}${rect.r1 + 1}`;
}

/**
 * The rectangles of cells whose effective style differs from their column's style (the column's is
 * applied to the whole column first). Runs along each row are merged downwards while they repeat.
 */
export function styleRects(sheet: SheetSpec): StyleRect[] {
  const columnStyles = sheet.columns.map((column) => column.style);
  const done: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  sheet.rows.forEach((row, r) => {
    const width = drawnWidth(sheet, row);
    const next = new Map<string, StyleRect>();
    let run: StyleRect | undefined;
    const closeRun = () => {
      if (!run) return;
      const key = `${run.c0}:${run.c1}:${run.style}:${run.base ?? ''}`;
      const above = open.get(key);
      if (above && above.r1 === r - 1) {
        above.r1 = r;
        open.delete(key);
        next.set(key, above);
      } else {
        next.set(key, run);
      }
      run = undefined;
    };
    for (let c = 0; c < width; c += 1) {
      const effective = effectiveStyleName(sheet, row, c);
      const base = columnStyles[c];
      if (effective === undefined || effective === base) {
        closeRun();
        continue;
      }
      if (run && run.style === effective && run.base === base && run.c1 === c - 1) {
        run.c1 = c;
      } else {
        closeRun();
        run = { r0: r, r1: r, c0: c, c1: c, style: effective, base };
      }
    }
    closeRun();
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

/** A spec colour ("C00000", "#c00000" or ARGB "FFC00000") as Office.js takes it: "#C00000". */
export function hex(color: string): string {
  return `#${color.replace(/^#/, '').slice(-6).toUpperCase()}`;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * Writes a style's settings to a range. Settings the base (column) style made but this style does
 * not are reset to Excel's defaults, so the cell looks as if it had only its own style. The
 * commands' estimated bytes go to `cost` (the range itself is the caller's).
 */
export function applyStyle(
  range: Excel.Range,
  style: CellStyle,
  base: CellStyle | undefined,
  shape: { rows: number; columns: number },
  cost = new Cost(),
): void {
  const format = cost.object(range.format);
  const font = cost.object(format.font);
  font.name = cost.set(BASE_FONT.name);
  font.size = cost.set(style.fontSize ?? BASE_FONT.size);
  if (style.bold || base?.bold) font.bold = cost.set(!!style.bold);
  if (style.italic || base?.italic) font.italic = cost.set(!!style.italic);
  if (style.fontColor) font.color = cost.set(hex(style.fontColor));
  else if (base?.fontColor) font.color = cost.set('#000000');
  if (style.fill) cost.object(format.fill).color = cost.set(hex(style.fill));
  else if (base?.fill) {
    cost.object(format.fill).clear();
    cost.call();
  }
  if (style.wrap || base?.wrap) format.wrapText = cost.set(!!style.wrap);
  if (style.hAlign) format.horizontalAlignment = cost.set(H_ALIGN[style.hAlign]);
  else if (base?.hAlign) format.horizontalAlignment = cost.set('General');
  if (style.vAlign) format.verticalAlignment = cost.set(V_ALIGN[style.vAlign]);
  else if (base?.vAlign) format.verticalAlignment = cost.set('Bottom');
  if (style.locked !== undefined || base?.locked !== undefined) cost.object(format.protection).locked = cost.set(style.locked ?? true);
  if (style.border || base?.border) {
    const edges: (typeof EDGES[number] | 'InsideHorizontal' | 'InsideVertical')[] = [...EDGES];
    if (shape.rows > 1) edges.push('InsideHorizontal');
    if (shape.columns > 1) edges.push('InsideVertical');
    const borders = cost.object(format.borders);
    for (const edge of edges) {
      const border = cost.object(borders.getItem(edge), edge);
      border.style = cost.set(style.border ? 'Continuous' : 'None');
      if (style.border) border.color = cost.set('#000000');
    }
  }
}
