import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DubanError, EXIT } from '../../domain/errors.js';
import { BUILTIN_LIST_IDS, fillDemoReturnFiles, isBuiltinListId } from '../../app/index.js';
import { briefMessages, demoMessages as say, returnCliMessages } from '../../domain/messages/index.js';
import { parseCommandArgs, type CliIO, type Command } from '../io.js';
import { requirePeriod } from '../options.js';
import { cliClock, fileStore, folderSink } from '../ports.js';
import { briefCommand } from './brief.js';
import { consolidateCommand } from './consolidate.js';
import { distributeCommand } from './distribute.js';
import { initCommand } from './init.js';
import { summarizeCommand } from './summarize.js';

/** Runs a step through the same command a user would type, so the demo shows the real behaviour. */
async function step(command: Command, args: string[], io: CliIO, accept: number[] = [EXIT.ok]): Promise<void> {
  const code = await command.run(args, io);
  if (!accept.includes(code)) throw new DubanError(returnCliMessages.usage(`duban ${command.name} ${args.join(' ')}`));
}

async function demoOfList(listId: string, periodText: string, dir: string, io: CliIO): Promise<void> {
  const say1 = (text: string) => io.stdout.write(`${text}\n`);
  const period = requirePeriod(periodText);
  const master = join(dir, 'master.xlsx');
  const returnsDir = join(dir, 'returns');
  const returnedDir = join(dir, 'returned');
  await mkdir(returnedDir, { recursive: true });

  say1(say.step(1, `${say.stepInit}（${listId}）`));
  await step(initCommand, ['--list', listId, '--out', master], io);
  say1(say.step(2, say.stepDistribute));
  await step(distributeCommand, [master, '--period', period.code, '--out-dir', returnsDir], io);

  const outcome = await fillDemoReturnFiles({ store: fileStore(master), output: folderSink(returnedDir, [master]), clock: cliClock() }, { period });
  say1(say.step(3, say.stepReturn(outcome.returned, outcome.silentUnits.join('、'))));
  if (outcome.tamperedUnit && outcome.synonymUnit && outcome.duplicateUnit) {
    say1(say.trouble(outcome.tamperedUnit, outcome.synonymUnit, outcome.duplicateUnit));
  }

  say1(say.step(4, say.stepConsolidate));
  const merged = join(dir, 'merged.xlsx');
  await step(consolidateCommand, [master, returnedDir, '--period', period.code, '--out', merged, '--json', join(dir, 'report.json')], io, [EXIT.ok, EXIT.findings]);
  say1(say.step(5, say.stepSummarize));
  await step(summarizeCommand, [merged, '--period', period.code, '--out', join(dir, 'summary.xlsx'), '--json', join(dir, 'summary.json')], io);
  say1(say.step(6, briefMessages.demoStep));
  await step(briefCommand, [merged, '--period', period.code, '--out', join(dir, briefMessages.demoFile)], io);
  say1(say.done(dir));
}

export const demoCommand: Command = {
  name: 'demo',
  summary: say.summary,
  usage: say.usage,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { 'out-dir': { type: 'string' }, list: { type: 'string' }, period: { type: 'string' } }, false);
    const outDir = values['out-dir'] ?? 'out/demo';
    const ids = values.list ? [values.list] : BUILTIN_LIST_IDS;
    for (const id of ids) {
      if (!isBuiltinListId(id)) throw new DubanError(say.usage);
      await demoOfList(id, values.period ?? '2023Q1', join(outDir, id), io);
    }
    return EXIT.ok;
  },
};
