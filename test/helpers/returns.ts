/**
 * Test builders for returned workbooks: start from what `distribute` would send a unit, fill it, then
 * mess it up the way real returns come back (renamed sheet, pasted into a new workbook, reordered
 * columns, spaced headers, blank rows, merged cells, altered task text, another list or period).
 *
 *   aReturn(plan).forUnit('市商务局').withStatus('完成').renamedSheet('Sheet1').toGrid()
 */
import ExcelJS from 'exceljs';
import { cellText, columnLetter, fillMerges, type CellValue, type SheetGrid, type WorkbookGrid } from '../../src/domain/grid.js';
import { specCellValue } from '../../src/domain/master/index.js';
import { buildReturnSpec, type DistributionPlan, type PlannedReturn } from '../../src/domain/returns/index.js';
import type { SheetSpec } from '../../src/domain/spec/index.js';
import { HEADERS, SHEETS } from '../../src/domain/vocabulary.js';

export interface RowFill {
  status?: string;
  text?: string;
  problems?: string;
  nextSteps?: string;
}

interface DraftSheet {
  name: string;
  state: SheetGrid['state'];
  rows: CellValue[][];
  merges: string[];
}

const HEADER_ROW0 = 4;
const column = (header: string) => (HEADERS.returnForm as readonly string[]).indexOf(header);
const COL = { seq: column('序号'), content: column('重点工作'), status: column('进展状态'), text: column('进展情况'), problems: column('存在问题'), nextSteps: column('下步打算') };

function specRows(sheet: SheetSpec): CellValue[][] {
  return sheet.rows.map((row) => row.cells.map(specCellValue));
}

/** Fills merged ranges with their top-left value, as the reader does. */
function filled(sheet: DraftSheet): CellValue[][] {
  const rows = sheet.rows.map((row) => [...row]);
  fillMerges(rows, sheet.merges);
  return rows;
}

export class ReturnBuilder {
  private unit = '';
  private readonly fills = new Map<number, RowFill>();
  private defaultFill: RowFill | null = null;
  private sheetName: string | null = null;
  private pasted: 'no' | 'withTitle' | 'withoutTitle' = 'no';
  private order: number[] | null = null;
  private spaced = false;
  private blanks = false;
  private merged = false;
  private readonly altered = new Map<number, string>();
  private readonly extraRows: CellValue[][] = [];
  private meta: { listId?: string; period?: string; unit?: string; periodLabel?: string } = {};
  private modified: string | undefined;
  private name: string | null = null;

  constructor(
    private readonly plan: DistributionPlan,
    private readonly generatedAt = '2023-04-01T08:00:00.000Z',
  ) {}

  forUnit(unit: string): this {
    this.unit = unit;
    return this;
  }

  /** The unit's return as planned. */
  get planned(): PlannedReturn {
    const planned = this.plan.returns.find((candidate) => candidate.unit === this.unit);
    if (!planned) throw new Error(`test setup: ${this.unit} has no return in the plan`);
    return planned;
  }

  /** Every row gets this status (and a progress text), unless a row has its own fill. */
  withStatus(status: string, text = '已按计划推进，完成阶段性目标。'): this {
    this.defaultFill = { status, text };
    return this;
  }

  withRow(seq: number, fill: RowFill): this {
    this.fills.set(seq, fill);
    return this;
  }

  named(fileName: string): this {
    this.name = fileName;
    return this;
  }

  renamedSheet(name: string): this {
    this.sheetName = name;
    return this;
  }

  /** Only the form's cells, copied into Sheet1 of a new workbook: metadata and instructions are gone. */
  pastedIntoNewWorkbook(options: { withTitle?: boolean } = {}): this {
    this.pasted = options.withTitle === false ? 'withoutTitle' : 'withTitle';
    return this;
  }

  /** Columns in a new order: order[i] is the original column shown at position i. */
  reorderedColumns(order: number[]): this {
    this.order = order;
    return this;
  }

  spacedHeaders(): this {
    this.spaced = true;
    return this;
  }

  blankRows(): this {
    this.blanks = true;
    return this;
  }

  /** The 存在问题 cells of the first two task rows merged into one, and the title rows unmerged-then-merged wider. */
  mergedCells(): this {
    this.merged = true;
    return this;
  }

  tamperedText(seq: number, text: string): this {
    this.altered.set(seq, text);
    return this;
  }

  /** A row that is not blank, appended under the table (a note, a signature line, a stray row). */
  withExtraRow(cells: CellValue[]): this {
    this.extraRows.push(cells);
    return this;
  }

  fromList(listId: string): this {
    this.meta.listId = listId;
    return this;
  }

  forPeriod(code: string, label: string): this {
    this.meta.period = code;
    this.meta.periodLabel = label;
    return this;
  }

  /** The title and metadata name this unit instead (a unit that is not in the list, an alias …). */
  claimingUnit(name: string): this {
    this.meta.unit = name;
    return this;
  }

  modifiedAt(iso: string): this {
    this.modified = iso;
    return this;
  }

  get fileName(): string {
    return this.name ?? this.planned.fileName;
  }

  fillFor(seq: number): RowFill | null {
    return this.fills.get(seq) ?? this.defaultFill;
  }

