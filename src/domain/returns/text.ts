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

/** 2023-04-10T08:30:00.000Z → 2023-04-10 08:30 (as written, in the time zone of the ISO text). */
export function shortDateTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!match) return iso;
  return match[2] ? `${match[1]} ${match[2]}` : match[1];
}
