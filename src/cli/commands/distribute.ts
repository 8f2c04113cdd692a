import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DubanError, EXIT } from '../../domain/errors.js';
import { sentBackLines } from '../../domain/master/index.js';
import { returnCliMessages as say, reviewMessages } from '../../domain/messages/index.js';
import { buildReturnSpec, planDistribution } from '../../domain/returns/index.js';
import { parseCommandArgs, progressToStderr, refuseOutputsOverInputs, type Command } from '../io.js';
import { warnPeriodOutsideYear, writeSpec } from '../master-shared.js';
import { localIsoNow, readMasterFile, requirePeriod } from '../returns-shared.js';

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
    const { list, directory, reviews, closures } = await readMasterFile(masterPath);
    warnPeriodOutsideYear(io, period, list.year);
    const sentBack = sentBackLines(reviews ?? [], period.code);
    const plan = planDistribution({ list, directory, period, closed: new Set((closures ?? []).map((closure) => closure.seq)) });
    if (plan.pending.length > 0) io.stderr.write(`${say.pendingGroups(plan.pending.length, new Set(plan.pending.flatMap((item) => item.seqs)).size, plan.pending.map((item) => item.group).join('、'))}\n`);
    if (plan.returns.length === 0) throw new DubanError(say.nothingToDistribute, { file: masterPath });
    await refuseOutputsOverInputs(plan.returns.map((planned) => join(outDir, planned.fileName)), [masterPath]);

    await mkdir(outDir, { recursive: true });
    io.stderr.write(`${say.distributing(plan.returns.length, outDir)}\n`);
    const progress = progressToStderr(io);
    const generatedAt = localIsoNow();
    for (const [index, planned] of plan.returns.entries()) {
      progress({ done: index + 1, total: plan.returns.length, note: planned.fileName });
      const lines = sentBack.get(planned.unit) ?? [];
      if (lines.length > 0) io.stderr.write(`${reviewMessages.cliSentBack(planned.unit, lines.length - 1)}\n`);
      await writeSpec(buildReturnSpec({ plan, planned, generatedAt, sentBack: lines }), join(outDir, planned.fileName));
    }
    io.stderr.write(`${say.distributed(plan.returns.length, period.label, outDir)}\n`);
    return EXIT.ok;
  },
};
