/**
 * Another office's list as a sheet (the first sheet of an .xlsx, or a .csv) → a TaskList.
 *
 * Reading rules:
 * - The header row is the row among the first 10 that names the most known columns (序号/编号,
 *   重点工作/主要任务/工作任务/主要内容/重点任务, 完成时限/完成时间/时间节点, 分管领导/牵头领导/…,
 *   牵头单位/牵头部门/主责单位, 配合单位/协办单位/参与单位, 责任单位); spaces and line breaks in header
 *   cells do not matter. A second header row under a merged 责任单位 (牵头单位 | 配合单位) refines it.
 * - 主要任务/重点任务 next to a content column is the category; alone, it is the content.
 *   责任单位 is the lead column when there is no 牵头 column (its first unit leads unless the cell
 *   says 按职责分工负责, or every unit leads when a 配合 column exists), else it lists supporting units.
 * - A blank category continues the one above (merged cells arrive filled by the reader); a row whose
 *   only text is a numbered heading (一、…) spanning the row sets the category.
 * - Cell lines are trimmed and kept apart with '\n' (a line break typed in a cell is meant).
 * - A 注：/备注：/说明： row ends the table; a row after it that looks like a task is reported.
 * Every row that cannot be read is listed in `problems` with its row and cell, never dropped silently.
 */
import { withParsedDeadlines } from '../deadline/index.js';
import { DubanError } from '../errors.js';
import { cellAddress, cellText, columnLetter, isBlankRow, type CellValue, type SheetGrid } from '../grid.js';
import { gridImportMessages } from '../messages/index.js';
import type { Task, TaskList } from '../model/index.js';
import { kindByContent, profileColumn } from './column-profile.js';
import { joinSubTask, mergedSeqRows } from './sub-tasks.js';
import { classifyHeader, COLUMN_KINDS, TABLE_NOTE, type ColumnKind } from './headers.js';
import { cellLines as trimmedLines, joinDeadline, parseCategory, splitLeaders } from './notice-fields.js';
import { yearIn } from './notice-meta.js';
import { parseLeadAndSupportUnits, parseUnits, type ParsedUnits } from './unit-cells.js';

/** How far down the header row may be. */
export const HEADER_SCAN_ROWS = 10;

/** The list field a column is read into ('ignore': not imported). */
export type GridField = ColumnKind;

export interface GridImportMeta {
  /** The list id (lowercase letters, digits and hyphens). */
  id: string;
  /** The file name the sheet came from. */
  source: string;
  /** The year deadlines refer to; from the title rows or the deadlines when not given. */
  year?: number;
  /** The list title; the text above the header row when not given. */
  title?: string;
  issuer?: string;
}

export interface ColumnMapping {
  /** A1 column letter. */
  column: string;
  header: string;
  field: GridField;
}

export interface GridProblem {
  /** 1-based sheet row. */
  row: number;
  cell?: string;
  message: string;
}

export interface GridImport {
  list: TaskList;
  mappings: ColumnMapping[];
  problems: GridProblem[];
}

function classify(text: string): ColumnKind | null {
  return classifyHeader(headerText(text));
}

function headerText(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

const SEQ = /^[\s\u3000]*[（(]?(\d+)[）)]?[\s\u3000]*[.、．]?[\s\u3000]*$/;

interface Header {
  row0: number;
  /** First data row (0-based): after the header, or after its second row. */
  dataRow0: number;
  kinds: (ColumnKind | null)[];
  texts: string[];
}

function kindsOf(row: readonly CellValue[] | undefined): (ColumnKind | null)[] {
  return (row ?? []).map((cell) => classify(cellText(cell)));
}

function findHeader(rows: readonly CellValue[][]): Header | null {
  let best: { row0: number; score: number } | null = null;
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, rows.length); r += 1) {
    const kinds = new Set(kindsOf(rows[r]).filter((kind) => kind !== null && kind !== 'ignore'));
    // A row naming the content counts more; one without it may still be the header (the content column is then found by its cells).
    const score = kinds.size + (kinds.has('content') || kinds.has('category') ? 1 : 0);
    if (kinds.size >= 2 && (!best || score > best.score)) best = { row0: r, score };
  }
  if (!best) return null;
  const row0 = best.row0;
  const kinds = kindsOf(rows[row0]);
  const texts = (rows[row0] ?? []).map((cell) => headerText(cellText(cell)));
  // A second header row (牵头单位 | 配合单位 under a merged 责任单位) has header words and no numbers.
  const next = rows[row0 + 1] ?? [];
  const nextKinds = kindsOf(next);
  const refines = nextKinds.some((kind, c) => kind !== null && kind !== kinds[c]) && !next.some((cell) => typeof cell === 'number');
  if (!refines) return { row0, dataRow0: row0 + 1, kinds, texts };
  const width = Math.max(kinds.length, nextKinds.length);
  const merged: Header = { row0, dataRow0: row0 + 2, kinds: [], texts: [] };
  for (let c = 0; c < width; c += 1) {
    const sub = nextKinds[c] ?? null;
    merged.kinds.push(sub ?? kinds[c] ?? null);
    merged.texts.push(sub ? headerText(cellText(next[c])) : (texts[c] ?? ''));
  }
  return merged;
}

