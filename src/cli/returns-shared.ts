/** What `distribute` and `consolidate` share: the --period option, the master workbook, the local clock. */
import { DubanError } from '../domain/errors.js';
import { commonMessages, returnCliMessages as say } from '../domain/messages/index.js';
import { readMaster } from '../domain/master/index.js';
import { parsePeriod, type Period } from '../domain/period/index.js';
import { readWorkbook } from '../xlsx/index.js';

export function requirePeriod(text: string | undefined): Period {
  if (!text) throw new DubanError(commonMessages.missingOption('--period'));
  const period = parsePeriod(text);
  if (!period) throw new DubanError(say.badPeriod(text));
  return period;
}

/** The master workbook's list, directory and progress; an unreadable master is a DubanError (exit 2). */
export async function readMasterFile(path: string) {
  return readMaster(await readWorkbook(path, { file: path }), path);
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** An ISO date-time in the machine's time zone, e.g. 2023-04-05T10:00:00+08:00. */
export function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

export function localIsoNow(): string {
  return localIso(new Date());
}
