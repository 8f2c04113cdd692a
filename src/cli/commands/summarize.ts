import { readDate, readPeriodText, summarizeMaster, summaryCsvText, summaryJson, summaryWorkbook } from '../../app/index.js';
import { DubanError } from '../../domain/errors.js';
import { commonMessages, masterMessages as say } from '../../domain/messages/index.js';
import { outputJson, parseCommandArgs, refuseOutputsOverInputs, takeJsonOption, UsageError, writeOutput, type Command } from '../io.js';
import { checkOutExtension, warnPeriodOutsideYear } from '../options.js';
import { cliClock, fileStore, writeWorkbookFile } from '../ports.js';

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
    const period = readPeriodText(values.period)?.code;
    const today = readDate(values.today);

    await refuseOutputsOverInputs([values.out, json?.file], [file]);
    const outcome = await summarizeMaster({ store: fileStore(file), clock: cliClock() }, { period, today, file });
    warnPeriodOutsideYear(io, outcome.period, outcome.list.year);
    io.stderr.write(`${say.periodUsed(outcome.period, outcome.periodLabel)}\n`);

    if (values.out) {
      if (extension === '.csv') await writeOutput(values.out, await summaryCsvText(outcome));
      else await writeWorkbookFile(values.out, await summaryWorkbook(outcome));
      io.stderr.write(`${say.written(values.out)}\n`);
    }
    await outputJson(io, json, summaryJson(outcome), say.written);
    return 0;
  },
};
