/**
 * What every caller of the importers does the same way, whatever reads the bytes (the CLI's
 * `duban import`, the task pane): the list id a file name gives, and a notice read with its
 * deadlines parsed into milestones.
 */
import { withParsedDeadlines } from '../deadline/index.js';
import { noticeMessages } from '../messages/index.js';
import type { TaskList } from '../model/index.js';
import { parseNoticeText, type NoticeMeta } from './notice-text.js';

/** The id an imported list gets when the user names none. */
export const DEFAULT_IMPORT_ID = 'imported-list';

/**
 * "000_966d7ba61376989e.txt" → "000-966d7ba61376989e" (any folder in front is dropped); a name
 * without Latin letters or digits → "imported-list".
 */
export function listIdFromFileName(file: string): string {
  const slug = (file.split(/[/\\]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || DEFAULT_IMPORT_ID;
}

export interface ImportedNotice {
  list: TaskList;
  /** Rows that could not be read (with their line) and deadlines that could not be dated (without). */
  problems: { line?: number; message: string }[];
}

/** parseNoticeText, then each deadline phrase turned into milestones; unparsed phrases become problems. */
export function importNoticeText(text: string, meta: NoticeMeta): ImportedNotice {
  const notice = parseNoticeText(text, meta);
  const { list, unparsed } = withParsedDeadlines(notice.list);
  const deadlineProblems = unparsed.map(({ seq, problem }) => ({ message: noticeMessages.unparsedDeadline(seq, problem) }));
  return { list, problems: [...notice.problems, ...deadlineProblems] };
}
