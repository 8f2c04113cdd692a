/**
 * Every command of `duban`, as a registry: its name, summary and usage come from the messages, and
 * its module is imported only when that command runs. `duban lists` thus never loads ExcelJS, the
 * zip readers or the unit dictionaries (docs/design.md, "Fast start"); test/cli/registry.test.ts
 * checks that each entry matches the command it loads.
 */
import {
  commonMessages,
  importCommandMessages,
  masterMessages,
  returnCliMessages,
  validateMessages,
  briefMessages,
  demoMessages,
  reviewActionMessages,
} from '../../domain/messages/index.js';
import type { Command } from '../io.js';

export interface CommandEntry {
  name: string;
  /** One line in Chinese for `duban help`. */
  summary: string;
  usage: string;
  load(): Promise<Command>;
}

/** In the order `duban help` shows them. Add a command here to wire it in. */
export const commands: readonly CommandEntry[] = [
  {
    name: 'lists',
    summary: commonMessages.listsSummary,
    usage: commonMessages.listsUsage,
    load: async () => (await import('./lists.js')).listsCommand,
  },
  {
    name: 'export',
    summary: commonMessages.exportSummary,
    usage: commonMessages.exportUsage,
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'import',
    summary: importCommandMessages.importSummary,
    usage: importCommandMessages.importUsage,
    load: async () => (await import('./import.js')).importCommand,
  },
  {
    name: 'init',
    summary: masterMessages.initSummary,
    usage: masterMessages.initUsage,
    load: async () => (await import('./init.js')).initCommand,
  },
  {
    name: 'validate',
    summary: validateMessages.validateSummary,
    usage: validateMessages.validateUsage,
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'distribute',
    summary: returnCliMessages.distributeSummary,
    usage: returnCliMessages.distributeUsage,
    load: async () => (await import('./distribute.js')).distributeCommand,
  },
  {
    name: 'consolidate',
    summary: returnCliMessages.consolidateSummary,
    usage: returnCliMessages.consolidateUsage,
    load: async () => (await import('./consolidate.js')).consolidateCommand,
  },
  {
    name: 'summarize',
    summary: masterMessages.summarizeSummary,
    usage: masterMessages.summarizeUsage,
    load: async () => (await import('./summarize.js')).summarizeCommand,
  },
  {
    name: 'review',
    summary: reviewActionMessages.reviewSummary,
    usage: reviewActionMessages.reviewUsage,
    load: async () => (await import('./review.js')).reviewCommand,
  },
  {
    name: 'close',
    summary: reviewActionMessages.closeSummary,
    usage: reviewActionMessages.closeUsage,
    load: async () => (await import('./review.js')).closeCommand,
  },
  {
    name: 'brief',
    summary: briefMessages.summary,
    usage: briefMessages.usage,
    load: async () => (await import('./brief.js')).briefCommand,
  },
  {
    name: 'demo',
    summary: demoMessages.summary,
    usage: demoMessages.usage,
    load: async () => (await import('./demo.js')).demoCommand,
  },
];
