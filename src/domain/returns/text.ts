/** Small text helpers for reading returned workbooks, where people add spaces, line breaks and full-width forms. */

/** NFKC, without any whitespace (spaces, full-width spaces, line breaks, zero-width characters). */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

/** Trims and turns Windows line breaks into plain ones; keeps the text otherwise as typed. */
export function tidy(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** 2023-04-10 → 2023年4月10日. */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** How a list names itself and its tasks, so forms and reminders speak its language. */
export interface ListWording {
  /** The list's own name: 天津市2023年优化营商环境责任清单 out of 关于印发…的通知, else the title. */
  name: string;
  /** Its word for a task: 责任事项 for a 责任清单, 重点工作 for a 重点工作 list, else 任务. */
  task: string;
}

export function listWording(title: string): ListWording {
  const issued = /关于印发(.+?)的通知/.exec(title)?.[1];
  const name = (issued ?? title).replace(/[《》]/g, '').trim() || title;
  const task = /责任清单/.test(name) ? '责任事项' : /重点工作/.test(name) ? '重点工作' : '任务';
  return { name, task };
}
