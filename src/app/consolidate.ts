/**
 * 汇总回收表 / duban consolidate: every returned file read under its bounds, the period's progress
 * consolidated, and the merged master (进展汇总, 报送情况, the summaries) written to the store.
 */
import { safeFileName } from '../domain/filename.js';
import { taskpaneMessages } from '../domain/messages/index.js';
import { throwIfCancelled, type OperationOptions } from '../domain/operation.js';
import type { Period } from '../domain/period/index.js';
import type { ConsolidationReport } from '../domain/returns/index.js';
import { masterModule, returnsModule } from './lazy.js';
import { openMaster } from './master.js';
import { warningsOf } from './options.js';
import type { Clock, MasterStore, ReturnSource, WriteOutcome } from './ports.js';

export interface ConsolidateOutcome extends WriteOutcome {
  report: ConsolidationReport;
  /** Units that should have returned. */
  expected: number;
  /** What the user should look at before trusting the result (a period outside the list's year). */
  warnings: string[];
}

export async function consolidateReturnFiles(
  ports: { store: MasterStore; returns: ReturnSource; clock: Clock },
  input: { period: Period; file?: string },
  options: OperationOptions = {},
): Promise<ConsolidateOutcome> {
  const { period } = input;
  const [master, { consolidateReturns }, { buildMergedMasterSpec }] = await Promise.all([openMaster(ports.store, input.file), returnsModule(), masterModule()]);
  const { files, entries } = await ports.returns.read(options);
  throwIfCancelled(options.signal);
  const generatedAt = ports.clock.now();
  const closed = new Set((master.closures ?? []).map((closure) => closure.seq));
  const result = consolidateReturns({ list: master.list, directory: master.directory, period, files, previous: master.progress, closed, now: generatedAt, entries }, { signal: options.signal });
  const spec = buildMergedMasterSpec({ master, result, generatedAt, today: generatedAt.slice(0, 10) });
  const written = await ports.store.writeMaster(spec, {
    signal: options.signal,
    replaceExisting: true,
    fileName: safeFileName(taskpaneMessages.consolidate.mergedFile(master.list.title, period.label)),
  });
  return { ...written, report: result.report, expected: result.plan.returns.length, warnings: warningsOf(period, master.list.year) };
}
