/**
 * duban review / duban close: 审核 and 办结销号 from the command line. Without a decision each lists
 * what there is to decide (the period's rows, the tasks that may be closed); with one, it writes the
 * master again to --out (never over the input) with the decision recorded.
 */
import { closeCandidates, closeTasks, readDate, readPeriodText, recordReviews, reviewRows } from '../../app/index.js';
import { DubanError, EXIT } from '../../domain/errors.js';
import { masterMessages, reviewActionMessages as say } from '../../domain/messages/index.js';
import { isOneOf, REVIEW_RESULTS } from '../../domain/vocabulary.js';
import { outputJson, parseCommandArgs, refuseOutputsOverInputs, takeJsonOption, UsageError, type CliIO, type Command } from '../io.js';
import { checkOutExtension } from '../options.js';
import { cliClock, fileStore } from '../ports.js';

const lines = (io: CliIO, rows: readonly (readonly (string | number)[])[]) => {
  for (const row of rows) io.stdout.write(`${row.join('\t')}\n`);
};

function readSeqs(text: string): number[] {
  const seqs = text.split(/[,，、\s]+/u).filter(Boolean).map(Number);
  if (seqs.length === 0 || seqs.some((seq) => !Number.isInteger(seq) || seq <= 0)) throw new UsageError(say.badSeq(text));
  return seqs;
}

export const reviewCommand: Command = {
  name: 'review',
  summary: say.reviewSummary,
  usage: say.reviewUsage,
  async run(args, io) {
    const { rest, json } = takeJsonOption(args);
    const { values, positionals } = parseCommandArgs(rest, {
      period: { type: 'string' },
      unit: { type: 'string' },
      seq: { type: 'string' },
      result: { type: 'string' },
      reason: { type: 'string' },
      out: { type: 'string' },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new DubanError(masterMessages.usage(say.reviewUsage));
    const period = readPeriodText(values.period)?.code;
    const deciding = [values.unit, values.seq, values.result, values.out].some((value) => value !== undefined);
    if (!deciding) {
      const listing = await reviewRows({ store: fileStore(file) }, { period, file });
      io.stderr.write(`${say.listed(listing.periodLabel, listing.rows.length, listing.rows.filter((row) => row.result === null).length)}\n`);
      if (json) await outputJson(io, json, listing, masterMessages.written);
      else lines(io, [say.listHeader, ...listing.rows.map((row) => [row.unit, row.seq, row.status, row.result ?? say.notReviewed, row.reason])]);
      return EXIT.ok;
    }
    if (!values.unit || !values.seq || !values.result || !values.out) throw new UsageError(say.reviewNeeds);
    const result = values.result.trim();
    if (!isOneOf(REVIEW_RESULTS, result)) throw new UsageError(say.badResult(values.result));
    const [seq, ...more] = readSeqs(values.seq);
    if (more.length > 0) throw new UsageError(say.badSeq(values.seq));
    checkOutExtension(values.out, ['.xlsx']);
    await refuseOutputsOverInputs([values.out, json?.file], [file]);
    const outcome = await recordReviews(
      { store: fileStore(file, values.out), clock: cliClock() },
      { period: period ?? '', decisions: [{ unit: values.unit, seq, result, reason: values.reason }], file },
    );
    for (const row of outcome.decided) io.stderr.write(`${say.reviewed(row.unit, row.seq, outcome.periodLabel, row.result ?? '')}\n`);
    io.stderr.write(`${masterMessages.written(values.out)}\n`);
    if (json) await outputJson(io, json, { period: outcome.period, decided: outcome.decided }, masterMessages.written);
    // The 退回通知 on stdout, ready to paste or pipe to the unit.
    else for (const row of outcome.decided) if (row.notice) io.stdout.write(`${row.notice}\n`);
    return EXIT.ok;
  },
};

export const closeCommand: Command = {
  name: 'close',
  summary: say.closeSummary,
  usage: say.closeUsage,
  async run(args, io) {
    const { rest, json } = takeJsonOption(args);
    const { values, positionals } = parseCommandArgs(rest, {
      seq: { type: 'string' },
      date: { type: 'string' },
      basis: { type: 'string' },
      force: { type: 'boolean' },
      out: { type: 'string' },
    });
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new DubanError(masterMessages.usage(say.closeUsage));
    if (values.seq === undefined && values.out === undefined && values.basis === undefined) {
      const listing = await closeCandidates({ store: fileStore(file) }, { file });
      io.stderr.write(`${say.candidatesListed(listing.candidates.length)}\n`);
      if (json) await outputJson(io, json, listing, masterMessages.written);
      else lines(io, [say.candidatesHeader, ...listing.candidates.map((candidate) => [candidate.seq, candidate.leads.join('、'), candidate.periodLabel, candidate.content])]);
      return EXIT.ok;
    }
    if (!values.seq || values.basis === undefined || !values.out) throw new UsageError(say.closeNeeds);
    const seqs = readSeqs(values.seq);
    const date = readDate(values.date);
    checkOutExtension(values.out, ['.xlsx']);
    await refuseOutputsOverInputs([values.out, json?.file], [file]);
    const outcome = await closeTasks(
      { store: fileStore(file, values.out), clock: cliClock() },
      { closures: seqs.map((seq) => ({ seq, date, basis: values.basis ?? '' })), force: values.force, file },
    );
    if (outcome.forced) io.stderr.write(`${say.forced}\n`);
    io.stderr.write(`${say.closed(outcome.closed.map((closure) => closure.seq), outcome.closed[0]?.date ?? '')}\n`);
    io.stderr.write(`${masterMessages.written(values.out)}\n`);
    await outputJson(io, json, { closed: outcome.closed, forced: outcome.forced }, masterMessages.written);
    return EXIT.ok;
  },
};
