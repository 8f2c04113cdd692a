/**
 * The demo's own step: every unit's form of the period filled in as units would return them — some
 * late, one with its task text changed, one under another name, one twice, some not at all — so the
 * rest of the demo meets the troubles real returns bring.
 */
import type { Period } from '../domain/period/index.js';
import { demoModule, returnsModule, xlsxModule } from './lazy.js';
import { openMaster } from './master.js';
import type { Clock, FileSink, MasterStore } from './ports.js';

export interface DemoReturnsOutcome {
  returned: number;
  silentUnits: string[];
  tamperedUnit?: string;
  synonymUnit?: string;
  duplicateUnit?: string;
}

export async function fillDemoReturnFiles(ports: { store: MasterStore; output: FileSink; clock: Clock }, input: { period: Period }): Promise<DemoReturnsOutcome> {
  const [{ list, directory }, { planDistribution, buildReturnSpec }, { fillDemoReturns }, { renderWorkbookBytes }] = await Promise.all([
    openMaster(ports.store),
    returnsModule(),
    demoModule(),
    xlsxModule(),
  ]);
  const plan = planDistribution({ list, directory, period: input.period });
  const generatedAt = ports.clock.now();
  const outcome = fillDemoReturns({
    returns: plan.returns.map((planned) => ({ unit: planned.unit, fileName: planned.fileName, spec: buildReturnSpec({ plan, planned, generatedAt }) })),
    returnedAt: generatedAt,
  });
  for (const ret of outcome.returned) await ports.output.write(ret.fileName, await renderWorkbookBytes(ret.spec));
  await ports.output.close();
  const { silentUnits, tamperedUnit, synonymUnit, duplicateUnit } = outcome;
  return { returned: outcome.returned.length, silentUnits, tamperedUnit, synonymUnit, duplicateUnit };
}
