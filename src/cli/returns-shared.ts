/** What `distribute` and `consolidate` share: the --period option, the master workbook, the local clock. */
import { isoAtOffset, localIso } from '../domain/datetime.js';
import { DubanError } from '../domain/errors.js';
import { commonMessages } from '../domain/messages/index.js';
import { readMaster } from '../domain/master/index.js';
import { readPeriod, type Period } from '../domain/period/index.js';
import { readWorkbook } from '../xlsx/index.js';

export function requirePeriod(text: string | undefined): Period {
  if (!text) throw new DubanError(commonMessages.missingOption('--period'));
  return readPeriod(text);
}

/** The master workbook's list, directory and progress; an unreadable master is a DubanError (exit 2). */
export async function readMasterFile(path: string) {
  return readMaster(await readWorkbook(path, { file: path }), path);
}

/**
 * Now, as an ISO date-time (the CLI reads the clock, the domain never does): Beijing time unless
 * the TZ environment variable names another zone, so a server set to UTC still dates a
 * consolidation by the office's day.
 */
export function localIsoNow(): string {
  return process.env.TZ ? localIso(new Date()) : isoAtOffset(new Date());
}
