/**
 * What every caller of the importers does the same way, whatever reads the bytes (the CLI's
 * `duban import`, the task pane): the list id a file name gives, and a notice read with its
 * deadlines parsed into milestones.
 */
import { withParsedDeadlines } from '../deadline/index.js';
import { noticeMessages } from '../messages/index.js';
import type { TaskList } from '../model/index.js';
import { pinyinOf, toSimplified } from '../units/index.js';
import { parseNoticeText, type NoticeMeta } from './notice-text.js';

/** The id an imported list gets when the user names none. */
export const DEFAULT_IMPORT_ID = 'imported-list';

/** A place at the start of a name (立山区, 滨海新区, 湖州市): spelled out in full in an id. */
const PLACE = /^([\u4e00-\u9fa5]{1,6}?(?:自治区|省|市|县|区|旗|州|盟))(?![长委])/;
/** Words every title has, which tell lists apart no better than nothing. */
const FILLER = /人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|关于|印发|转发|的通知|通知|年度?|我市|我县|我区|的/g;
const MAX_INITIALS = 8;

/**
 * A readable id from a name or a title: the place spelled out, Latin words and digits as written,
 * and the pinyin first letters of the rest (立山区政府2023年重点工作任务分解方案 →
 * lishanqu-2023-zfzdgzrw). A name's 《document title》 stands for the whole name.
 */
function slugOf(text: string): string {
  return slugParts(text).join('-');
}

/** The parts of a slug: place, Latin words and years, initials of the rest (empty parts left out). */
function slugParts(text: string): string[] {
  const quoted = /《([^》]+)》/.exec(text)?.[1];
  const whole = toSimplified(text);
  let rest = toSimplified(quoted && quoted.length >= 8 ? quoted : text);
  const place = PLACE.exec(rest.replace(/[\s\u3000]+/g, ''))?.[1] ?? PLACE.exec(whole.replace(/[\s\u3000]+/g, ''))?.[1];
  if (place) rest = rest.split(place).join('');
  const latin: string[] = [...(rest.toLowerCase().match(/[a-z0-9]+/g) ?? [])];
  const year = /(?:19|20)\d{2}/.exec(whole)?.[0];
  if (year && !latin.some((word) => word.includes(year))) latin.push(year);
  const han = rest.replace(FILLER, '').replace(/[^\u4e00-\u9fa5]/g, '').slice(0, MAX_INITIALS);
  const parts = [place ? pinyinOf(place) : '', ...latin, han ? pinyinOf(han, true) : ''];
  return parts.filter((part) => part !== '');
}

/**
 * "000_966d7ba61376989e.txt" → "000-966d7ba61376989e" (any folder in front is dropped); Chinese in
 * the name is spelled in pinyin (滨海新区责任清单.csv → binhaixinqu-zrqd); a name with nothing to
 * spell → "imported-list".
 */
export function listIdFromFileName(file: string): string {
  return slugOf((file.split(/[/\\]/).pop() ?? '').replace(/\.[^.]*$/, '')) || DEFAULT_IMPORT_ID;
}

/** File names that say nothing about the list. */
const GENERIC_NAME = /^(?:[a-z]{1,2}|source|list|notice|file|document|untitled|new|text|paste|pasted|imported-list|xj|xjwbwd|xjwd|fj\d*|wd\d*|\d+)(?:-\d+)*$/;

/**
 * The id of an imported list: the file name's meaningful part, else the list's title — never a bare
 * year or number (2025.xlsx of 立山区政府2025年重点工作 → lishanqu-2025-zfzdgz).
 */
export function listIdFor(fileName: string | undefined, title: string): string {
  const fromFile = fileName ? listIdFromFileName(fileName) : DEFAULT_IMPORT_ID;
  // A file name of first letters only (区政府清单 → qzfqd) says less than a title with its place or year.
  const stem = (fileName ?? '').split(/[/\\]/).pop()?.replace(/\.[^.]*$/, '') ?? '';
  const onlyInitials = slugParts(stem).length === 1 && !PLACE.test(toSimplified(stem)) && !/[A-Za-z0-9]/.test(stem);
  if (fromFile !== DEFAULT_IMPORT_ID && !GENERIC_NAME.test(fromFile) && !(onlyInitials && slugParts(title).length > 1)) return fromFile;
  const fromTitle = slugOf(title);
  return /[a-z]/.test(fromTitle) ? fromTitle : DEFAULT_IMPORT_ID;
}

export interface ImportedNotice {
  list: TaskList;
  /** Rows that could not be read (with their line) and deadlines that could not be dated (without). */
  problems: { line?: number; message: string }[];
}

/** parseNoticeText, then each deadline phrase turned into milestones; unparsed phrases become problems. */
export function importNoticeText(text: string, meta: NoticeMeta): ImportedNotice {
  const notice = parseNoticeText(text, meta);
  if (meta.id === '') notice.list.id = listIdFor(meta.source, notice.list.title);
  const { list, unparsed } = withParsedDeadlines(notice.list);
  const deadlineProblems = unparsed.map(({ seq, problem }) => ({ message: noticeMessages.unparsedDeadline(seq, problem) }));
  return { list, problems: [...notice.problems, ...deadlineProblems] };
}
