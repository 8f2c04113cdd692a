/**
 * What a notice says about itself, read from the text above its attachment table: the title (which
 * may be split over the first lines), the issuer, the date it was signed and the reporting dates.
 */
import type { Reporting } from '../model/index.js';
import { cellLines, datesIn, standaloneDate } from './notice-fields.js';

/** The kinds of document a notice title ends with. */
const TITLE_END = /(通知|意见|决定|方案|清单|办法|规定|通报|函|批复|要点|分解表|责任表)$/;
/** A title never runs on for more lines than this. */
const MAX_TITLE_LINES = 4;
/** "（2023年1月6日）" written after a title. */
const TITLE_DATE = /[（(]\s*\d{4}\s*年[^（）()]*日\s*[）)]$/;

export interface NoticeHeading {
  title: string;
  /** Line number (1-based) of the title's last line; 0 when no title was found. */
  titleEndLine: number;
  issuedOn: string | null;
}

/**
 * The notice title: the first non-blank lines joined until they end like a document title
 * (…的通知). Stops at an addressee line (…：), a sentence (…。) or the table. Null when the text opens otherwise.
 */
export function readHeading(lines: readonly string[]): NoticeHeading | null {
  const pieces: string[] = [];
  for (let i = 0; i < lines.length && pieces.length < MAX_TITLE_LINES; i += 1) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (lines[i].startsWith('\t') || /[：:。]$/.test(line)) return null;
    pieces.push(line);
    const joined = pieces.join('');
    const dated = TITLE_DATE.exec(joined);
    const title = dated ? joined.slice(0, dated.index).trim() : joined;
    if (TITLE_END.test(title)) {
      return { title, titleEndLine: i + 1, issuedOn: dated ? standaloneDate(dated[0]) : null };
    }
  }
  return null;
}

/** What a list's own title ends with, besides a notice's. */
const LIST_TITLE_END = /(通知|意见|决定|方案|清单|办法|规定|通报|函|批复|要点|分解表|责任表|分解|分工|一览表|任务表|计划|安排)$/;
/** Lines that open a page or a document but are not its title: 文件 heads, document numbers, page chrome. */
const NOT_A_TITLE_START = /(文件|〔\d{4}〕\d+号|号)$|^附件|[|｜>]|[:：,，。]|^\d{4}[-年.]\d{1,2}[-月.]\d{1,2}/;

/**
 * The title of a published list anywhere in its first lines: a notice title (…的通知) or a list's
 * own (…任务分解方案), possibly over up to five lines; page chrome, document numbers, addressee
 * lines and sentences are skipped. Spaces inside the title are dropped. Null when there is none.
 */
export function findTitle(lines: readonly string[], limit = 80): string | null {
  const texts = lines.slice(0, limit).map((line) => line.trim());
  for (let i = 0; i < texts.length; i += 1) {
    if (texts[i] === '' || NOT_A_TITLE_START.test(texts[i]) || /^[（(]?[一二三四五六七八九十\d①-⑳]{1,3}[、.．）)]/.test(texts[i])) continue;
    let joined = '';
    for (let j = i; j < Math.min(texts.length, i + 5); j += 1) {
      if (texts[j] === '') continue;
      if (j > i && NOT_A_TITLE_START.test(texts[j])) break;
      joined += texts[j];
      const title = joined.replace(/[\s\u3000]+/g, '');
      if (title.length >= 6 && title.length <= 120 && LIST_TITLE_END.test(title.replace(TITLE_DATE, ''))) return title.replace(TITLE_DATE, '');
    }
  }
  return null;
}

/** The office before 关于 (and before 印发/转发 when it forwards another office's document). */
export function issuerOf(title: string): string {
  const at = title.indexOf('关于');
  if (at <= 0) return '';
  return title.slice(0, at).replace(/(印发|转发).*$/, '').trim();
}

/** The first "20xx年" in a text, or null. */
export function yearIn(text: string): number | null {
  const match = /((?:19|20)\d{2})\s*年/.exec(text);
  return match ? Number(match[1]) : null;
}

/** The first line after the title that is nothing but a date: the date the notice was signed. */
export function signedOn(lines: readonly string[]): string | null {
  for (const line of lines) {
    const date = standaloneDate(line);
    if (date) return date;
  }
  return null;
}

const SCHEDULE_WORDS: readonly [RegExp, Reporting['schedule']][] = [
  [/季度/, 'quarterly'],
  [/每月|月度|每个月/, 'monthly'],
  [/半年/, 'half-yearly'],
  [/每年|年度|全年/, 'yearly'],
];
const SCHEDULE_BY_COUNT: Record<number, Reporting['schedule']> = { 1: 'yearly', 2: 'half-yearly', 4: 'quarterly', 12: 'monthly' };

/**
 * Reporting dates stated in the body: a sentence that asks for a report (报送/上报/报告, titles in
 * 《》 left out) and names dates or a period (每季度…). Nothing stated → { schedule: 'none' }.
 */
export function readReporting(body: readonly string[], year: number): Reporting {
  const text = cellLines(body).join('').replace(/《[^》]*》/g, '');
  for (const sentence of text.split(/[。；;]/)) {
    if (!/报送|上报|报告/.test(sentence)) continue;
    const deadlines = datesIn(sentence, year);
    const periodic = /每(个)?(月|季度|半年|年)/.test(sentence);
    if (deadlines.length === 0 && !periodic) continue;
    const named = SCHEDULE_WORDS.find(([pattern]) => pattern.test(sentence));
    const schedule = named ? named[1] : (SCHEDULE_BY_COUNT[deadlines.length] ?? 'none');
    return { schedule, deadlines };
  }
  return { schedule: 'none', deadlines: [] };
}
