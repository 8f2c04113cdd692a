/**
 * A notice (通知) as plain text whose attachment 责任分解表 is written as tab-indented lines — the
 * way a Word notice reads when saved as text. Pure: the caller reads the file.
 *
 * Reading rules (each one a rule of the format, not of one document):
 * - The title is the notice's first lines joined until they end like a title (…的通知); the issuer
 *   is the office before 关于; the signing date is a line that is only a date, after the title and
 *   before the table (null when the notice states none — never guessed).
 * - The table starts at the header cell 序号; header words are matched flexibly (分管领导,
 *   时间节点, 牵头单位/配合单位 …); a header repeated at a page break is skipped.
 * - A row starts with a cell holding its 序号 number; a blank category cell continues the category
 *   of the row above; a 注： note after the table is not a task.
 * - Content lines are joined without a separator (a line break inside a Chinese cell is a wrap),
 *   deadline lines are kept apart with '\n' (each is its own phrase), leaders are split
 *   on line breaks, 、，； and spaces, units as every importer splits them (unit-cells.ts). A trailing
 *   。 is dropped from leader and unit names; content and deadline phrases keep theirs, as written.
 * Rows that cannot be read are not imported and are listed in `problems` with their line.
 */
import { DubanError } from '../errors.js';
import { noticeMessages } from '../messages/index.js';
import type { Task, TaskList } from '../model/index.js';
import { classifyHeader, type ColumnKind } from './headers.js';
import { cellLines, joinContent, joinDeadline, parseCategory, splitLeaders } from './notice-fields.js';
import { findTitle, issuerOf, readHeading, readReporting, signedOn, yearIn } from './notice-meta.js';
import { readParagraphList } from './notice-paragraphs.js';
import { readTable, type RawRow } from './notice-table.js';
import { tabbedTable } from './text-table.js';
import { parseLeadAndSupportUnits, parseUnits, type ParsedUnits } from './unit-cells.js';

export interface NoticeMeta {
  /** The list id (lowercase letters, digits and hyphens). */
  id: string;
  /** The year deadlines refer to; taken from the title when not given. */
  year?: number;
  /** The file name or a short description of where the text came from. */
  source: string;
}

export interface NoticeProblem {
  /** 1-based line of the text the problem is about. */
  line: number;
  message: string;
}

export interface NoticeImport {
  list: TaskList;
  problems: NoticeProblem[];
}

type Columns = Partial<Record<Exclude<ColumnKind, 'seq' | 'ignore'>, number>>;

/** Which cell (index after 序号) holds which field; unknown and repeated headers are reported. */
function mapColumns(headers: readonly string[], line: number, problems: NoticeProblem[]): Columns {
  const columns: Columns = {};
  headers.forEach((header, index) => {
    const kind = classifyHeader(header);
    if (kind === null || kind === 'seq') {
      problems.push({ line, message: noticeMessages.unknownHeader(header) });
    } else if (kind !== 'ignore') {
      if (columns[kind] !== undefined) problems.push({ line, message: noticeMessages.duplicateHeader(header) });
      else columns[kind] = index;
    }
  });
  // A lone 重点任务 column is the task itself; 责任单位 next to 牵头单位 lists the other units.
  if (columns.content === undefined && columns.category !== undefined) {
    columns.content = columns.category;
    delete columns.category;
  }
  if (columns.leadUnits !== undefined && columns.supportUnits === undefined && columns.units !== undefined) {
    columns.supportUnits = columns.units;
    delete columns.units;
  }
  return columns;
}

function cellOf(row: RawRow, index: number | undefined): string[] {
  return index === undefined ? [] : row.cells[index].lines;
}

function unitsOf(row: RawRow, columns: Columns): ParsedUnits {
  if (columns.leadUnits !== undefined) {
    return parseLeadAndSupportUnits(cellOf(row, columns.leadUnits), cellOf(row, columns.supportUnits));
  }
  return parseUnits([...cellOf(row, columns.units), ...cellOf(row, columns.supportUnits)]);
}

