/**
 * The built-in lists, in one place: their ids here, their data in seeds/ (read from disk by the CLI,
 * bundled into the pane). Both shells build their Catalogue port with `catalogueOf`.
 */
import { DubanError } from '../domain/errors.js';
import { commonMessages } from '../domain/messages/index.js';
import type { TaskList, UnitDirectory } from '../domain/model/index.js';
import type { Catalogue } from './ports.js';

/** The ids of the built-in lists, in the order `duban lists` prints them and the pane offers them. */
export const BUILTIN_LIST_IDS = ['tianjin-2023-business-environment', 'tianjin-2023-key-work'] as const;
export type BuiltinListId = (typeof BUILTIN_LIST_IDS)[number];

export function isBuiltinListId(id: string): id is BuiltinListId {
  return (BUILTIN_LIST_IDS as readonly string[]).includes(id);
}

/** Where a shell finds the data of the built-in lists and of the unit directory. */
export interface CatalogueData {
  list(id: BuiltinListId): Promise<TaskList>;
  directory(): Promise<UnitDirectory>;
}

/** The Catalogue port over a shell's data: each list parsed once, an unknown id told in Chinese. */
export function catalogueOf(data: CatalogueData): Catalogue {
  const lists = new Map<BuiltinListId, Promise<TaskList>>();
  let directory: Promise<UnitDirectory> | null = null;
  return {
    ids: () => BUILTIN_LIST_IDS,
    list(id) {
      if (!isBuiltinListId(id)) return Promise.reject(new DubanError(commonMessages.unknownList(id, BUILTIN_LIST_IDS)));
      const cached = lists.get(id) ?? data.list(id);
      lists.set(id, cached);
      return cached;
    },
    directory() {
      directory ??= data.directory();
      return directory;
    },
  };
}
