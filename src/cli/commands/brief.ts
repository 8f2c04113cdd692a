import { buildBrief, briefText } from '../../domain/brief/index.js';
import { DubanError } from '../../domain/errors.js';
import { briefMessages as say, masterMessages } from '../../domain/messages/index.js';
import { renderBriefDocx } from '../../docx/index.js';
import { selectedPeriod } from '../../domain/summarize/index.js';
import { parseCommandArgs, writeOutput, type Command } from '../io.js';
import { generationTime, optionDate, optionPeriod } from '../master-shared.js';
import { readMasterFile } from '../returns-shared.js';

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
    const asked = optionPeriod(values.period);
    const today = optionDate(values.today) ?? generationTime(undefined).slice(0, 10);

    const master = await readMasterFile(file);
    const period = selectedPeriod(master.list, master.progress, asked);
    const brief = buildBrief({ ...master, period, today, rules: master.alertRules, scoring: master.scoringRules });
    if (values.out) {
      await writeOutput(values.out, await renderBriefDocx(brief));
      io.stderr.write(`${masterMessages.written(values.out)}\n`);
    }
    if (values.text) io.stdout.write(briefText(brief));
    return 0;
  },
};
