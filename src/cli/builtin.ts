import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DubanError } from '../domain/errors.js';
import { commonMessages } from '../domain/messages/index.js';
import { parseJsonText, parseTaskList, parseUnitDirectory, type TaskList, type UnitDirectory } from '../domain/model/index.js';

/** The package root: two levels above this file in both src/cli and dist/cli. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedsDir = join(packageRoot, 'seeds');

const UNITS_FILE = 'units.json';

/** Ids of the built-in lists: every seeds/*.json except the unit directory. */
export function builtinListIds(): string[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.json') && name !== UNITS_FILE)
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

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
  const ids = builtinListIds();
  if (ids.includes(idOrPath)) return readTaskListFile(join(seedsDir, `${idOrPath}.json`));
  if (/[\\/]|\.json$/i.test(idOrPath)) return readTaskListFile(idOrPath);
  throw new DubanError(commonMessages.unknownList(idOrPath, ids));
}

export function loadUnitDirectory(): UnitDirectory {
  const path = join(seedsDir, UNITS_FILE);
  return parseUnitDirectory(parseJsonText(readText(path), { file: path }), { file: path });
}
