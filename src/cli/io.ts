/**
 * The command line's own input and output: options, progress on stderr, JSON on stdout or in a
 * file, and writing files with a clear error. Nothing here loads ExcelJS.
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DubanError } from '../domain/errors.js';
import { commonMessages, xlsxMessages } from '../domain/messages/index.js';
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

/** JSON as every command writes it, to stdout or to a file: indented, with a final line break. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(jsonText(value));
}

/** Writes bytes or text; a failure names the file instead of showing a stack. */
export async function writeOutput(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    throw new DubanError(xlsxMessages.writeFailed((error as Error).message), { file: path });
  }
}

/** The --json option: `{ file }` to write the JSON there, `{}` for stdout, null when not given. */
export interface JsonOption {
  file?: string;
}

/** Arguments that follow `--json` but are inputs, not the report file. */
const NOT_A_REPORT = /\.(xlsx|xlsm|xls|et|csv|docx?)$/i;

/**
 * `--json report.json` writes the JSON to a file; `--json` alone (at the end, or before another
 * option) writes it to stdout and nothing else there. `--json=report.json` works too.
 */
export function takeJsonOption(args: readonly string[]): { rest: string[]; json: JsonOption | null } {
  const rest: string[] = [];
  let json: JsonOption | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg.startsWith('--json=')) {
      json = { file: arg.slice('--json='.length) || undefined };
    } else if (arg === '--json') {
      const next = args[i + 1];
      const isFile = next !== undefined && !next.startsWith('-') && !NOT_A_REPORT.test(next) && !(existsSync(next) && statSync(next).isDirectory());
      json = isFile ? { file: next } : {};
      if (isFile) i += 1;
    } else {
      rest.push(arg);
    }
  }
  return { rest, json };
}

/** Writes `value` where --json asked: into its file (then `written(file)` on stderr), or alone on stdout. */
export async function outputJson(io: CliIO, json: JsonOption | null, value: unknown, written: (file: string) => string): Promise<void> {
  if (json?.file) {
    await writeOutput(json.file, jsonText(value));
    io.stderr.write(`${written(json.file)}\n`);
  } else if (json) {
    writeJson(io, value);
  }
}
