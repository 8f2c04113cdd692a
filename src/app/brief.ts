/** 生成通报 / duban brief: the 通报 draft of a period, as text to paste and as a Word document. */
import { briefMessages } from '../domain/messages/index.js';
import { periodLabel, selectedPeriod } from '../domain/summarize/index.js';
import { briefModule, docxWriterModule } from './lazy.js';
import { openMaster } from './master.js';
import { DOCX_MIME, type Clock, type Download, type MasterStore } from './ports.js';

export interface BriefOutcome {
  period: string;
  periodLabel: string;
  /** The 通报 as plain text to paste. */
  text: string;
  /** The 通报 as a Word document, when asked for. */
  download?: Download;
}

export interface BriefInput {
  /** The period code; the latest reported when absent. */
  period?: string;
  /** The day the lights are for; the clock's today when absent. */
  today?: string;
  /** Write the Word document too (the CLI asks only with --out). */
  docx: boolean;
  file?: string;
}

export async function draftBrief(ports: { store: MasterStore; clock: Clock }, input: BriefInput): Promise<BriefOutcome> {
  const [master, { buildBrief, briefText }] = await Promise.all([openMaster(ports.store, input.file), briefModule()]);
  const period = selectedPeriod(master.list, master.progress, input.period);
  const today = input.today ?? ports.clock.now().slice(0, 10);
  const brief = buildBrief({ ...master, period, today, rules: master.alertRules, scoring: master.scoringRules });
  const label = periodLabel(period);
  const outcome: BriefOutcome = { period, periodLabel: label, text: briefText(brief) };
  if (!input.docx) return outcome;
  const bytes = await (await docxWriterModule()).renderBriefDocx(brief);
  return { ...outcome, download: { fileName: briefMessages.fileName(label), bytes, mime: DOCX_MIME } };
}
