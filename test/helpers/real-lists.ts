/**
 * The real-list corpus (test/fixtures/real-lists/<name>/: source.txt as published, expected.json made
 * by hand) and the field-by-field comparison the corpus tests and their score use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TaskList } from '../../src/domain/model/index.js';

export const REAL_LISTS_DIR = join(process.cwd(), 'test', 'fixtures', 'real-lists');

export interface ExpectedTask {
  seq?: number;
  content: string;
  leaders: string[];
  lead: string[];
  support: string[];
  deadline: string;
}

export interface RealList {
  name: string;
  text: string;
  expected: { year: number; tasks: ExpectedTask[] };
}

export function realLists(): RealList[] {
  return readdirSync(REAL_LISTS_DIR)
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(REAL_LISTS_DIR, name, 'source.txt'), 'utf8'),
      expected: JSON.parse(readFileSync(join(REAL_LISTS_DIR, name, 'expected.json'), 'utf8')) as RealList['expected'],
    }));
}

export const FIELDS = ['content', 'leaders', 'lead', 'support', 'deadline'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldMiss {
  list: string;
  task: number;
  field: Field | 'task';
  expected: unknown;
  actual: unknown;
}

/** Every expected field compared with the imported task at the same position; a missing task misses all its fields. */
export function compareList(name: string, list: TaskList, expected: RealList['expected']): { right: number; total: number; misses: FieldMiss[] } {
  const misses: FieldMiss[] = [];
  let right = 0;
  let total = 0;
  expected.tasks.forEach((want, i) => {
    const task = list.tasks[i];
    const actual = task && {
      content: task.content,
      leaders: task.leaders,
      lead: task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name),
      support: task.units.filter((unit) => unit.role === 'support').map((unit) => unit.name),
      deadline: task.deadline.text,
    };
    for (const field of FIELDS) {
      total += 1;
      const got = actual?.[field];
      if (JSON.stringify(got) === JSON.stringify(want[field])) right += 1;
      else misses.push({ list: name, task: i + 1, field, expected: want[field], actual: got });
    }
  });
  if (list.tasks.length > expected.tasks.length) {
    misses.push({ list: name, task: expected.tasks.length + 1, field: 'task', expected: expected.tasks.length, actual: list.tasks.length });
  }
  return { right, total, misses };
}
