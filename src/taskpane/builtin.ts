/**
 * The built-in lists and the unit directory, bundled from seeds/*.json so the pane works without
 * any server of its own (standalone mode in a plain browser, or an intranet without internet).
 */
import { parseTaskList, parseUnitDirectory, type TaskList, type UnitDirectory } from '../domain/model/index.js';
import businessEnvironment from '../../seeds/tianjin-2023-business-environment.json' with { type: 'json' };
import keyWork from '../../seeds/tianjin-2023-key-work.json' with { type: 'json' };
import units from '../../seeds/units.json' with { type: 'json' };

const LISTS: Record<string, unknown> = {
  'tianjin-2023-key-work': keyWork,
  'tianjin-2023-business-environment': businessEnvironment,
};

export const BUILTIN_LIST_IDS = Object.keys(LISTS);

export function builtinList(id: string): TaskList {
  const data = LISTS[id];
  if (!data) throw new Error(`no built-in list ${id}`);
  return parseTaskList(data, { file: `seeds/${id}.json` });
}

export function builtinDirectory(): UnitDirectory {
  return parseUnitDirectory(units, { file: 'seeds/units.json' });
}
