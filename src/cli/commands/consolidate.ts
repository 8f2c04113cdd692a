import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { DubanError, EXIT } from '../../domain/errors.js';
import { returnCliMessages as say, xlsxMessages } from '../../domain/messages/index.js';
import { buildMergedMasterSpec, consolidateReturns, reportHasFindings, type ConsolidationReport } from '../../domain/returns/index.js';
import { writeWorkbook } from '../../xlsx/index.js';
import type { CliIO } from '../io.js';
import { parseCommandArgs, progressToStderr, writeJson, type Command } from '../io.js';
import { findReturnFiles, readReturnFiles } from '../read-returns.js';
import { localIsoNow, readMasterFile, requirePeriod } from '../returns-shared.js';

const NOT_A_REPORT = /\.(xlsx|xlsm|xls|et|csv|docx?)$/i;

/**
 * `--json report.json` writes the report to a file; `--json` alone (at the end, or before another
 * option) writes it to stdout and nothing else there. `--json=report.json` works too.
 */
export function takeJsonOption(args: readonly string[]): { rest: string[]; json: { file?: string } | null } {
  const rest: string[] = [];
  let json: { file?: string } | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg.startsWith('--json=')) {
      json = { file: arg.slice('--json='.length) || undefined };
    } else if (arg === '--json') {
      const next = args[i + 1];
      const isFile = next !== undefined && !next.startsWith('-') && !NOT_A_REPORT.test(next) && !(existsSync(next) && statSync(next).isDirectory());
      json = isFile ? { file: next } : {};
      if (isFile) i += 1;
    } else {
      rest.push(arg);
    }
  }
  return { rest, json };
}

function printReport(io: CliIO, report: ConsolidationReport, expected: number): void {
  const line = (text: string) => io.stderr.write(`${text}\n`);
  for (const item of report.filesRejected) line(say.rejectedFile(item.file, item.reason));
  for (const item of report.duplicates) line(say.duplicate(item.unit, item.kept, item.dropped.join('、')));
  for (const item of report.rowsRejected) line(say.rejectedRow(item.file, item.row, item.reason));
  for (const item of report.tampered) line(say.tampered(item.file, item.seq));
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

async function writeText(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new DubanError(xlsxMessages.writeFailed((error as Error).message), { file: path });
  }
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
    const period = requirePeriod(values.period);
    const master = await readMasterFile(masterPath);

    const found = await findReturnFiles(inputs);
    if (found.skipped.length > 0) io.stderr.write(`${say.skippedHidden(found.skipped.length)}\n`);
    io.stderr.write(`${say.reading(found.files.length)}\n`);
    const files = await readReturnFiles(found.files, { onProgress: progressToStderr(io) });
    const result = consolidateReturns({ list: master.list, directory: master.directory, period, files });

    if (values.out) {
      const generatedAt = localIsoNow();
      await writeWorkbook(buildMergedMasterSpec({ master, result, generatedAt, today: generatedAt.slice(0, 10) }), values.out);
      io.stderr.write(`${say.written(values.out)}\n`);
    }
    if (json?.file) {
      await writeText(json.file, `${JSON.stringify(result.report, null, 2)}\n`);
      io.stderr.write(`${say.written(json.file)}\n`);
    } else if (json) {
      writeJson(io, result.report);
    }
    printReport(io, result.report, result.plan.returns.length);
    return reportHasFindings(result.report) ? EXIT.findings : EXIT.ok;
  },
};
