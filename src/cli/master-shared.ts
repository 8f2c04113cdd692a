/** What the commands that write workbooks share: dates and periods from options, writing a spec with clear errors. */
import { extname } from 'node:path';
import { ISO_DATE_PATTERN, isExistingIsoDate } from '../domain/calendar.js';
import { DubanError } from '../domain/errors.js';
import { commonMessages, masterMessages as say } from '../domain/messages/index.js';
import { parsePeriod, readPeriod, type Period } from '../domain/period/index.js';
import type { WorkbookSpec } from '../domain/spec/index.js';
import { renderWorkbook } from '../xlsx/index.js';
import { UsageError, writeOutput, type CliIO } from './io.js';
import { localIsoNow } from './returns-shared.js';

/** --date / --today: an ISO date that exists; undefined when not given. 2023-02-30 is called impossible, not badly written. */
export function optionDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (ISO_DATE_PATTERN.test(text) && !isExistingIsoDate(text)) throw new DubanError(say.impossibleDate(text));
  if (!isExistingIsoDate(text)) throw new DubanError(say.badDate(value));
  return text;
}

/** --period: its canonical code (2023年第一季度 → 2023Q1); undefined when not given. One wording for a bad period: the domain's. */
export function optionPeriod(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return readPeriod(value).code;
}

/** A period that does not overlap the list's year is most likely a typo: say so on stderr, and go on. */
export function warnPeriodOutsideYear(io: CliIO, period: Period | string | undefined, year: number): void {
  const parsed = typeof period === 'string' ? parsePeriod(period) : period;
  if (!parsed) return;
  if (parsed.end < `${year}-01-01` || parsed.start > `${year}-12-31`) io.stderr.write(`${commonMessages.periodOutsideYear(parsed.label, year)}\n`);
}

/** The --out path, whose extension must be one of `allowed` (.xlsx, .csv …); anything else is refused. */
export function checkOutExtension(path: string, allowed: readonly string[]): string {
  const extension = extname(path).toLowerCase();
  if (!allowed.includes(extension)) throw new UsageError(commonMessages.badOutExtension(path, allowed));
  return extension;
}

/** The generation time: midnight UTC of the given date (reproducible files), else now on this machine. */
export function generationTime(date: string | undefined): string {
  return date ? `${date}T00:00:00Z` : localIsoNow();
}

/** Renders a spec to .xlsx and writes it; a failure names the file instead of showing a stack. */
export async function writeSpec(spec: WorkbookSpec, path: string): Promise<void> {
  await writeOutput(path, await renderWorkbook(spec));
}
