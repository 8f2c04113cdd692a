/**
 * The business-environment list as the PDF extractor left it: the notice text, then the table,
 * with a page marker ("# Page 141:") and the repeated header row at every page break, and each
 * cell broken into line fragments. This module only cuts the text into rows and, within a row,
 * into the parts that lie on one page; which fragment belongs to which column is cells.ts's job.
 */

/** The header row of the table, one word a line in the extracted text. */
export const HEADER_WORDS = ['序号', '重点任务', '主要内容', '牵头部门', '责任单位'] as const;

const PAGE_MARKER = /^# Page \d+:$/;

/** One line fragment of the extracted text and where it stands (1-based line number). */
export interface Fragment {
  text: string;
  line: number;
}

/** A table row: its 序号 and its fragments, one array per page the row lies on. */
export interface RawRow {
  seq: number;
  line: number;
  pages: Fragment[][];
}

export interface SplitSource {
  /** The notice text above the table (page markers and blank lines left out). */
  notice: Fragment[];
  rows: RawRow[];
}

function isHeaderAt(lines: readonly string[], at: number): boolean {
  return HEADER_WORDS.every((word, i) => lines[at + i]?.trim() === word);
}

/**
 * A fragment that ends a sentence in the middle of an extracted line ("…开放工作。市委网信办")
 * is cut after the 。, so that a cell boundary always falls between fragments. Fragments are
 * joined without separators, so cutting never changes the joined text.
 */
function cutAfterFullStops(text: string, line: number): Fragment[] {
  return text
    .split(/(?<=。)/)
    .filter((piece) => piece !== '')
    .map((piece) => ({ text: piece, line }));
}

/**
 * Cuts the text into the notice and the table's rows. A row starts at a line that holds nothing
 * but the next 序号; a page marker (and the header repeated after it) starts the row's next page.
 */
export function splitSource(text: string): SplitSource {
  const lines = text.split(/\r?\n/);
  const headerAt = lines.findIndex((_, i) => isHeaderAt(lines, i));
  if (headerAt < 0) throw new Error('business environment list: no header row 序号/重点任务/主要内容/牵头部门/责任单位');

  const notice: Fragment[] = [];
  for (let i = 0; i < headerAt; i += 1) {
    const trimmed = lines[i].trim();
    if (trimmed !== '' && !PAGE_MARKER.test(trimmed)) notice.push({ text: trimmed, line: i + 1 });
  }

  const rows: RawRow[] = [];
  let current: RawRow | null = null;
  for (let i = headerAt; i < lines.length; i += 1) {
    const trimmed = lines[i].trim();
    if (isHeaderAt(lines, i)) {
      i += HEADER_WORDS.length - 1;
      continue;
    }
    if (trimmed === '') continue;
    if (PAGE_MARKER.test(trimmed)) {
      if (current) current.pages.push([]);
      continue;
    }
    if (trimmed === String(rows.length + 1)) {
      current = { seq: Number(trimmed), line: i + 1, pages: [[]] };
      rows.push(current);
      continue;
    }
    if (!current) throw new Error(`business environment list, line ${i + 1}: expected 序号 1 after the header, found "${trimmed}"`);
    current.pages[current.pages.length - 1].push(...cutAfterFullStops(trimmed, i + 1));
  }
  for (const row of rows) row.pages = row.pages.filter((page) => page.length > 0);
  return { notice, rows };
}

/**
 * The extractor puts a space where a run of Latin letters or digits meets Chinese text
 * ("2023 年", "APP 便民服务", "5G 通信"); the notice has none there. Spaces between two Latin
 * runs are kept.
 */
export function closeExtractorSpaces(text: string): string {
  return text.replace(/(?<=[\x21-\x7e])[ \t]+(?=[\u0080-\uffff])|(?<=[\u0080-\uffff])[ \t]+(?=[\x21-\x7e])/g, '');
}
