/** `duban distribute`: the files it writes, read back with ExcelJS as Excel would open them. */
import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { returnCliMessages } from '../../src/domain/messages/index.js';
import { HEADERS, SHEETS, STATUSES } from '../../src/domain/vocabulary.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { writeMaster } from '../helpers/returns-files.js';
import { aTestDirectory, aTestList } from '../helpers/returns-fixtures.js';

let tmp: { path: string; cleanup: () => void };
let run: ReturnType<typeof runCli>;
const out = () => join(tmp.path, '分发');

beforeAll(async () => {
  tmp = temporaryDirectory('duban-distribute-');
  await writeMaster(join(tmp.path, 'master.xlsx'), aTestList(), aTestDirectory({ districtMembers: true }));
  run = runCli(['distribute', join(tmp.path, 'master.xlsx'), '--period', '2023年第一季度', '--out-dir', out()]);
});

afterAll(() => tmp.cleanup());

describe('duban distribute', () => {
  test('writes one <单位>-<期次>.xlsx per unit, a group expanded into its member units', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(out()).sort()).toEqual(
      ['市商务局', '市发展改革委', '和平区人民政府', '河西区人民政府', '市委网信办', '市政务服务办'].map((unit) => `${unit}-2023Q1.xlsx`).sort(),
    );
  });

  test('the return opens with its sheets, locked task columns, open input columns and the status dropdown', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out(), '市商务局-2023Q1.xlsx'));
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      [SHEETS.returnForm, 'visible'], [SHEETS.returnInstructions, 'visible'], [SHEETS.returnMeta, 'veryHidden'],
    ]);
    const form = workbook.getWorksheet(SHEETS.returnForm)!;
    expect(form.getCell('A2').value).toBe('填报单位：市商务局');
    expect(form.getCell('A3').value).toBe('报送期次：2023年第一季度');
    expect(form.getCell('A4').value).toBe('截止日期：2023年4月10日');
    expect(form.getRow(5).values).toEqual([undefined, ...HEADERS.returnForm]);
    expect(form.getCell('A6').value).toBe(1);
    expect(form.getCell('B6').protection?.locked).not.toBe(false);
    for (const address of ['E6', 'F6', 'G6', 'H7']) expect(form.getCell(address).protection?.locked).toBe(false);
    expect(form.getCell('E6').dataValidation).toMatchObject({ type: 'list', formulae: [`"${STATUSES.join(',')}"`] });
    expect(form.getCell('B6').alignment?.wrapText).toBe(true);
    expect(form.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(form.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '5:5' });
    expect((form as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const meta = workbook.getWorksheet(SHEETS.returnMeta)!;
    expect((meta as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(meta.getCell('B2').value).toBe('test-2023-key-work');
  });

  test('a period it cannot read is bad usage (exit 2) with a Chinese message', () => {
    const bad = runCli(['distribute', join(tmp.path, 'master.xlsx'), '--period', '2023Q5', '--out-dir', out()]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(returnCliMessages.badPeriod('2023Q5'));
    expect(runCli(['distribute', join(tmp.path, 'master.xlsx'), '--period', '2023Q1']).status).toBe(2);
  });
});
