import { readYear, validateStoredWorkbook } from '../../app/index.js';
import { DubanError, EXIT } from '../../domain/errors.js';
import { validateMessages } from '../../domain/messages/index.js';
import { parseCommandArgs, progressToStderr, writeJson, type Command } from '../io.js';
import { cliCatalogue, fileStore } from '../ports.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: validateMessages.validateSummary,
  usage: validateMessages.validateUsage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, year: { type: 'string' } });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new DubanError(validateMessages.usage);
    const report = await validateStoredWorkbook(
      { store: fileStore(file), catalogue: cliCatalogue },
      { year: readYear(values.year), file },
      { onProgress: values.json ? undefined : progressToStderr(io) },
    );
    const { findings, counts } = report;
    if (values.json) {
      writeJson(io, { findings, counts });
    } else {
      for (const finding of findings) {
        io.stdout.write(`${validateMessages.findingLine(finding.sheet, finding.cell, validateMessages.kindLabels[finding.kind], finding.message, finding.suggestion)}\n`);
      }
      io.stdout.write(`${validateMessages.summary(file, findings.length)}\n`);
    }
    return findings.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
