import { draftBrief, readDate, readPeriodText } from '../../app/index.js';
import { DubanError } from '../../domain/errors.js';
import { briefMessages as say, masterMessages } from '../../domain/messages/index.js';
import { parseCommandArgs, writeOutput, type Command } from '../io.js';
import { cliClock, fileStore } from '../ports.js';

export const briefCommand: Command = {
  name: 'brief',
  summary: say.summary,
  usage: say.usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { period: { type: 'string' }, out: { type: 'string' }, text: { type: 'boolean' }, today: { type: 'string' } });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new DubanError(masterMessages.usage(say.usage));
    if (!values.out && !values.text) throw new DubanError(say.needOutput);
    if (values.out && !values.out.toLowerCase().endsWith('.docx')) throw new DubanError(say.notDocx(values.out));
    const period = readPeriodText(values.period)?.code;
    const today = readDate(values.today);

    const brief = await draftBrief({ store: fileStore(file), clock: cliClock() }, { period, today, docx: values.out !== undefined, file });
    if (values.out && brief.download) {
      await writeOutput(values.out, brief.download.bytes);
      io.stderr.write(`${masterMessages.written(values.out)}\n`);
    }
    if (values.text) io.stdout.write(brief.text);
    return 0;
  },
};
