/**
 * The command line's own input and output: options, progress on stderr, JSON on stdout or in a
 * file, and writing files (atomically, never over an input) with a clear error. Nothing here loads ExcelJS.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DubanError } from '../domain/errors.js';
import { commonMessages, outputMessages, xlsxMessages } from '../domain/messages/index.js';
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

/** A mistake in how a command was called: `main` adds the command's usage to the message. */
export class UsageError extends DubanError {}

/** node:util's English parse errors, in Chinese. */
function argumentProblem(error: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1]?.split(' ')[0] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return commonMessages.unknownOption(quoted);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return commonMessages.optionNeedsValue(quoted);
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return commonMessages.unexpectedArgument(quoted);
  return commonMessages.badArguments(error.message);
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
    throw new UsageError(argumentProblem(error as Error));
  }
}

export function requireOption(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(commonMessages.missingOption(option));
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

/** The advice that fits a write failure; the default (missing folder, file open in Excel) otherwise. */
function writeProblem(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  // The system's message names the temporary file; the code alone says enough here.
  if (code === 'ENAMETOOLONG') return outputMessages.nameTooLong(code);
  if (code === 'ENOSPC' || code === 'EDQUOT') return outputMessages.noSpace(code);
  if (code === 'EISDIR') return outputMessages.isDirectory;
  return xlsxMessages.writeFailed(message);
}

/** Temporary files being written: removed when the run is interrupted (Ctrl-C, kill), so none is left behind. */
const pending = new Set<string>();
let watchingSignals = false;

function removeOnInterrupt(path: string): void {
  pending.add(path);
  if (watchingSignals) return;
  watchingSignals = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const file of pending) rmSync(file, { force: true });
      // Ends the run as the signal would have (the handler is gone now).
      process.kill(process.pid, signal);
    });
  }
}

/**
 * The one way the CLI writes a file: into a temporary file beside `path`, flushed, then renamed
 * into place. A killed run or a failed write leaves the previous file as it was, and a reader never
 * sees half a file. A failure names the file instead of showing a stack.
 */
export async function writeOutput(path: string, content: string | Uint8Array): Promise<void> {
  // Short and hidden: a long target name must not make the temporary name too long, and a leftover
  // from a killed run is listed as a hidden file, never read as a return.
  const temporary = join(dirname(path), `.duban-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  removeOnInterrupt(temporary);
  try {
    handle = await open(temporary, 'wx');
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new DubanError(writeProblem(error), { file: path });
  } finally {
    pending.delete(temporary);
  }
}

/** Where a path really is: its real path when it exists, else its folder's real path and its name. */
async function locate(path: string): Promise<{ real: string; id?: string; directory: boolean }> {
  try {
    const real = await realpath(path);
    const info = await stat(real);
    return { real, id: `${info.dev}:${info.ino}`, directory: info.isDirectory() };
  } catch {
    try {
      return { real: join(await realpath(dirname(resolve(path))), basename(path)), directory: false };
    } catch {
      return { real: resolve(path), directory: false };
    }
  }
}

const within = (path: string, folder: string) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * Refuses (exit 2, before any work) an output that would overwrite an input file — compared by
 * real path and by file identity, so links and hard links count — or that would land inside an
 * input folder, where the next run would read it as an input; and two outputs that are one file.
 */
export async function refuseOutputsOverInputs(outputs: readonly (string | undefined)[], inputs: readonly string[]): Promise<void> {
  const located = await Promise.all(inputs.map(async (input) => ({ input, ...(await locate(input)) })));
  const seen: { output: string; real: string; id?: string }[] = [];
  for (const output of outputs) {
    if (!output) continue;
    const where = await locate(output);
    for (const input of located) {
      const same = where.real === input.real || (where.id !== undefined && where.id === input.id);
      if (same) throw new DubanError(outputMessages.outputIsInput(output, input.input));
      if (input.directory && within(where.real, input.real)) throw new DubanError(outputMessages.outputInInputFolder(output, input.input));
    }
    const twice = seen.find((other) => other.real === where.real || (where.id !== undefined && other.id === where.id));
    if (twice) throw new DubanError(outputMessages.sameOutputTwice(twice.output, output));
    seen.push({ output, ...where });
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
