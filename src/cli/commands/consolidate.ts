import { consolidateReturnFiles } from '../../app/index.js';
import { DubanError, EXIT } from '../../domain/errors.js';
import { commonMessages, historyMessages, returnAccountingMessages as account, returnCliMessages as say } from '../../domain/messages/index.js';
import { reportHasFindings, type ConsolidationReport } from '../../domain/returns/index.js';
import { outputJson, parseCommandArgs, refuseOutputsOverInputs, takeJsonOption, UsageError, type CliIO, type Command } from '../io.js';
import { checkOutExtension, requirePeriod } from '../options.js';
import { cliClock, fileStore, returnsFromPaths } from '../ports.js';

function printReport(io: CliIO, report: ConsolidationReport, expected: number): void {
  const line = (text: string) => io.stderr.write(`${text}\n`);
  for (const item of report.filesRejected) line(say.rejectedFile(item.file, item.reason));
  for (const item of report.duplicates) line(say.duplicate(item.unit, item.kept, item.dropped.join('、')));
  for (const item of report.rowsRejected) line(say.rejectedRow(item.file, item.row, item.reason));
  for (const item of report.tampered) line(say.tampered(item.file, item.seq));
  for (const item of report.damaged) line(account.damagedLine(item.file, item.missing.join('、')));
  for (const item of report.conflicts) line(account.conflict(item.unit, item.seq, item.kept.file, item.dropped.map((v) => v.file).join('、')));
  for (const item of report.combined) line(account.combined(item.unit, item.files.join('、')));
  for (const item of report.keptEarlier) line(account.keptEarlier(item.file, item.row, item.seq, item.fields.map((f) => account.fieldNames[f] ?? f).join('、'), item.from));
  for (const item of report.suspicious) line(account.suspiciousLine(item.file, item.modified, item.reason));
  for (const entry of report.entries) if (entry.outcome === 'skipped') line(account.entryLine(entry.path, entry.reason));
  for (const item of report.unchanged) line(historyMessages.cli(item.unit, item.seq, item.period, item.previousPeriod, item.similarity));
  if (report.unitsMissing.length > 0) line(say.missing(report.unitsMissing.join('、')));
  line(
    say.consolidated({
      filesRead: report.filesRead,
      filesRejected: report.filesRejected.length,
      returned: report.unitsReturned.length,
      expected,
      rowsAccepted: report.rowsAccepted,
      rowsRejected: report.rowsRejected.length,
      duplicates: report.duplicates.length,
      tampered: report.tampered.length,
    }),
  );
}

export const consolidateCommand: Command = {
  name: 'consolidate',
  summary: say.consolidateSummary,
  usage: say.consolidateUsage,
  async run(args, io) {
    const { rest, json } = takeJsonOption(args);
    const { values, positionals } = parseCommandArgs(rest, { period: { type: 'string' }, out: { type: 'string' } });
    const [masterPath, ...inputs] = positionals;
    if (!masterPath || inputs.length === 0) throw new DubanError(say.usage(say.consolidateUsage));
    if (!values.out && !json) throw new UsageError(commonMessages.nothingWritten('--out 汇总.xlsx（写入汇总后的总表）或 --json 报告.json'));
    if (values.out) checkOutExtension(values.out, ['.xlsx']);
    const period = requirePeriod(values.period);
    await refuseOutputsOverInputs([values.out, json?.file], [masterPath, ...inputs]);

    const store = fileStore(masterPath, values.out);
    const outcome = await consolidateReturnFiles(
      { store, returns: returnsFromPaths(inputs, io), clock: cliClock() },
      { period, file: masterPath },
    );
    for (const warning of outcome.warnings) io.stderr.write(`${warning}\n`);
    if (values.out) io.stderr.write(`${say.written(values.out)}\n`);
    await outputJson(io, json, outcome.report, say.written);
    printReport(io, outcome.report, outcome.expected);
    return reportHasFindings(outcome.report) ? EXIT.findings : EXIT.ok;
  },
};