type Columns = Partial<Record<ColumnKind, number>>;

/** One column per field; repeated fields and the 主要任务/责任单位 rules resolved as documented above. */
function mapColumns(header: Header, problems: GridProblem[]): { columns: Columns; mappings: ColumnMapping[] } {
  const columns: Columns = {};
  const fields: (GridField | null)[] = header.kinds.map(() => null);
  header.kinds.forEach((kind, c) => {
    if (kind === null) {
      if (header.texts[c]) fields[c] = 'ignore';
      return;
    }
    let field = kind;
    // Two 责任单位 cells side by side (a merged header without sub-headers): the second supports.
    if ((field === 'units' || field === 'leadUnits') && columns[field] !== undefined && columns.supportUnits === undefined) field = 'supportUnits';
    if (field !== 'ignore' && columns[field] !== undefined) {
      problems.push({
        row: header.row0 + 1,
        cell: cellAddress(header.row0, c),
        message: gridImportMessages.duplicateHeader(header.texts[c], columnLetter(columns[field]!)),
      });
      fields[c] = 'ignore';
      return;
    }
    if (field !== 'ignore') columns[field] = c;
    fields[c] = field;
  });
  const move = (from: ColumnKind, to: ColumnKind) => {
    const c = columns[from]!;
    delete columns[from];
    columns[to] = c;
    fields[c] = to;
  };
  if (columns.content === undefined && columns.category !== undefined) move('category', 'content');
  if (columns.units !== undefined) {
    if (columns.leadUnits !== undefined && columns.supportUnits === undefined) move('units', 'supportUnits');
    else if (columns.leadUnits === undefined && columns.supportUnits !== undefined) move('units', 'leadUnits');
    else if (columns.leadUnits !== undefined) {
      const c = columns.units;
      delete columns.units;
      fields[c] = 'ignore';
      problems.push({ row: header.row0 + 1, cell: cellAddress(header.row0, c), message: gridImportMessages.duplicateHeader(header.texts[c], columnLetter(columns.leadUnits)) });
    }
  }
  const mappings = fields.flatMap((field, c) => (field === null ? [] : [{ column: columnLetter(c), header: header.texts[c], field }]));
  return { columns, mappings };
}

/** The data rows: below the header, up to a 注： note. */
function dataRows(rows: readonly CellValue[][], header: Header): CellValue[][] {
  const data: CellValue[][] = [];
  for (const row of rows.slice(header.dataRow0)) {
    if (TABLE_NOTE.test(cellText(row?.find((cell) => cellText(cell).trim() !== '')))) break;
    data.push(row ?? []);
  }
  return data;
}

/**
 * Columns the headers did not map, read by what their cells hold (a leader column headed 包保责任人,
 * the content under an unknown word); a non-empty column that still maps to nothing is reported,
 * never dropped in silence.
 */
function mapByContent(rows: readonly CellValue[][], header: Header, columns: Columns, mappings: ColumnMapping[], problems: GridProblem[]): void {
  const data = dataRows(rows, header);
  const width = Math.max(header.texts.length, ...data.map((row) => row.length));
  const mapped = new Set(mappings.filter((m) => m.field !== 'ignore').map((m) => m.column));
  const taken = new Set(COLUMN_KINDS.filter((kind) => columns[kind] !== undefined));
  for (let c = 0; c < width; c += 1) {
    const letter = columnLetter(c);
    if (mapped.has(letter)) continue;
    const profile = profileColumn(data.map((row) => row[c]));
    if (profile.filled === 0) continue;
    const deliberate = header.kinds[c] === 'ignore';
    const kind = deliberate ? null : kindByContent(profile, taken);
    const existing = mappings.find((m) => m.column === letter);
    if (kind) {
      columns[kind] = c;
      taken.add(kind);
      if (existing) existing.field = kind;
      else mappings.push({ column: letter, header: header.texts[c] ?? '', field: kind });
      problems.push({ row: header.row0 + 1, cell: cellAddress(header.row0, c), message: gridImportMessages.mappedByContent(header.texts[c] ?? '', gridImportMessages.fieldName(kind)) });
      continue;
    }
    if (!existing) mappings.push({ column: letter, header: header.texts[c] ?? '', field: 'ignore' });
    problems.push({ row: header.row0 + 1, cell: cellAddress(header.row0, c), message: gridImportMessages.columnNotRead(header.texts[c] ?? '', profile.filled) });
  }
  mappings.sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
}

