import { withParsedDeadlines } from '../../src/domain/deadline/index.js';
import { TaskListSchema, UnitDirectorySchema, type TaskList } from '../../src/domain/model/index.js';
import { buildBusinessEnvironmentList } from './business-environment.js';
import { buildKeyWorkList } from './key-work.js';
import { buildUnitDirectory } from './units.js';

export type ReadSource = (name: string) => string;

/** Stable JSON: two-space indent, trailing newline, key order as the schema produced it. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function finish(list: TaskList): TaskList {
  const { list: dated, unparsed } = withParsedDeadlines(list);
  if (unparsed.length > 0) {
    throw new Error(`${list.id}: unparsed deadline phrases: ${unparsed.map((u) => `${u.seq} ${u.text}`).join('; ')}`);
  }
  return TaskListSchema.parse(dated);
}

/** Every file of seeds/ by name, built from the sources; pure apart from reading the sources. */
export function buildSeedFiles(readSource: ReadSource): Record<string, string> {
  const keyWork = finish(buildKeyWorkList(readSource));
  const business = finish(buildBusinessEnvironmentList(readSource));
  const units = UnitDirectorySchema.parse(buildUnitDirectory([keyWork, business], readSource));
  return {
    [`${keyWork.id}.json`]: stableJson(keyWork),
    [`${business.id}.json`]: stableJson(business),
    'units.json': stableJson(units),
  };
}
