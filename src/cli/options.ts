/** The options several commands share, read with the application layer's readers (src/app/options.ts). */
import { extname } from 'node:path';
import { periodOutsideYear, readPeriodText } from '../app/index.js';
import { DubanError } from '../domain/errors.js';
import { commonMessages } from '../domain/messages/index.js';
import type { Period } from '../domain/period/index.js';
import { UsageError, type CliIO } from './io.js';

export function requirePeriod(text: string | undefined): Period {
  const period = readPeriodText(text);
  if (!period) throw new DubanError(commonMessages.missingOption('--period'));
  return period;
}

/** A period outside the list's year is most likely a typo: said on stderr, and the command goes on. */
export function warnPeriodOutsideYear(io: CliIO, period: Period | string | undefined, year: number): void {
  const warning = periodOutsideYear(period, year);
  if (warning) io.stderr.write(`${warning}\n`);
}

/** The --out path, whose extension must be one of `allowed` (.xlsx, .csv …); anything else is refused. */
export function checkOutExtension(path: string, allowed: readonly string[]): string {
  const extension = extname(path).toLowerCase();
  if (!allowed.includes(extension)) throw new UsageError(commonMessages.badOutExtension(path, allowed));
  return extension;
}
