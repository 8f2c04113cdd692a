/** What the commands that write workbooks share: dates and periods from options, writing a spec with clear errors. */
import { isExistingIsoDate } from '../domain/calendar.js';
import { DubanError } from '../domain/errors.js';
import { masterMessages as say } from '../domain/messages/index.js';
import { parsePeriod } from '../domain/period/index.js';
import type { WorkbookSpec } from '../domain/spec/index.js';
import { renderWorkbook } from '../xlsx/index.js';
import { writeOutput } from './io.js';
import { localIsoNow } from './returns-shared.js';

/** --date / --today: an ISO date that exists; undefined when not given. */
export function optionDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (!isExistingIsoDate(text)) throw new DubanError(say.badDate(value));
  return text;
}

/** --period: its canonical code (2023年第一季度 → 2023Q1); undefined when not given. */
export function optionPeriod(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const period = parsePeriod(value);
  if (!period) throw new DubanError(say.badPeriod(value));
  return period.code;
}

/** The generation time: midnight UTC of the given date (reproducible files), else now on this machine. */
export function generationTime(date: string | undefined): string {
  return date ? `${date}T00:00:00Z` : localIsoNow();
}

/** Renders a spec to .xlsx and writes it; a failure names the file instead of showing a stack. */
export async function writeSpec(spec: WorkbookSpec, path: string): Promise<void> {
  await writeOutput(path, await renderWorkbook(spec));
}
