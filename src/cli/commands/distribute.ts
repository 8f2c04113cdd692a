import { distributeReturns } from '../../app/index.js';
import { DubanError, EXIT } from '../../domain/errors.js';
import { returnCliMessages as say, reviewMessages } from '../../domain/messages/index.js';
import { parseCommandArgs, progressToStderr, type Command } from '../io.js';
import { requirePeriod } from '../options.js';
import { cliClock, fileStore, folderSink } from '../ports.js';

export const distributeCommand: Command = {
  name: 'distribute',
  summary: say.distributeSummary,
  usage: say.distributeUsage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { period: { type: 'string' }, 'out-dir': { type: 'string' } });
    const [masterPath, ...extra] = positionals;
    const outDir = values['out-dir'];
    if (!masterPath || extra.length > 0 || !outDir) throw new DubanError(say.usage(say.distributeUsage));
    const period = requirePeriod(values.period);
    const outcome = await distributeReturns(
      { store: fileStore(masterPath), output: folderSink(outDir, [masterPath]), clock: cliClock() },
      { period, file: masterPath },
      { onProgress: progressToStderr(io) },
    );
    for (const warning of outcome.warnings) io.stderr.write(`${warning}\n`);
    for (const { unit, rows } of outcome.sentBack) io.stderr.write(`${reviewMessages.sentBackIncluded(unit, rows)}\n`);
    io.stderr.write(`${say.distributed(outcome.files.length, period.label, outDir)}\n`);
    return EXIT.ok;
  },
};
