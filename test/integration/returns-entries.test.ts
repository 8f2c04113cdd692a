/**
 * `duban consolidate` names every entry of every folder given — regular files, links (followed),
 * dangling links and link loops, hidden files and folders, lock files, sub-folders, a pipe, an
 * unreadable file, the same file twice — with what happened to it, in report.json, and never hangs.
 * Runs the built CLI (npm run build:cli).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { returnAccountingMessages as say, returnFileMessages } from '../../src/domain/messages/index.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution, type ConsolidationReport } from '../../src/domain/returns/index.js';
import { projectRoot, temporaryDirectory } from '../helpers/cli.js';
import { aReturn } from '../helpers/returns.js';
import { writeMaster } from '../helpers/returns-files.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

const list = aTestList();
// 各区人民政府 as one addressee, so the folder can hold a return of its own.
const directory = { units: aTestDirectory().units.map((u) => (u.name === '各区人民政府' ? { ...u, kind: 'unit' as const } : u)) };
const plan = planDistribution({ list, directory, period: parsePeriod('2023Q1')! });

let tmp: { path: string; cleanup: () => void };
const at = (...parts: string[]) => join(tmp.path, ...parts);
let report: ConsolidationReport;
let status: number | null;
let stderr: string;

const aReturnFor = (unit: string) => aReturn(plan).forUnit(unit).withStatus('序时推进').toXlsx();

beforeAll(async () => {
  tmp = temporaryDirectory('duban-entries-');
  await writeMaster(at('master.xlsx'), list, directory);
  mkdirSync(at('outside'));
  mkdirSync(at('in', '子目录'), { recursive: true });
  mkdirSync(at('in', '.git'));
  writeFileSync(at('outside', '发改委报送.xlsx'), await aReturnFor('市发展改革委'));
  writeFileSync(at('in', '市商务局-2023Q1.xlsx'), await aReturnFor('市商务局'));
  symlinkSync(join('..', 'outside', '发改委报送.xlsx'), at('in', '发改委.xlsx'));
  symlinkSync(join('..', 'outside', '不存在.xlsx'), at('in', '市网信办-2023Q1.xlsx'));
  symlinkSync('循环乙.xlsx', at('in', '循环甲.xlsx'));
  symlinkSync('循环甲.xlsx', at('in', '循环乙.xlsx'));
  symlinkSync('市商务局-2023Q1.xlsx', at('in', '同一文件.xlsx'));
  writeFileSync(at('in', '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  writeFileSync(at('in', '.市政务服务办-2023Q1.xlsx'), await aReturnFor('市政务服务办'));
  writeFileSync(at('in', '~$市商务局-2023Q1.xlsx'), Buffer.from('lock'));
  writeFileSync(at('in', '子目录', '各区人民政府-2023Q1.xlsx'), await aReturnFor('各区人民政府'));
  symlinkSync('..', at('in', '子目录', '上级'));
  writeFileSync(at('in', '.git', 'config'), '[core]');
  execFileSync('mkfifo', [at('in', '管道')]);
  writeFileSync(at('in', '无权限.xlsx'), await aReturnFor('市委网信办'));
  chmodSync(at('in', '无权限.xlsx'), 0o000);
  // Root reads any file: run as nobody there, so the unreadable file is unreadable.
  const asNobody = process.getuid?.() === 0;
  if (asNobody) for (const dir of [tmp.path, at('in'), at('in', '子目录'), at('outside')]) chmodSync(dir, 0o755);
  for (const file of [at('master.xlsx'), at('outside', '发改委报送.xlsx'), at('in', '市商务局-2023Q1.xlsx'), at('in', '.市政务服务办-2023Q1.xlsx'), at('in', '子目录', '各区人民政府-2023Q1.xlsx')]) chmodSync(file, 0o644);

  const run = spawnSync(process.execPath, [join(projectRoot, 'bin', 'duban.js'), 'consolidate', at('master.xlsx'), at('in'), '--period', '2023Q1', '--json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
    ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
  });
  status = run.status;
  stderr = run.stderr;
  report = JSON.parse(run.stdout) as ConsolidationReport;
});
afterAll(() => {
  chmodSync(at('in', '无权限.xlsx'), 0o644);
  tmp.cleanup();
});

const entry = (...parts: string[]) => report.entries.find((e) => e.path === at('in', ...parts));

describe('every entry of a folder given to consolidate is in report.json', () => {
  test('the run completes (a pipe and link loops do not hang it) with exit 1 for the problems found', () => {
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('every entry, down to the sub-folders, is named with an outcome and a reason', () => {
    const names = ['市商务局-2023Q1.xlsx', '发改委.xlsx', '市网信办-2023Q1.xlsx', '循环甲.xlsx', '循环乙.xlsx', '同一文件.xlsx', '.DS_Store', '.市政务服务办-2023Q1.xlsx', '~$市商务局-2023Q1.xlsx', '子目录', '.git', '管道', '无权限.xlsx'];
    const expected = [at('in'), ...names.map((name) => at('in', name)), at('in', '子目录', '各区人民政府-2023Q1.xlsx'), at('in', '子目录', '上级')];
    expect(report.entries.map((e) => e.path).sort()).toEqual(expected.sort());
    for (const e of report.entries) expect(e.reason.length).toBeGreaterThan(0);
  });

  test('a return that is a link is followed, named as a link, and its unit has returned', () => {
    expect(entry('发改委.xlsx')).toMatchObject({ kind: 'symlink', outcome: 'accepted', unit: '市发展改革委', target: at('outside', '发改委报送.xlsx') });
    expect(report.unitsReturned).toContain('市发展改革委');
  });

  test('a dangling link and a link loop are rejected files with their reason', () => {
    expect(entry('市网信办-2023Q1.xlsx')).toMatchObject({ kind: 'danglingLink', outcome: 'rejected', reason: say.danglingLink });
    expect(entry('循环甲.xlsx')).toMatchObject({ kind: 'danglingLink', outcome: 'rejected', reason: say.linkLoop });
    expect(report.filesRejected).toEqual(expect.arrayContaining([{ file: at('in', '市网信办-2023Q1.xlsx'), reason: say.danglingLink }]));
  });

  test('a link back up the tree is not followed again, and a second link to a file is not read twice', () => {
    expect(entry('子目录', '上级')).toMatchObject({ kind: 'symlink', outcome: 'skipped' });
    expect(entry('同一文件.xlsx')).toMatchObject({ kind: 'symlink', outcome: 'skipped', reason: say.sameFile(at('in', '市商务局-2023Q1.xlsx')) });
    expect(report.duplicates).toEqual([]);
  });

  test('hidden files are read: a return is taken, .DS_Store is skipped as a system file; a hidden folder is named', () => {
    expect(entry('.市政务服务办-2023Q1.xlsx')).toMatchObject({ kind: 'hidden', outcome: 'accepted', unit: '市政务服务办' });
    expect(entry('.DS_Store')).toMatchObject({ kind: 'hidden', outcome: 'skipped' });
    expect(entry('.git')).toMatchObject({ kind: 'directory', outcome: 'skipped', reason: say.hiddenDirectory });
    expect(report.filesRejected.map((f) => f.file)).not.toContain('.DS_Store');
  });

  test('a lock file, a pipe and an unreadable file are each named with why', () => {
    expect(entry('~$市商务局-2023Q1.xlsx')).toMatchObject({ outcome: 'rejected', reason: returnFileMessages.lockFile });
    expect(entry('管道')).toMatchObject({ kind: 'special', outcome: 'skipped', reason: say.special });
    expect(entry('无权限.xlsx')).toMatchObject({ kind: 'unreadable', outcome: 'rejected' });
    expect(entry('子目录')).toMatchObject({ kind: 'directory', outcome: 'searched', reason: say.directory(2) });
  });

  test('the units whose files could be read have returned; the others are missing', () => {
    expect(report.unitsReturned.sort()).toEqual(['各区人民政府', '市发展改革委', '市商务局', '市政务服务办'].sort());
    expect(report.unitsMissing).toEqual(['市委网信办']);
  });
});