function readTasks(rows: readonly RawRow[], columns: Columns, width: number, problems: NoticeProblem[]): Task[] {
  const tasks: Task[] = [];
  const seen = new Set<number>();
  let category = { category: '', categoryNo: null as number | null };
  let previousSeq = 0;
  for (const row of rows) {
    const problem = (message: string) => problems.push({ line: row.line, message });
    if (previousSeq > 0 && row.seq !== previousSeq + 1 && !seen.has(row.seq)) problem(noticeMessages.seqGap(previousSeq, row.seq));
    previousSeq = row.seq;
    // Empty cells after the last column (a stray tab) lose nothing; any other count is ambiguous.
    const extra = row.cells.slice(width);
    if (row.cells.length < width || extra.some((cell) => cellLines(cell.lines).length > 0)) {
      problem(noticeMessages.wrongCellCount(row.seq, row.cells.length + 1, width + 1));
      continue;
    }
    if (seen.has(row.seq)) {
      problem(noticeMessages.duplicateSeq(row.seq));
      continue;
    }
    const content = joinContent(cellOf(row, columns.content));
    if (content === '') {
      problem(noticeMessages.emptyContent(row.seq));
      continue;
    }
    seen.add(row.seq);
    if (columns.category !== undefined) {
      const written = joinContent(cellOf(row, columns.category));
      if (written !== '') category = parseCategory(written);
      else if (tasks.length === 0) problem(noticeMessages.firstCategoryBlank(row.seq));
    }
    const leaders = splitLeaders(cellOf(row, columns.leaders));
    if (columns.leaders !== undefined && leaders.length === 0) problem(noticeMessages.noLeaders(row.seq));
    const { units, jointLead } = unitsOf(row, columns);
    if (units.length === 0) problem(noticeMessages.noUnits(row.seq));
    tasks.push({
      seq: row.seq,
      category: category.category,
      categoryNo: category.categoryNo,
      content,
      // Without a deadline column the notice's default applies (complete by the end of its year).
      deadline: { text: joinDeadline(cellOf(row, columns.deadline)), milestones: [], ongoing: false, source: columns.deadline === undefined ? 'notice' : 'cell' },
      leaders,
      units,
      jointLead,
    });
  }
  return tasks;
}

/**
 * Parses a notice and its tab-indented attachment table into a TaskList (deadline milestones
 * empty: the deadline parser fills them in). Throws DubanError when there is no readable table or
 * no year; rows it cannot read are reported in `problems`, never dropped silently.
 */
export function parseNoticeText(text: string, meta: NoticeMeta): NoticeImport {
  const original = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: NoticeProblem[] = [];
  const lines = tabbedTable(original);
  const table = readTable(lines);
  if (table === null) return parseParagraphNotice(original, meta);
  const columns = mapColumns(table.headers, table.headerLine, problems);
  if (columns.content === undefined) {
    throw new DubanError(noticeMessages.noContentColumn(table.headers), { file: meta.source });
  }
  if (table.rows.length === 0) throw new DubanError(noticeMessages.noRows, { file: meta.source });

  const above = lines.slice(0, table.headerLine - 1);
  const heading = readHeading(above);
  const body = above.slice(heading?.titleEndLine ?? 0);
  // Without a notice title, the attachment's own title (the line above the header) names the list.
  const title = heading?.title ?? cellLines(above).at(-1) ?? meta.source;
  const year = meta.year ?? yearIn(title) ?? yearIn(above.join(''));
  if (year === null) throw new DubanError(noticeMessages.noYear, { file: meta.source }, 'listYearUnknown');

  const tasks = readTasks(table.rows, columns, table.headers.length, problems);
  return {
    list: {
      id: meta.id,
      title,
      issuer: heading ? issuerOf(heading.title) : '',
      issuedOn: heading?.issuedOn ?? signedOn(body),
      year,
      source: meta.source,
      reporting: readReporting(body, year),
      tasks,
    },
    problems,
  };
}

/** The file name without folders and extension: the title of a list whose text has none. */
function fileTitle(source: string): string {
  return (source.split(/[/\\]/).pop() ?? source).replace(/\.[^.]*$/, '') || source;
}

/** An office before the list that signs it (湖州市人民政府办公室), when the title names none. */
function signer(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).find((line) => /^[\u4e00-\u9fa5]{2,24}(?:人民政府办公室|人民政府办公厅|人民政府|办公室|委员会|管理局)$/.test(line)) ?? '';
}

/** A list published as numbered paragraphs (notice-paragraphs.ts), with the notice around it. */
function parseParagraphNotice(lines: readonly string[], meta: NoticeMeta): NoticeImport {
  const title = findTitle(lines);
  const year = meta.year ?? (title ? yearIn(title) : null) ?? yearIn(lines.join('\n')) ?? yearIn(meta.source.replace(/(\d{4})/, '$1年'));
  // Without a year, a text that holds no list at all is told so, not asked for its year.
  if (year === null) {
    if (readParagraphList(lines, 2000)?.tasks.length) throw new DubanError(noticeMessages.noYear, { file: meta.source }, 'listYearUnknown');
    throw new DubanError(noticeMessages.noTable, { file: meta.source });
  }
  const read = readParagraphList(lines, year);
  if (read === null || read.tasks.length === 0) throw new DubanError(noticeMessages.noTable, { file: meta.source });
  const problems: NoticeProblem[] = [];
  for (const { task, line } of read.tasks) {
    if (task.units.length === 0) problems.push({ line, message: noticeMessages.noUnits(task.seq) });
  }
  for (const { line, text } of read.unread) problems.push({ line, message: noticeMessages.unreadLine(text) });
  problems.sort((a, b) => a.line - b.line);
  const body = lines.slice(0, read.startLine - 1);
  return {
    list: {
      id: meta.id,
      title: title ?? fileTitle(meta.source),
      issuer: (title ? issuerOf(title) : '') || signer(body),
      issuedOn: signedOn(body),
      year,
      source: meta.source,
      reporting: readReporting(body, year),
      tasks: read.tasks.map(({ task }) => task),
    },
    problems,
  };
}
