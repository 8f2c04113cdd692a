import { z } from 'zod';
import { DubanError, type Location } from '../errors.js';
import { commonMessages } from '../messages/index.js';
import { TaskListSchema, UnitDirectorySchema, type TaskList, type UnitDirectory } from './schemas.js';

const zhCN = z.locales.zhCN().localeError;

/** "tasks[3].deadline.text" — the field path a user can find in the JSON file. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '（根）';
}

/** Parses with zod and turns the first issue into a Chinese message naming the field. */
export function parseWith<T>(schema: z.ZodType<T>, data: unknown, location: Location): T {
  const result = schema.safeParse(data, {
    error: (issue) => (issue.input === undefined ? '缺失（必填字段）' : zhCN(issue)),
  });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = fieldPath(issue.path);
  throw new DubanError(commonMessages.invalidListJson(field, issue.message), { ...location, field });
}

export function parseTaskList(data: unknown, location: Location = {}): TaskList {
  return parseWith(TaskListSchema, data, location);
}

export function parseUnitDirectory(data: unknown, location: Location = {}): UnitDirectory {
  return parseWith(UnitDirectorySchema, data, location);
}

/** Parses JSON text; a syntax error becomes a DubanError naming the file. */
export function parseJsonText(text: string, location: Location = {}): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DubanError(commonMessages.notJson((error as Error).message), location);
  }
}
