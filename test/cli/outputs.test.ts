/**
 * Outputs never clobber inputs: every output is written to a temporary file and renamed into place,
 * and an output that would overwrite an input (or land in an input folder) is refused before any
 * work. Runs the built CLI (npm run build:cli).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputMessages } from '../../src/domain/messages/index.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution } from '../../src/domain/returns/index.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { projectRoot, runCli, temporaryDirectory } from '../helpers/cli.js';
import { aReturn } from '../helpers/returns.js';
import { writeMaster } from '../helpers/returns-files.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

const list = aTestList();
const directory = aTestDirectory();
const plan = planDistribution({ list, directory, period: parsePeriod('2023Q1')! });

let tmp: { path: string; cleanup: () => void };
const at = (...parts: string[]) => join(tmp.path, ...parts);
const bytesOf = (path: string) => readFileSync(path);
/** The fixed words of a message around its arguments (paths the test cannot predict). */
const words = (message: (...args: string[]) => string) => message('\u0000', '\u0000').split('\u0000').filter((part) => part.length > 0);

beforeAll(async () => {
  tmp = temporaryDirectory('duban-outputs-');
  await writeMaster(at('master.xlsx'), list, directory);
  mkdirSync(at('in'));
  for (const planned of plan.returns) writeFileSync(at('in', planned.fileName), await aReturn(plan).forUnit(planned.unit).withStatus('序时推进').toXlsx());
});
afterAll(() => tmp.cleanup());

const consolidate = (...extra: string[]) => runCli(['consolidate', at('master.xlsx'), at('in'), '--period', '2023Q1', ...extra]);

describe('an output that would overwrite an input is refused before any work', () => {
  test('--json=master.xlsx: exit 2, a Chinese message, the master unchanged and nothing written', () => {
    const before = bytesOf(at('master.xlsx'));
    const run = consolidate('--out', at('merged-a.xlsx'), `--json=${at('master.xlsx')}`);
    expect(run.status).toBe(2);
    for (const part of words(outputMessages.outputIsInput)) expect(run.stderr).toContain(part);
    expect(bytesOf(at('master.xlsx')).equals(before)).toBe(true);
    expect(existsSync(at('merged-a.xlsx'))).toBe(false);
  });

  test('--json master.xlsx (the master named again) never writes JSON over the master', () => {
    const before = bytesOf(at('master.xlsx'));
    const run = consolidate('--json', at('master.xlsx'));
    expect(run.status).not.toBe(0);
    expect(bytesOf(at('master.xlsx')).equals(before)).toBe(true);
  });

  test('--out master.xlsx is refused with exit 2', () => {
    const before = bytesOf(at('master.xlsx'));
    const run = consolidate('--out', at('master.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(words(outputMessages.outputIsInput)[0]);
    expect(bytesOf(at('master.xlsx')).equals(before)).toBe(true);
  });

  test('--out onto a return in the input folder is refused, and the return keeps its bytes', () => {
    const target = at('in', plan.returns[0].fileName);
    const before = bytesOf(target);
    const run = consolidate('--out', target);
    expect(run.status).toBe(2);
    expect(bytesOf(target).equals(before)).toBe(true);
  });

  test('--out into an input folder (a new file there) is refused: the next run would read it as a return', () => {
    const run = consolidate('--out', at('in', 'merged.xlsx'));
    expect(run.status).toBe(2);
    for (const part of words(outputMessages.outputInInputFolder)) expect(run.stderr).toContain(part);
    expect(existsSync(at('in', 'merged.xlsx'))).toBe(false);
  });

  test('a link or a hard link to the master is the master', () => {
    symlinkSync(at('master.xlsx'), at('link-to-master.xlsx'));
    linkSync(at('master.xlsx'), at('hard-link.xlsx'));
    expect(consolidate('--out', at('link-to-master.xlsx')).status).toBe(2);
    expect(consolidate('--out', at('hard-link.xlsx')).status).toBe(2);
  });

  test('--out and --json naming one file are refused', () => {
    const run = consolidate('--out', at('same.out'), `--json=${at('same.out')}`);
    expect(run.status).toBe(2);
    expect(existsSync(at('same.out'))).toBe(false);
  });

  test('summarize --out master.xlsx and import --out onto its input are refused too', () => {
    const before = bytesOf(at('master.xlsx'));
    expect(runCli(['summarize', at('master.xlsx'), '--out', at('master.xlsx')]).status).toBe(2);
    expect(bytesOf(at('master.xlsx')).equals(before)).toBe(true);
    writeFileSync(at('list.csv'), '序号,重点工作,完成时限,牵头单位\n1,推进营商环境改革,年底前完成,市商务局\n');
    expect(runCli(['import', at('list.csv'), '--out', at('list.csv'), '--year', '2023']).status).toBe(2);
    expect(readFileSync(at('list.csv'), 'utf8')).toContain('推进营商环境改革');
  });
});

describe('outputs are written to a temporary file and renamed into place', () => {
  test('a run killed while writing leaves the previous merged.xlsx byte for byte', async () => {
    const out = at('kill', 'merged.xlsx');
    mkdirSync(at('kill'));
    expect(consolidate('--out', out).status).toBe(0);
    const before = bytesOf(out);
    expect(before.length).toBeGreaterThan(16 * 1024);
    // A file-size limit of 8 KB: the system stops the process (SIGXFSZ) in the middle of writing.
    const run = spawnSync('/bin/sh', ['-c', `ulimit -f 16; exec "${process.execPath}" bin/duban.js "$@"`, 'sh', 'consolidate', at('master.xlsx'), at('in'), '--period', '2023Q1', '--out', out], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(run.status === 0).toBe(false);
    expect(bytesOf(out).equals(before)).toBe(true);
    expect((await readWorkbook(out)).sheets.length).toBeGreaterThan(0);
  });

  test('a run interrupted while writing (SIGTERM) removes its temporary file and leaves the previous output', () => {
    const out = at('term', 'report.json');
    mkdirSync(at('term'));
    writeFileSync(out, '{"previous": true}\n');
    // Stops the run from inside the write: the signal arrives after the bytes are written, before the rename.
    const preload = at('term-preload.mjs');
    writeFileSync(preload, [
      "import { open } from 'node:fs/promises';",
      "const handle = await open(process.execPath, 'r');",
      'const proto = Object.getPrototypeOf(handle);',
      'await handle.close();',
      'proto.sync = async function () { process.kill(process.pid, "SIGTERM"); await new Promise((resolve) => setTimeout(resolve, 10000)); };',
    ].join('\n'));
    const run = spawnSync(process.execPath, ['--import', preload, 'bin/duban.js', 'consolidate', at('master.xlsx'), at('in'), '--period', '2023Q1', `--json=${out}`], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.signal).toBe('SIGTERM');
    expect(readFileSync(out, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(at('term'))).toEqual(['report.json']);
  });

  test('a write that fails (the target is a folder) leaves no temporary file behind', () => {
    mkdirSync(at('folder-out', 'report.json'), { recursive: true });
    const run = consolidate(`--json=${at('folder-out', 'report.json')}`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(outputMessages.isDirectory);
    expect(readdirSync(at('folder-out'))).toEqual(['report.json']);
  });

  test('a file name too long for the system gets advice about the name, not about Excel', () => {
    const run = consolidate(`--json=${at('长'.repeat(100) + '.json')}`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(words(outputMessages.nameTooLong)[0]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
