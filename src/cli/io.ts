import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DubanError } from '../domain/errors.js';
import { commonMessages } from '../domain/messages/index.js';
import type { Progress } from '../domain/operation.js';

export interface Writable {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
}

export interface Command {
  name: string;
  /** One line in Chinese for `duban help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** node:util parseArgs, with usage errors turned into exit code 2 and a Chinese message. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new DubanError(commonMessages.badArguments((error as Error).message));
  }
}

export function requireOption(value: string | undefined, option: string): string {
  if (!value) throw new DubanError(commonMessages.missingOption(option));
  return value;
}

/** Progress goes to stderr, one line per step, so stdout stays clean for --json. */
export function progressToStderr(io: CliIO): (progress: Progress) => void {
  return ({ done, total, note }) => io.stderr.write(`[${done}/${total}]${note ? ` ${note}` : ''}\n`);
}

export function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
