/**
 * The attachment table of a notice written as tab-indented lines (a Word table saved as text):
 * every cell starts on a line beginning with a TAB, and runs on over the following lines that do
 * not (wrapped text, blank lines between paragraphs of the cell). A row starts with the cell of its
 * 序号. Several cells may also share one line, separated by tabs.
 */
import { cellLines } from './notice-fields.js';

export type ColumnKind =
  | 'seq'
  | 'category'
  | 'content'
  | 'deadline'
  | 'leaders'
  | 'units'
  | 'leadUnits'
  | 'supportUnits'
  | 'ignore';

/** Header words, by the column they name. 重点任务 is a category next to a content column. */
export const HEADER_SYNONYMS: Readonly<Record<ColumnKind, readonly string[]>> = {
  seq: ['序号', '编号'],
  category: ['主要任务', '重点任务', '任务类别', '工作类别', '类别', '领域'],
  content: ['重点工作', '主要内容', '工作内容', '任务内容', '具体任务', '工作任务', '具体措施', '工作措施', '任务措施'],
  deadline: ['完成时限', '时间节点', '完成时间', '完成期限', '时限要求', '时限'],
  leaders: ['分管市领导', '牵头市领导', '责任市领导', '分管领导', '责任领导', '牵头领导', '市领导'],
  leadUnits: ['牵头单位', '牵头部门'],
  supportUnits: ['配合单位', '配合部门', '协办单位'],
  units: ['责任单位', '责任部门', '承办单位', '落实单位'],
  ignore: ['备注', '说明'],
};

const SYNONYMS: readonly [string, ColumnKind][] = Object.entries(HEADER_SYNONYMS).flatMap(([kind, words]) =>
  words.map((word): [string, ColumnKind] => [word, kind as ColumnKind]),
);

function normalizeHeader(text: string): string {
  return text.replace(/[\s\u3000：:]/g, '');
}

/**
 * The column a header names: an exact synonym, else the synonym found earliest in the header
 * ("责任单位（列第一位的为牵头单位）" is 责任单位), else null.
 */
export function classifyHeader(text: string): ColumnKind | null {
  const header = normalizeHeader(text);
  if (header === '') return null;
  const exact = SYNONYMS.find(([word]) => word === header);
  if (exact) return exact[1];
  let best: { at: number; length: number; kind: ColumnKind } | null = null;
  for (const [word, kind] of SYNONYMS) {
    const at = header.indexOf(word);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && word.length > best.length)) best = { at, length: word.length, kind };
  }
  return best ? best.kind : null;
}

export interface RawCell {
  /** The cell's lines as written: the first without its tab, then its continuation lines. */
  lines: string[];
  /** 1-based line number where the cell starts. */
  line: number;
}

export interface RawRow {
  seq: number;
  line: number;
  /** The cells after the 序号 cell, in column order. */
  cells: RawCell[];
}

export interface RawTable {
  /** 1-based line number of the header's first cell. */
  headerLine: number;
  /** Header texts after 序号, joined from their lines. */
  headers: string[];
  rows: RawRow[];
}

const NUMBER_LINE = /^[\s\u3000]*(\d+)[\s\u3000]*$/;
/** A note after the table (注：…), which is not a task. */
const NOTE = /^[\s\u3000]*(注|备注|说明)[\s\u3000]*[:：]/;

/** Where the header starts: the first tab cell that reads 序号 (or 编号); -1 when there is none. */
export function findHeader(lines: readonly string[]): number {
  return lines.findIndex((line) => line.startsWith('\t') && classifyHeader(line.split('\t')[1]) === 'seq');
}

/**
 * Reads the cells from the header to the end of the table (the text's end or a 注： note after a
 * complete row). A number on a line of its own without a tab still starts a row when the current
 * row is complete and the number is the next 序号. A header repeated inside the table (a page
 * break) is skipped.
 */
export function readTable(lines: readonly string[]): RawTable | null {
  const start = findHeader(lines);
  if (start < 0) return null;
  const header: RawCell[] = [];
  const rows: RawRow[] = [];
  const at: { row: RawRow | null; cell: RawCell | null; inRepeatedHeader: boolean } = {
    row: null,
    cell: null,
    inRepeatedHeader: false,
  };
  const rowComplete = () => at.row !== null && at.row.cells.length >= header.length - 1;
  const isNextSeq = (text: string) => at.row !== null && Number(text.trim()) === at.row.seq + 1;

  const open = (text: string, line: number) => {
    if (NUMBER_LINE.test(text) && (at.row === null || rowComplete() || isNextSeq(text))) {
      at.row = { seq: Number(text.trim()), line, cells: [] };
      rows.push(at.row);
      at.cell = null;
      at.inRepeatedHeader = false;
      return;
    }
    if (rowComplete() && classifyHeader(text) === 'seq') at.inRepeatedHeader = true;
    at.cell = { lines: [text], line };
    if (at.inRepeatedHeader) return;
    if (at.row === null) header.push(at.cell);
    else at.row.cells.push(at.cell);
  };

  for (let i = start; i < lines.length; i += 1) {
    const text = lines[i];
    if (text.startsWith('\t')) {
      const parts = text.split('\t').slice(1);
      if (rowComplete() && NOTE.test(parts[0])) break;
      for (const part of parts) open(part, i + 1);
    } else if (rowComplete() && NOTE.test(text)) {
      break;
    } else if (rowComplete() && NUMBER_LINE.test(text) && isNextSeq(text)) {
      open(text, i + 1);
    } else if (at.cell !== null) {
      at.cell.lines.push(text);
    }
  }
  return {
    headerLine: start + 1,
    headers: header.slice(1).map((h) => cellLines(h.lines).join('')),
    rows,
  };
}
