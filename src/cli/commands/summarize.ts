import { DubanError } from '../../domain/errors.js';
import { buildSummarySpec } from '../../domain/master/index.js';
import { masterMessages as say } from '../../domain/messages/index.js';
import { commonMessages } from '../../domain/messages/index.js';
import { periodLabel, selectedPeriod, summarize, summaryCsv } from '../../domain/summarize/index.js';
import { outputJson, parseCommandArgs, refuseOutputsOverInputs, takeJsonOption, UsageError, writeOutput, type Command } from '../io.js';
import { checkOutExtension, generationTime, optionDate, optionPeriod, warnPeriodOutsideYear, writeSpec } from '../master-shared.js';
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
    if (!values.out && !json) throw new UsageError(commonMessages.nothingWritten('--out 汇总.xlsx（或 .csv）或 --json'));
    const extension = values.out ? checkOutExtension(values.out, ['.xlsx', '.csv']) : undefined;
    const asked = optionPeriod(values.period);
    const givenToday = optionDate(values.today);
    const generatedAt = generationTime(givenToday);
    const today = givenToday ?? generatedAt.slice(0, 10);

    await refuseOutputsOverInputs([values.out, json?.file], [file]);
    const { list, directory, progress, alertRules, scoringRules } = await readMasterFile(file);
    const period = selectedPeriod(list, progress, asked);
    warnPeriodOutsideYear(io, period, list.year);
    const summary = summarize({ list, directory, progress, period, today, rules: alertRules, scoring: scoringRules });
    io.stderr.write(`${say.periodUsed(period, periodLabel(period))}\n`);

    if (values.out && extension === '.csv') {
      await writeOutput(values.out, summaryCsv(summary));
      io.stderr.write(`${say.written(values.out)}\n`);
    } else if (values.out) {
      await writeSpec(buildSummarySpec(summary, list, { period, today, generatedAt }), values.out);
      io.stderr.write(`${say.written(values.out)}\n`);
    }
    await outputJson(io, json, summary, say.written);
    return 0;
  },
};
