/**
 * `duban brief`: the 通报 draft from a master with two periods of progress, as plain text and as a
 * .docx that LibreOffice opens (converted to text and read back). Without soffice the .docx check
 * says so loudly and is skipped, and fails on CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import { briefMessages, commonMessages } from '../../src/domain/messages/index.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { aDirectory, aList, anEntry } from '../domain/master/builders.js';

/** soffice with its Writer component (libreoffice-writer-nogui): Calc alone cannot open a .docx. */
const soffice = ['soffice', 'libreoffice'].find(
  (name) => spawnSync('sh', ['-c', `command -v ${name} && test -e "$(dirname "$(readlink -f "$(command -v ${name})")")/libswlo.so"`]).status === 0,
);

const list = aList()
  .task(1, { units: ['市商务局', '+市财政局'], due: '2023-06-30', leaders: ['张三'], content: '出台稳外贸稳外资政策措施。' })
  .task(2, { units: ['市财政局'], due: '2023-12-31', leaders: ['李四'], content: '设立外贸发展专项资金。' })
  .task(3, { units: ['市商务局'], due: '2023-07-10', leaders: ['李四'], content: '举办第三届海河国际消费季。' })
  .task(4, { units: ['市发展改革委'], due: '2023-12-31', leaders: ['张三'], content: '编制港产城融合发展行动方案。' })
  .build();
const progress = [
  anEntry('市财政局', 2, '序时推进', '2023Q1', '正在研究制定资金管理办法。'),
  anEntry('市商务局', 1, '序时推进', '2023Q2', '已起草政策措施，正在征求意见。'),
  anEntry('市财政局', 1, '已完成', '2023Q2', '已配合完成。'),
  anEntry('市财政局', 2, '序时推进', '2023Q2', '正在研究制定资金管理办法。'),
  anEntry('市商务局', 3, '已完成', '2023Q2', '消费季已于6月开幕。'),
];

let tmp: { path: string; cleanup: () => void };
let master = '';
beforeAll(async () => {
  tmp = temporaryDirectory('duban-brief-');
  master = join(tmp.path, 'master.xlsx');
  writeFileSync(master, await renderWorkbook(buildMasterSpec({ list, directory: aDirectory(['市商务局', '市财政局', '市发展改革委']), progress, generatedAt: '2023-07-05T00:00:00Z' })));
});
afterAll(() => tmp.cleanup());

/** What the 通报 must say about this master on 2023-07-05, in its own words. */
const EXPECTED = [
  briefMessages.title(list.title, '2023年第二季度'),
  briefMessages.overall(4, 3, 3, 2),
  // Task 1 lead 市商务局 序时推进, task 2 序时推进, task 3 已完成, task 4 not reported.
  briefMessages.byTask(['已完成1项、占25%', '序时推进2项、占50%', '牵头单位未报送1项、占25%']),
  // 红灯: task 1 is past and 市商务局 has not finished it.
  briefMessages.lights(1, 0, 1),
  briefMessages.leader('张三', 2, ['序时推进1项', '牵头单位未报送1项'], 1, 0),
  briefMessages.leader('李四', 2, ['已完成1项', '序时推进1项'], 0, 0),
  briefMessages.redIntro(1, 1),
  '出台稳外贸稳外资政策措施。',
  briefMessages.missingUnits(['市发展改革委']),
  // 市商务局 99 (红灯 −2, task 3 finished before its due date +1), 市财政局 99 (照抄上期 −1), 市发展改革委 98 (未报送 −2).
  briefMessages.ranking([briefMessages.ranked('市商务局', 99)], [briefMessages.ranked('市发展改革委', 98)]),
  briefMessages.unchangedIntro(1),
  '设立外贸发展专项资金。',
];

describe('duban brief', () => {
  it('writes the 通报 as plain text with counts, shares, leaders, 红灯 tasks, missing units and copied rows', () => {
    const run = runCli(['brief', master, '--period', '2023Q2', '--today', '2023-07-05', '--text']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    for (const line of EXPECTED) expect(run.stdout).toContain(line);
    // The 红灯 table row names the task, its deadline phrase and the unit with its status.
    expect(lines).toContain(['1', '出台稳外贸稳外资政策措施。', '年底前完成', '市商务局（序时推进）'].join('\t'));
    expect(lines).toContain(['市财政局', '2', '设立外贸发展专项资金。', '2023年第一季度', '100%'].join('\t'));
  });

  it('refuses to run without --out or --text, and an --out that is neither .docx nor .txt', () => {
    expect(runCli(['brief', master]).stderr).toContain(briefMessages.needOutput);
    const run = runCli(['brief', master, '--out', join(tmp.path, '通报.pdf')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(commonMessages.badOutExtension(join(tmp.path, '通报.pdf'), ['.docx', '.txt']));
    expect(existsSync(join(tmp.path, '通报.pdf'))).toBe(false);
  });

  it('--out 通报.txt writes the same plain text as --text prints', () => {
    const file = join(tmp.path, '通报.txt');
    const run = runCli(['brief', master, '--period', '2023Q2', '--today', '2023-07-05', '--out', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const printed = runCli(['brief', master, '--period', '2023Q2', '--today', '2023-07-05', '--text']).stdout;
    expect(readFileSync(file, 'utf8')).toBe(printed);
    for (const line of EXPECTED) expect(printed).toContain(line);
  });

  if (!soffice) {
    const banner = '\n*** LibreOffice Writer (soffice + libreoffice-writer-nogui) 未安装：通报 .docx 转换测试已跳过 — SKIPPED the 通报 .docx LibreOffice test ***\n';
    process.stderr.write(banner);
    (process.env.CI === 'true' ? it : it.skip)('needs soffice on CI', () => {
      throw new Error('LibreOffice Writer is not installed: the 通报 .docx test cannot run on CI');
    });
    return;
  }

  it('writes a .docx that LibreOffice opens, with the same text and its tables', () => {
    const docx = join(tmp.path, '通报.docx');
    const run = runCli(['brief', master, '--period', '2023Q2', '--today', '2023-07-05', '--out', docx]);
    expect(run.status).toBe(0);
    const profile = join(tmp.path, 'profile');
    mkdirSync(profile, { recursive: true });
    const out = join(tmp.path, 'txt');
    const converted = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', out, docx], { encoding: 'utf8', timeout: 120_000 });
    expect(converted.status).toBe(0);
    const file = join(out, '通报.txt');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const line of EXPECTED) expect(text).toContain(line);
    // Table cells come out one a line in LibreOffice's text export.
    expect(text).toContain('市商务局（序时推进）');
    expect(text).toContain(briefMessages.overallHeaders[2]);
  }, 150_000);
});