  /** The sheets after filling and every mess asked for. */
  draft(): DraftSheet[] {
    const spec = buildReturnSpec({ plan: this.plan, planned: this.planned, generatedAt: this.generatedAt });
    const sheets: DraftSheet[] = spec.sheets.map((sheet) => ({
      name: sheet.name,
      state: sheet.state ?? 'visible',
      rows: specRows(sheet),
      merges: [...(sheet.merges ?? [])],
    }));
    const form = sheets[0];
    const meta = sheets.find((sheet) => sheet.name === SHEETS.returnMeta)!;
    const setMeta = (key: string, value: string) => {
      const row = meta.rows.find((cells) => cells[0] === key);
      if (row) row[1] = value;
    };
    if (this.meta.listId) setMeta('listId', this.meta.listId);
    if (this.meta.period) {
      setMeta('period', this.meta.period);
      form.rows[2] = [`报送期次：${this.meta.periodLabel}`];
    }
    if (this.meta.unit) {
      setMeta('unit', this.meta.unit);
      form.rows[1] = [`填报单位：${this.meta.unit}`];
    }

    for (let r = HEADER_ROW0 + 1; r < form.rows.length; r += 1) {
      const row = form.rows[r];
      const seq = row[COL.seq] as number;
      const fill = this.fillFor(seq);
      if (fill) {
        row[COL.status] = fill.status ?? null;
        row[COL.text] = fill.text ?? null;
        row[COL.problems] = fill.problems ?? null;
        row[COL.nextSteps] = fill.nextSteps ?? null;
      }
      const altered = this.altered.get(seq);
      if (altered !== undefined) row[COL.content] = altered;
    }
    for (const extra of this.extraRows) form.rows.push([...extra]);

    let problemsCol = COL.problems;
    if (this.order) {
      const order = this.order;
      for (let r = HEADER_ROW0; r < form.rows.length; r += 1) form.rows[r] = order.map((i) => form.rows[r][i] ?? null);
      problemsCol = order.indexOf(COL.problems);
    }
    if (this.spaced) {
      form.rows[HEADER_ROW0] = form.rows[HEADER_ROW0].map((value, i) =>
        i % 3 === 0 ? ` ${cellText(value).split('').join(' ')} ` : i % 3 === 1 ? `${cellText(value).slice(0, 2)}\n${cellText(value).slice(2)}` : `${cellText(value)}\u3000`,
      );
    }
    if (this.blanks) {
      const body = form.rows.slice(HEADER_ROW0 + 1);
      const spaced: CellValue[][] = [[]];
      body.forEach((row, i) => {
        spaced.push(row);
        if (i === 1 && body.length > 2) spaced.push([null, '', '  ']);
      });
      spaced.push([], []);
      form.rows = [...form.rows.slice(0, HEADER_ROW0 + 1), ...spaced];
    }
    if (this.merged) {
      const dataRows = form.rows.map((row, r) => ({ row, r })).filter(({ row, r }) => r > HEADER_ROW0 && typeof row[this.order ? this.order.indexOf(COL.seq) : COL.seq] === 'number');
      const [first, second] = dataRows;
      if (first && second && second.r === first.r + 1) {
        const letter = columnLetter(problemsCol);
        first.row[problemsCol] = '资金缺口较大，需市级统筹。';
        second.row[problemsCol] = null;
        form.merges.push(`${letter}${first.r + 1}:${letter}${second.r + 1}`);
      }
    }

    if (this.sheetName) form.name = this.sheetName;
    if (this.pasted !== 'no') {
      const rows = this.pasted === 'withTitle' ? form.rows : form.rows.slice(HEADER_ROW0);
      const shift = this.pasted === 'withTitle' ? 0 : HEADER_ROW0;
      const merges = form.merges
        .map((range) => range.replace(/\d+/g, (n) => String(Number(n) - shift)))
        .filter((range) => !/(^|\D)(0|-\d+)(\D|$)/.test(range));
      return [{ name: this.sheetName ?? 'Sheet1', state: 'visible', rows, merges }];
    }
    return sheets;
  }

  toGrid(): WorkbookGrid {
    const sheets = this.draft().map((sheet) => ({ name: sheet.name, state: sheet.state, rows: filled(sheet), merges: sheet.merges }));
    return { sheets, ...(this.modified ? { modified: this.modified } : this.pasted === 'no' ? { modified: this.generatedAt } : {}) };
  }

  async toXlsx(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const when = new Date(this.modified ?? this.generatedAt);
    workbook.created = when;
    workbook.modified = when;
    for (const sheet of this.draft()) {
      const worksheet = workbook.addWorksheet(sheet.name, { state: sheet.state });
      sheet.rows.forEach((row, r) => row.forEach((value, c) => {
        if (value !== null && value !== undefined) worksheet.getCell(r + 1, c + 1).value = value;
      }));
      for (const range of sheet.merges) worksheet.mergeCells(range);
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** Non-blank rows under the header of the (possibly messed) form, as a person would count them. */
  dataRowCount(): number {
    const sheet = this.draft().find((candidate) => candidate.state === 'visible')!;
    const start = this.pasted === 'withoutTitle' ? 1 : HEADER_ROW0 + 1;
    return filled(sheet).slice(start).filter((row) => row.some((value) => cellText(value).trim() !== '')).length;
  }
}

export function aReturn(plan: DistributionPlan, generatedAt?: string): ReturnBuilder {
  return new ReturnBuilder(plan, generatedAt);
}
