/** Every way of calling the CLI wrong gets a Chinese answer and the right exit code, never English or silence. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commands } from '../../src/cli/commands/index.js';
import JSZip from 'jszip';
import { commonMessages, fileKindMessages, masterMessages, returnCliMessages, returnFileMessages, returnStatusMessages } from '../../src/domain/messages/index.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

let tmp: { path: string; cleanup: () => void };
const at = (name: string) => join(tmp.path, name);
let master: string;

beforeAll(() => {
  tmp = temporaryDirectory('duban-misuse-');
  master = at('master.xlsx');
  expect(runCli(['init', '--list', 'tianjin-2023-key-work', '--out', master, '--date', '2023-04-01']).status).toBe(0);
  expect(runCli(['distribute', master, '--period', '2023Q1', '--out-dir', at('returns')]).status).toBe(0);
});
afterAll(() => tmp.cleanup());

const ENGLISH = /Unknown option|Usage:|Error:|argument missing|Unexpected argument/;

describe('help and unknown options', () => {
  it.each(commands.map((command) => command.name))('`duban %s --help` answers with the command’s usage in Chinese and exit 0', (name) => {
    const command = commands.find((candidate) => candidate.name === name)!;
    const run = runCli([name, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(commonMessages.commandHelp(command.usage, command.summary));
    expect(run.stderr).toBe('');
  });

  it('`-h` after other arguments still answers with help, and runs nothing', () => {
    const run = runCli(['summarize', master, '--out', at('never.xlsx'), '-h']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('用法：duban summarize');
  });

  it.each(commands.map((command) => command.name))('`duban %s --frobnicate` names the unknown option in Chinese, with the usage, exit 2', (name) => {
    const run = runCli([name, '--frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(commonMessages.unknownOption('--frobnicate'));
    expect(run.stderr).toContain(`duban ${name} --help`);
    expect(run.stderr).not.toMatch(ENGLISH);
  });

  it('an option without its value is told so in Chinese', () => {
    const run = runCli(['init', '--list', 'tianjin-2023-key-work', '--out']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(commonMessages.optionNeedsValue('--out'));
  });
});

describe('commands that would write nothing', () => {
  it('consolidate without --out or --json refuses with exit 2 and names the flags to add', () => {
    const run = runCli(['consolidate', master, at('returns'), '--period', '2023Q1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(commonMessages.nothingWritten('--out 汇总.xlsx（写入汇总后的总表）或 --json 报告.json'));
  });

  it('summarize without --out or --json refuses with exit 2 and names the flags to add', () => {
    const run = runCli(['summarize', master]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--out');
    expect(run.stderr).toContain('--json');
  });
});

describe('dates and periods', () => {
  it('an impossible date is called impossible, not badly written', () => {
    const run = runCli(['summarize', master, '--json', '--today', '2023-02-30']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(masterMessages.impossibleDate('2023-02-30'));
    const badForm = runCli(['summarize', master, '--json', '--today', '2023/4/1']);
    expect(badForm.stderr).toContain(masterMessages.badDate('2023/4/1'));
  });

  it('init, distribute, consolidate and summarize word a bad period the same way', () => {
    const runs = [
      runCli(['init', '--list', 'tianjin-2023-key-work', '--out', at('x.xlsx'), '--period', '2023Q5']),
      runCli(['distribute', master, '--period', '2023Q5', '--out-dir', at('x')]),
      runCli(['consolidate', master, at('returns'), '--period', '2023Q5', '--json']),
      runCli(['summarize', master, '--json', '--period', '2023Q5']),
    ];
    for (const run of runs) {
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(returnCliMessages.badPeriod('2023Q5'));
    }
  });

  it('a period outside the list’s year is written but warned about', () => {
    const run = runCli(['distribute', master, '--period', '2024Q1', '--out-dir', at('returns-2024')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(commonMessages.periodOutsideYear('2024年第一季度', 2023));
    const inYear = runCli(['distribute', master, '--period', '2023Q2', '--out-dir', at('returns-q2')]);
    expect(inYear.stderr).not.toContain('不在清单年度');
  });
});

describe('validate and outputs', () => {
  it('validate takes the year of a return workbook from its metadata', () => {
    const run = runCli(['validate', join(at('returns'), '市商务局-2023Q1.xlsx'), '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).findings).toEqual([]);
  });

  it('summarize --out honours .csv and refuses an extension it cannot write', () => {
    const csv = runCli(['summarize', master, '--out', at('s.csv'), '--period', '2023Q1']);
    expect(csv.status).toBe(0);
    const text = readFileSync(at('s.csv'), 'utf8');
    expect(text.startsWith('\ufeff单位,任务数,牵头,')).toBe(true);
    expect(text).toContain('\r\n分管领导,任务数,');
    const other = runCli(['summarize', master, '--out', at('s.txt')]);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain(commonMessages.badOutExtension(at('s.txt'), ['.xlsx', '.csv']));
  });
});

describe('returns that come back untouched or as Word documents', () => {
  it('an untouched return is reported 未填报 once per file and its unit counted as not reported', async () => {
    const dir = at('untouched');
    mkdirSync(dir);
    for (const name of ['市商务局-2023Q1.xlsx', '市财政局-2023Q1.xlsx']) copyFileSync(join(at('returns'), name), join(dir, name));
    const run = runCli(['consolidate', master, dir, '--period', '2023Q1', '--out', at('merged.xlsx'), '--json', at('report.json')]);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines.filter((line) => line.includes(returnFileMessages.untouched))).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith('退回'))).toEqual([]);
    const report = JSON.parse(readFileSync(at('report.json'), 'utf8'));
    expect(report.unitsReturned).toEqual([]);
    expect(report.unitsMissing).toEqual(expect.arrayContaining(['市商务局', '市财政局']));
    const status = (await readWorkbook(at('merged.xlsx'))).sheets.find((sheet) => sheet.name === '报送情况')!;
    const row = status.rows.find((cells) => cells[0] === '市商务局')!;
    expect(row[1]).toBe(returnStatusMessages.untouched);
  });

  it('a Word document among the returns is refused once, as a Word document', async () => {
    const dir = at('word');
    mkdirSync(dir);
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    writeFileSync(join(dir, '情况说明.docx'), await zip.generateAsync({ type: 'uint8array' }));
    copyFileSync(join(at('returns'), '市商务局-2023Q1.xlsx'), join(dir, '市商务局-2023Q1.xlsx'));
    const run = runCli(['consolidate', master, dir, '--period', '2023Q1', '--json', at('word.json')]);
    const refusals = run.stderr.split('\n').filter((line) => line.startsWith('未采用') && line.includes('情况说明.docx'));
    expect(refusals).toEqual([returnCliMessages.rejectedFile('情况说明.docx', fileKindMessages.docx)]);
  });
});