/** The lines of a cell, trimmed, blank lines dropped. */
function cellLines(value: CellValue | undefined): string[] {
  return trimmedLines(cellText(value).split(/\r\n|\r|\n/));
}

function unitsOf(row: readonly CellValue[], columns: Columns): ParsedUnits {
  const lines = (kind: ColumnKind) => cellLines(cellAt(row, columns[kind]));
  if (columns.leadUnits !== undefined) return parseLeadAndSupportUnits(lines('leadUnits'), lines('supportUnits'));
  return parseUnits(lines('units'));
}

function cellAt(row: readonly CellValue[], column: number | undefined): CellValue | undefined {
  return column === undefined ? undefined : row[column];
}

function parseSeq(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  const match = SEQ.exec(cellText(value));
  return match && Number(match[1]) > 0 ? Number(match[1]) : null;
}

/** A row whose only text is one heading, numbered (一、…) or spread over several merged cells. */
function categoryHeading(row: readonly CellValue[]): string | null {
  const texts = row.map((cell) => cellText(cell).trim()).filter((text) => text !== '');
  const distinct = new Set(texts);
  if (distinct.size !== 1) return null;
  const [text] = distinct;
  return texts.length > 1 || parseCategory(text).categoryNo !== null ? text : null;
}

interface TaskRow {
  task: Task;
  row0: number;
}

function importGridTasks(rows: readonly CellValue[][], header: Header, columns: Columns, problems: GridProblem[], subRows: ReadonlySet<number>): TaskRow[] {
  const taskRows: TaskRow[] = [];
  const parts = new Map<number, number>();
  const rowOfSeq = new Map<number, number>();
  let category = { category: '', categoryNo: null as number | null };
  let noteSeen = false;
  let nextSeq = 1;
  for (let r = header.dataRow0; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    if (isBlankRow(row)) continue;
    const problem = (message: string, column?: number) =>
      problems.push({ row: r + 1, ...(column === undefined ? {} : { cell: cellAddress(r, column) }), message });
    const firstText = cellText(row.find((cell) => cellText(cell).trim() !== ''));
    const contentLines = cellLines(cellAt(row, columns.content));
    const seqColumn = columns.seq;
    const seq = seqColumn === undefined ? nextSeq : parseSeq(cellAt(row, seqColumn));
    if (TABLE_NOTE.test(firstText)) {
      noteSeen = true;
      continue;
    }
    if (noteSeen) {
      if (seq !== null && contentLines.length > 0) problem(gridImportMessages.afterNote);
      continue;
    }
    if (seqColumn !== undefined && classify(cellText(cellAt(row, seqColumn))) === 'seq') continue; // the header repeated
    if (seq === null) {
      const heading = categoryHeading(row);
      if (heading !== null) {
        category = parseCategory(heading);
        continue;
      }
      const text = cellText(cellAt(row, seqColumn)).trim();
      problem(text === '' ? gridImportMessages.missingSeq : gridImportMessages.badSeq(text), seqColumn);
      continue;
    }
    if (rowOfSeq.has(seq) && !subRows.has(r)) {
      problem(gridImportMessages.duplicateSeq(seq, rowOfSeq.get(seq)!), seqColumn);
      continue;
    }
    const subTaskOf = subRows.has(r) ? taskRows.find(({ task }) => task.seq === seq) : undefined;
    if (contentLines.length === 0) {
      problem(gridImportMessages.emptyContent(seq), columns.content);
      continue;
    }
    rowOfSeq.set(seq, r + 1);
    nextSeq = seq + 1;
    if (columns.category !== undefined) {
      const written = cellLines(cellAt(row, columns.category)).join('');
      if (written !== '') category = parseCategory(written);
    }
    const leaders = splitLeaders(cellLines(cellAt(row, columns.leaders)));
    if (columns.leaders !== undefined && leaders.length === 0) problem(gridImportMessages.noLeaders(seq), columns.leaders);
    const { units, jointLead } = unitsOf(row, columns);
    if (units.length === 0) problem(gridImportMessages.noUnits(seq), columns.leadUnits ?? columns.units);
    const rowTask: TaskRow = {
      row0: r,
      task: {
        seq,
        category: category.category,
        categoryNo: category.categoryNo,
        content: contentLines.join('\n'),
        // Without a deadline column the list's default applies: complete by the end of its year.
        deadline: {
          text: joinDeadline(cellLines(cellAt(row, columns.deadline))),
          milestones: [],
          ongoing: false,
          source: columns.deadline === undefined ? 'notice' : 'cell',
        },
        leaders,
        units,
        jointLead,
      },
    };
    if (subTaskOf) {
      const count = (parts.get(seq) ?? 1) + 1;
      parts.set(seq, count);
      joinSubTask(subTaskOf.task, rowTask.task, count);
    } else taskRows.push(rowTask);
  }
  return taskRows;
}

