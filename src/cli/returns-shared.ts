/** What `distribute` and `consolidate` share: the --period option, the master workbook, the local clock. */
import { localIso } from '../domain/datetime.js';
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

/** Now, as an ISO date-time in the machine's time zone (the CLI reads the clock, the domain never does). */
export function localIsoNow(): string {
  return localIso(new Date());
}
