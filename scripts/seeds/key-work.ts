/**
 * The built-in list tianjin-2023-key-work: 天津市人民政府关于切实做好2023年市政府重点工作的通知
 * and its attachment 2023年市政府重点工作责任分解表 (160 tasks), read by the notice-text importer.
 */
import { parseNoticeText } from '../../src/domain/import/index.js';
import type { TaskList } from '../../src/domain/model/index.js';

export const KEY_WORK_SOURCE = '000_966d7ba61376989e.txt';
export const KEY_WORK_ID = 'tianjin-2023-key-work';

/** Builds the list from its source text; any problem the importer reports makes the seed build fail. */
export function buildKeyWorkList(readSource: (name: string) => string): TaskList {
  const { list, problems } = parseNoticeText(readSource(KEY_WORK_SOURCE), { id: KEY_WORK_ID, source: KEY_WORK_SOURCE });
  if (problems.length > 0) {
    throw new Error(`${KEY_WORK_SOURCE}: ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  }
  return list;
}
