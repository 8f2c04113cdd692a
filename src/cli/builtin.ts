/** The built-in lists and unit directory as files under seeds/ (their ids: src/app/catalogue.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_LIST_IDS, isBuiltinListId } from '../app/catalogue.js';
import { DubanError } from '../domain/errors.js';
import { commonMessages } from '../domain/messages/index.js';
import { parseJsonText, parseTaskList, parseUnitDirectory, type TaskList, type UnitDirectory } from '../domain/model/index.js';
import { seedsDir } from './paths.js';

export { packageRoot, seedsDir } from './paths.js';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new DubanError(commonMessages.fileNotFound, { file: path });
  }
}

export function readTaskListFile(path: string): TaskList {
  return parseTaskList(parseJsonText(readText(path), { file: path }), { file: path });
}

/** A built-in id or a path to a list JSON file. */
export function loadTaskList(idOrPath: string): TaskList {
  if (isBuiltinListId(idOrPath)) return readTaskListFile(join(seedsDir, `${idOrPath}.json`));
  if (/[\\/]|\.json$/i.test(idOrPath)) return readTaskListFile(idOrPath);
  throw new DubanError(commonMessages.unknownList(idOrPath, BUILTIN_LIST_IDS));
}

export function loadUnitDirectory(): UnitDirectory {
  const path = join(seedsDir, 'units.json');
  return parseUnitDirectory(parseJsonText(readText(path), { file: path }), { file: path });
}
