import { DubanError, EXIT } from '../domain/errors.js';
import { commonMessages, fixHints } from '../domain/messages/index.js';
import { CancelledError } from '../domain/operation.js';
import { commands } from './commands/index.js';
import { UsageError, type CliIO } from './io.js';

function help(io: CliIO): number {
  io.stdout.write(`${commonMessages.helpTitle}\n\n${commonMessages.helpUsage}\n`);
  for (const command of commands) io.stdout.write(`  ${command.usage}\n      ${command.summary}\n`);
  io.stdout.write(`\n${commonMessages.helpFooter}\n`);
  return EXIT.ok;
}

const HELP_FLAGS = new Set(['--help', '-h']);

/** Runs one command and returns its exit code; user errors are printed in Chinese, never as a stack. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') return help(io);
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`${commonMessages.unknownCommand(name)}\n`);
    return EXIT.badInput;
  }
  // Before `--`, a help flag anywhere asks for the command's help (and runs nothing).
  const beforeEnd = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (beforeEnd.some((arg) => HELP_FLAGS.has(arg))) {
    io.stdout.write(commonMessages.commandHelp(command.usage, command.summary));
    return EXIT.ok;
  }
  try {
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n${commonMessages.seeUsage(command.usage, command.name)}\n`);
      return error.exitCode;
    }
    if (error instanceof DubanError) {
      // The problem, then how to fix it on the command line (the pane says it in its own terms).
      const hint = fixHints.cli[error.code];
      io.stderr.write(`${error.message}${hint ?? ''}\n`);
      return error.exitCode;
    }
    if (error instanceof CancelledError) {
      io.stderr.write(`${commonMessages.cancelled}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(`${commonMessages.internalError((error as Error)?.message ?? String(error))}\n`);
    if (process.env.DUBAN_DEBUG) io.stderr.write(`${(error as Error)?.stack}\n`);
    return EXIT.badInput;
  }
}
