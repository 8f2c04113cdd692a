import { DubanError } from '../../domain/errors.js';
import { buildSummarySpec } from '../../domain/master/index.js';
import { masterMessages as say } from '../../domain/messages/index.js';
import { periodLabel, selectedPeriod, summarize } from '../../domain/summarize/index.js';
import { outputJson, parseCommandArgs, refuseOutputsOverInputs, takeJsonOption, type Command } from '../io.js';
import { generationTime, optionDate, optionPeriod, writeSpec } from '../master-shared.js';
import { readMasterFile } from '../returns-shared.js';

export const summarizeCommand: Command = {
  name: 'summarize',
  summary: say.summarizeSummary,
  usage: say.summarizeUsage,
  async run(args, io) {
    const { rest, json } = takeJsonOption(args);
    const { values, positionals } = parseCommandArgs(rest, { out: { type: 'string' }, period: { type: 'string' }, today: { type: 'string' } });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new DubanError(say.usage(say.summarizeUsage));
    const asked = optionPeriod(values.period);
    const givenToday = optionDate(values.today);
    const generatedAt = generationTime(givenToday);
    const today = givenToday ?? generatedAt.slice(0, 10);

    await refuseOutputsOverInputs([values.out, json?.file], [file]);
    const { list, directory, progress, alertRules, scoringRules } = await readMasterFile(file);
    const period = selectedPeriod(list, progress, asked);
    const summary = summarize({ list, directory, progress, period, today, rules: alertRules, scoring: scoringRules });
    io.stderr.write(`${say.periodUsed(period, periodLabel(period))}\n`);

    if (values.out) {
      await writeSpec(buildSummarySpec(summary, list, { period, today, generatedAt }), values.out);
      io.stderr.write(`${say.written(values.out)}\n`);
    }
    await outputJson(io, json, summary, say.written);
    return 0;
  },
};
