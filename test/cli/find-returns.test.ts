/** The walk over the folders given to consolidate: bounded in depth and entries, named when it stops. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findReturnFiles } from '../../src/cli/read-returns.js';
import { returnAccountingMessages as say } from '../../src/domain/messages/index.js';
import { temporaryDirectory } from '../helpers/cli.js';

let tmp: { path: string; cleanup: () => void };
const at = (...parts: string[]) => join(tmp.path, ...parts);

beforeAll(() => {
  tmp = temporaryDirectory('duban-walk-');
  mkdirSync(at('many'));
  for (const name of ['a', 'b', 'c', 'd', 'e']) writeFileSync(at('many', `${name}.xlsx`), name);
  mkdirSync(at('deep', '1', '2', '3'), { recursive: true });
  writeFileSync(at('deep', '1', '2', '3', 'x.xlsx'), 'x');
  writeFileSync(at('deep', '1', 'y.xlsx'), 'y');
});
afterAll(() => tmp.cleanup());

describe('walking the inputs of consolidate', () => {
  test('a folder with more entries than the limit is read up to the limit, and the stop is named', async () => {
    const { files, entries } = await findReturnFiles([at('many')], { maxDepth: 16, maxEntries: 3 });
    expect(files.map((f) => f.shown)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(entries.filter((e) => e.outcome === 'rejected')).toEqual([{ path: at('many'), kind: 'directory', outcome: 'rejected', reason: say.tooMany(3) }]);
  });

  test('folders deeper than the limit are named, not searched', async () => {
    const { files, entries } = await findReturnFiles([at('deep')], { maxDepth: 2, maxEntries: 100 });
    expect(files.map((f) => f.shown)).toEqual(['y.xlsx']);
    expect(entries.find((e) => e.path === at('deep', '1', '2'))).toMatchObject({ outcome: 'rejected', reason: say.tooDeep(2) });
  });

  test('each file knows which input it came from, in the order given', async () => {
    const { files } = await findReturnFiles([at('deep'), at('many', 'a.xlsx')]);
    expect(files.map((f) => [f.shown, f.input])).toEqual([['x.xlsx', 0], ['y.xlsx', 0], ['a.xlsx', 1]]);
  });
});
