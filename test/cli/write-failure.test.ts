/** Every command that writes a file names it in Chinese when it cannot (build first: npm run build:cli). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { xlsxMessages } from '../../src/domain/messages/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

let tmp: { path: string; cleanup: () => void };
const at = (name: string) => join(tmp.path, name);

beforeAll(() => {
  tmp = temporaryDirectory('duban-write-');
  mkdirSync(at('returned'));
  writeFileSync(at('list.csv'), '序号,重点工作,完成时限,牵头单位\n1,推进营商环境改革,年底前完成,市商务局\n');
  expect(runCli(['init', '--list', 'tianjin-2023-key-work', '--out', at('master.xlsx'), '--date', '2023-04-01']).status).toBe(0);
});
afterAll(() => tmp.cleanup());

/** The message around the system's own reason, which differs between machines. */
const [before, after] = xlsxMessages.writeFailed('\u0000').split('\u0000');

describe('a file that cannot be written', () => {
  test.each([
    ['consolidate --out', () => ['consolidate', at('master.xlsx'), at('returned'), '--period', '2023Q1', '--out', at('missing/merged.xlsx')], 'missing/merged.xlsx'],
    ['consolidate --json', () => ['consolidate', at('master.xlsx'), at('returned'), '--period', '2023Q1', '--json', at('missing/report.json')], 'missing/report.json'],
    ['summarize --json', () => ['summarize', at('master.xlsx'), '--json', at('missing/summary.json')], 'missing/summary.json'],
    ['import --out', () => ['import', at('list.csv'), '--out', at('missing/list.json'), '--year', '2023'], 'missing/list.json'],
  ])('%s: exit 2 and a message that names the file, never a stack', (_, args, file) => {
    const run = runCli(args());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain(before);
    expect(run.stderr).toContain(after);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
