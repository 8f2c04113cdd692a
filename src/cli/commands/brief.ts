import { draftBrief, readDate, readPeriodText } from '../../app/index.js';
import { DubanError } from '../../domain/errors.js';
import { briefMessages as say, masterMessages } from '../../domain/messages/index.js';
import { parseCommandArgs, writeOutput, type Command } from '../io.js';
import { checkOutExtension } from '../options.js';
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
    const out = values.out === undefined ? undefined : { file: values.out, kind: checkOutExtension(values.out, ['.docx', '.txt']) };
    const period = readPeriodText(values.period)?.code;
    const today = readDate(values.today);

    const brief = await draftBrief({ store: fileStore(file), clock: cliClock() }, { period, today, docx: out?.kind === '.docx', file });
    if (out) {
      const content = out.kind === '.docx' ? brief.download?.bytes : brief.text;
      if (content === undefined) throw new Error('draftBrief made no .docx although one was asked for');
      await writeOutput(out.file, content);
      io.stderr.write(`${masterMessages.written(out.file)}\n`);
    }
    if (values.text) io.stdout.write(brief.text);
    return 0;
  },
};
