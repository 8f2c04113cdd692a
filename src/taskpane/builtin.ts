/**
 * The built-in lists and the unit directory, bundled from seeds/*.json so the pane works without
 * any server of its own (standalone mode in a plain browser, or an intranet without internet).
 * Their ids are the application layer's catalogue (src/app/catalogue.ts): a list missing here is a
 * type error.
 */
import { catalogueOf, type BuiltinListId, type Catalogue } from '../app/index.js';
import { parseTaskList, parseUnitDirectory, type TaskList, type UnitDirectory } from '../domain/model/index.js';
import businessEnvironment from '../../seeds/tianjin-2023-business-environment.json' with { type: 'json' };
import keyWork from '../../seeds/tianjin-2023-key-work.json' with { type: 'json' };
import units from '../../seeds/units.json' with { type: 'json' };

const LISTS: Record<BuiltinListId, unknown> = {
  'tianjin-2023-key-work': keyWork,
  'tianjin-2023-business-environment': businessEnvironment,
};

export function builtinList(id: BuiltinListId): TaskList {
  return parseTaskList(LISTS[id], { file: `seeds/${id}.json` });
}

export function builtinDirectory(): UnitDirectory {
  return parseUnitDirectory(units, { file: 'seeds/units.json' });
}

export const paneCatalogue: Catalogue = catalogueOf({
  list: async (id) => builtinList(id),
  directory: async () => builtinDirectory(),
});
