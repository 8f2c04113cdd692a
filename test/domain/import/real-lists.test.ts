/**
 * The real-list corpus: lists published by other governments, imported as their text was published
 * and compared field by field with what a person read in them (test/fixtures/real-lists).
 */
import { importNoticeText } from '../../../src/domain/import/index.js';
import { buildMasterSpec, gridOfSpec } from '../../../src/domain/master/index.js';
import { buildListDirectory, createUnitMatcher } from '../../../src/domain/units/index.js';
import { validateWorkbook } from '../../../src/domain/validate/index.js';
import { compareList, realLists, type FieldMiss } from '../../helpers/real-lists.js';

const GOAL = 0.95;
const lists = realLists();

describe('lists published by other governments', () => {
  const results = lists.map((real) => {
    const imported = importNoticeText(real.text, { id: '', source: `${real.name}.txt` });
    return { real, imported, ...compareList(real.name, imported.list, real.expected) };
  });

  afterAll(() => {
    const right = results.reduce((sum, result) => sum + result.right, 0);
    const total = results.reduce((sum, result) => sum + result.total, 0);
    const misses: FieldMiss[] = results.flatMap((result) => result.misses);
    process.stdout.write(
      `real-list corpus: ${lists.length} lists, ${results.reduce((sum, r) => sum + r.real.expected.tasks.length, 0)} tasks, ` +
        `${right}/${total} fields right (${((100 * right) / total).toFixed(1)}%), 0 lists refused\n` +
        misses.map((miss) => `  miss ${miss.list} #${miss.task} ${miss.field}: ${JSON.stringify(miss.expected)} → ${JSON.stringify(miss.actual)}\n`).join(''),
    );
  });

  test('the corpus holds at least 12 lists from at least 8 governments', () => {
    expect(lists.length).toBeGreaterThanOrEqual(12);
    expect(new Set(lists.map((real) => real.name.replace(/-\d{4}$/, ''))).size).toBeGreaterThanOrEqual(8);
  });

  test.each(lists.map((real) => [real.name]))('%s: every task is read, with its year and a meaningful id', (name) => {
    const { real, imported } = results.find((result) => result.real.name === name)!;
    expect(imported.list.tasks).toHaveLength(real.expected.tasks.length);
    expect(imported.list.year).toBe(real.expected.year);
    expect(imported.list.id).toMatch(/[a-z]/);
  });

  test(`at least ${GOAL * 100}% of the fields are right across the corpus`, () => {
    const right = results.reduce((sum, result) => sum + result.right, 0);
    const total = results.reduce((sum, result) => sum + result.total, 0);
    expect(right / total).toBeGreaterThanOrEqual(GOAL);
  });

  const UNIT_KINDS = new Set(['unknown-unit', 'alias-unit', 'duplicate-unit-in-cell', 'lead-missing']);
  test.each(lists.map((real) => [real.name]))('%s: loaded with its own directory, validation finds nothing wrong with its units', (name) => {
    const { imported } = results.find((result) => result.real.name === name)!;
    const { directory } = buildListDirectory(imported.list);
    const spec = buildMasterSpec({ list: imported.list, directory, progress: [], generatedAt: '2024-01-01T00:00:00Z' });
    const report = validateWorkbook(gridOfSpec(spec), { matcher: createUnitMatcher(directory), year: imported.list.year });
    expect(report.findings.filter((finding) => UNIT_KINDS.has(finding.kind))).toEqual([]);
  });

  test('numbers written through the whole list are kept as the tasks’ numbers', () => {
    const nanling = results.find((result) => result.real.name === 'nanling-2024')!;
    expect(nanling.imported.list.tasks.map((task) => task.seq)).toEqual(nanling.real.expected.tasks.map((task) => task.seq));
  });
});
