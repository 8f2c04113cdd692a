/** The summary as CSV (`duban summarize --out 汇总.csv`): 按单位, a blank line, 按领导; UTF-8 with a BOM so Excel and WPS read the Chinese. */
import { HEADERS } from '../vocabulary.js';
import { LEADER_KEYS } from './leaders.js';
import { COUNT_KEYS } from './counts.js';
import type { Summary } from './summarize.js';

function field(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would be read as a formula by a spreadsheet: quote it as text.
  const guarded = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function line(values: (string | number)[]): string {
  return values.map(field).join(',');
}

export function summaryCsv(summary: Pick<Summary, 'byUnit' | 'byLeader'>): string {
  const lines = [
    line(HEADERS.summaryByUnit.slice(0, 1 + COUNT_KEYS.length)),
    ...summary.byUnit.map((row) => line([row.unit, ...COUNT_KEYS.map((key) => row[key])])),
    '',
    line(HEADERS.summaryByLeader.slice(0, 1 + LEADER_KEYS.length)),
    ...summary.byLeader.map((row) => line([row.leader, ...LEADER_KEYS.map((key) => row[key])])),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
