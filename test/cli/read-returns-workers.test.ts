/**
 * Reading returns in worker threads (src/cli/read-returns-pool.ts): a worker that runs out of memory,
 * never answers or throws costs its one file, and the files after it are read by a fresh worker; a
 * worker that cannot start at all means reading in this thread, not losing the files. The real
 * worker script is the tsc build's (npm test builds it first); under ts-jest the sources have none
 * next to them, so readReturnFiles reads in this thread unless told where the script is.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReturnFiles } from '../../src/cli/read-returns.js';
import { defaultWorkerUrl, readerMode } from '../../src/cli/read-returns-pool.js';
import { xlsxMessages } from '../../src/domain/messages/index.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution } from '../../src/domain/returns/index.js';
import { temporaryDirectory, projectRoot } from '../helpers/cli.js';
import { HOSTILE_KINDS, hostileReturn } from '../helpers/hostile.js';
import { aReturn } from '../helpers/returns.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

const BUILT_WORKER = new URL('../../dist/cli/read-returns-worker.js', import.meta.url);
const FAKE = new URL('../helpers/workers/fake-reader.mjs', import.meta.url);
const BROKEN = new URL('../helpers/workers/broken-start.mjs', import.meta.url);

let tmp: { path: string; cleanup: () => void };
const file = (name: string) => ({ path: join(tmp.path, name), shown: name, input: 0 });

beforeAll(async () => {
  tmp = temporaryDirectory('duban-workers-');
  const plan = planDistribution({ list: aTestList(), directory: aTestDirectory(), period: parsePeriod('2023Q1')! });
  const good = await aReturn(plan).forUnit('市政务服务办').withStatus('已完成').toXlsx();
  writeFileSync(join(tmp.path, 'good.xlsx'), good);
  for (const kind of HOSTILE_KINDS) writeFileSync(join(tmp.path, `${kind}.xlsx`), await hostileReturn(good, kind));
  mkdirSync(join(tmp.path, 'fake'));
  for (const name of ['a', 'oom', 'b', 'hang', 'c', 'throw', 'd']) writeFileSync(join(tmp.path, 'fake', `${name}.csv`), '');
});

afterAll(() => tmp.cleanup());

test('the built CLI reads in workers; the TypeScript sources under ts-jest read in this thread', () => {
  expect(existsSync(fileURLToPath(BUILT_WORKER))).toBe(true);
  expect(existsSync(join(projectRoot, 'src', 'cli', 'read-returns-worker.ts'))).toBe(true);
  expect(defaultWorkerUrl()).toBeNull();
  expect(readerMode()).toBe('in-process');
  expect(readerMode({ url: BUILT_WORKER })).toBe('worker');
});

test('the built worker reads good and hostile files exactly as this thread does', async () => {
  const found = ['good.xlsx', ...HOSTILE_KINDS.map((kind) => `${kind}.xlsx`), 'good.xlsx'].map(file);
  const inWorkers = await readReturnFiles(found, { workers: { url: BUILT_WORKER, scope: 'all' } });
  const inProcess = await readReturnFiles(found, { workers: { url: null } });
  expect(inWorkers).toEqual(inProcess);
  expect(inWorkers[0].grid?.sheets[0].rows.length).toBeGreaterThan(5);
  expect(inWorkers.slice(1, -1).every((read) => read.problem && !read.grid)).toBe(true);
});

test('a worker out of memory, one that never answers and one that throws each cost one file; the rest are read', async () => {
  const names = ['a', 'oom', 'b', 'hang', 'c', 'throw', 'd'];
  const progress: string[] = [];
  const files = await readReturnFiles(names.map((name) => file(join('fake', `${name}.csv`))), {
    workers: { url: FAKE, scope: 'all', resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 }, hardTimeoutMs: 1_500 },
    onProgress: (p) => progress.push(p.note ?? ''),
  });
  const byName = new Map(files.map((read) => [read.name, read]));
  for (const good of ['a', 'b', 'c', 'd']) expect(byName.get(`${good}.csv`)).toMatchObject({ kind: 'csv', grid: { sheets: [] } });
  expect(byName.get('oom.csv')).toMatchObject({ kind: 'corrupt', problem: xlsxMessages.outOfMemory(24) });
  expect(byName.get('hang.csv')).toMatchObject({ kind: 'corrupt', problem: xlsxMessages.readTimeout(2) });
  expect(byName.get('throw.csv')).toMatchObject({ kind: 'corrupt', problem: xlsxMessages.readFailed('reader fault') });
  expect(files.map((read) => read.name)).toEqual(names.map((name) => `${name}.csv`));
  expect(progress).toHaveLength(names.length);
});

test('an ordinary return is read in this thread; a larger or stranger file goes to a worker', async () => {
  // The fake worker answers every file it is given with an empty CSV grid: what it read shows.
  writeFileSync(join(tmp.path, 'fake', 'big.csv'), 'a,b\n'.repeat(300_000));
  const found = ['good.xlsx', 'huge-merge.xlsx', 'bomb.xlsx', join('fake', 'big.csv'), 'many-cells.xlsx'].map(file);
  const [good, merge, ...toWorker] = await readReturnFiles(found, { workers: { url: FAKE } });
  expect(good.grid?.sheets[0].rows.length).toBeGreaterThan(5);
  // Small on disk and in what its zip declares: read here, and refused by the reader's own limits.
  expect(merge.grid).toBeUndefined();
  expect(merge.problem).toBe((await readReturnFiles([file('huge-merge.xlsx')], { workers: { url: null } }))[0].problem);
  // Over 1 MiB on disk (the bomb, the CSV), or declaring more than 8 MiB inflated (32 KB of many cells).
  for (const read of toWorker) expect(read).toMatchObject({ kind: 'csv', grid: { sheets: [] } });
});

test.each([
  ['a worker script that fails as it starts', BROKEN],
  ['a worker script that is not there', new URL('../helpers/workers/missing.mjs', import.meta.url)],
])('%s: the files are read in this thread instead', async (_, url) => {
  const found = ['good.xlsx', 'bomb.xlsx', 'good.xlsx'].map(file);
  const files = await readReturnFiles(found, { workers: { url } });
  expect(files).toEqual(await readReturnFiles(found, { workers: { url: null } }));
  expect(files[0].grid).toBeDefined();
  expect(files[1].problem).toBe(xlsxMessages.inflatedTooLarge(32));
});

test('a file larger than any return is named, not read', async () => {
  const { readOne } = await import('../../src/cli/read-returns.js');
  const read = await readOne(file('good.xlsx'), { maxFileBytes: 100 });
  expect(read).toMatchObject({ kind: 'unknown', problem: xlsxMessages.fileTooLarge(0) });
  expect(read.mtime).toBeDefined();
});