/** 附件 / 附件1： — the attachment label above a title, not the title. */
const ATTACHMENT_LABEL = /^附件\s*\d*\s*[:：]?$/;

/** The texts above the header row, one per row (its first non-blank cell). */
function textsAbove(rows: readonly CellValue[][], header: Header): string[] {
  const texts: string[] = [];
  for (let r = 0; r < header.row0; r += 1) {
    const text = cellLines(rows[r]?.find((cell) => cellText(cell).trim() !== '')).join('');
    if (text !== '' && !ATTACHMENT_LABEL.test(text)) texts.push(text);
  }
  return texts;
}

/** The year of the list: the title, the text above the header, the sheet name, then the deadlines. */
function yearOf(title: string, above: readonly string[], sheetName: string, deadlines: readonly string[]): number | null {
  const text = deadlines.join('\n');
  const iso = /\b((?:19|20)\d{2})-\d{2}-\d{2}\b/.exec(text);
  return yearIn(title) ?? yearIn(above.join('\n')) ?? yearIn(sheetName) ?? yearIn(text) ?? (iso ? Number(iso[1]) : null);
}

/**
 * Imports a sheet laid out as a responsibility list. Throws DubanError when no header, no content
 * column, no task or no year can be found; rows it cannot read are reported in `problems`.
 */
export function importGrid(sheet: SheetGrid, meta: GridImportMeta): GridImport {
  const location = { file: meta.source, sheet: sheet.name };
  const header = findHeader(sheet.rows);
  if (!header) throw new DubanError(gridImportMessages.noHeader(HEADER_SCAN_ROWS), location);
  const problems: GridProblem[] = [];
  const { columns, mappings } = mapColumns(header, problems);
  mapByContent(sheet.rows, header, columns, mappings, problems);
  if (columns.content === undefined) {
    throw new DubanError(gridImportMessages.noContentColumn(header.texts.filter((t) => t !== '')), location);
  }
  const taskRows = importGridTasks(sheet.rows, header, columns, problems, mergedSeqRows(sheet.merges, columns.seq));
  if (taskRows.length === 0) throw new DubanError(gridImportMessages.noTasks, location);
  const above = textsAbove(sheet.rows, header);
  const title = meta.title ?? above[0] ?? sheet.name;
  const year = meta.year ?? yearOf(title, above, sheet.name, taskRows.map(({ task }) => task.deadline.text));
  if (year === null) throw new DubanError(gridImportMessages.noYear, location, 'listYearUnknown');

  const draft: TaskList = {
    id: meta.id,
    title,
    issuer: meta.issuer ?? '',
    issuedOn: null,
    year,
    source: meta.source,
    reporting: { schedule: 'none', deadlines: [] },
    tasks: taskRows.map(({ task }) => task),
  };
  const { list, unparsed } = withParsedDeadlines(draft);
  for (const { seq, problem } of unparsed) {
    const row0 = taskRows.find(({ task }) => task.seq === seq)!.row0;
    problems.push({ row: row0 + 1, cell: cellAddress(row0, columns.deadline!), message: gridImportMessages.unparsedDeadline(seq, problem) });
  }
  problems.sort((a, b) => a.row - b.row);
  return { list, mappings, problems };
}
