/**
 * Numbers as Chinese documents write them: 十二 for a category, 二〇二三 for a year, 6 or 六 for a
 * month or a day. The one numeral reader of the importers and the deadline grammar; null for
 * anything that is not such a number, so a caller can report the text instead of guessing.
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99; null for anything else. */
export function chineseNumber(text: string): number | null {
  const match = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, units] = match;
  if (ten === '') return tens !== '' && units === '' ? DIGITS[tens] : null;
  return (tens === '' ? 1 : DIGITS[tens]) * 10 + (units === '' ? 0 : DIGITS[units]);
}

/** "6" or "六", "12" or "十二", "31" or "三十一" (a month, a day, a category number); null for anything else. */
export function smallNumber(text: string): number | null {
  return /^\d{1,2}$/.test(text) ? Number(text) : chineseNumber(text);
}

/** "2023" or "二〇二三" → 2023 (a year written digit by digit); null for anything else. */
export function yearNumber(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九]{4}$/.test(text)) return null;
  return [...text].reduce((n, ch) => n * 10 + DIGITS[ch], 0);
}
