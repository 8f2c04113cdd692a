/**
 * `duban distribute` writes every form whatever the units are called: a 300-character name, Windows
 * device names, bidi and control characters, NFC and NFD spellings. The file name is made safe; the
 * unit's full name stays inside the file, and consolidation still finds the unit. Runs the built CLI.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cellText } from '../../src/domain/grid.js';
import { MAX_FILE_NAME_BYTES, MAX_FILE_NAME_LENGTH } from '../../src/domain/filename.js';
import { TaskListSchema, UnitDirectorySchema } from '../../src/domain/model/index.js';
import { parsePeriod } from '../../src/domain/period/index.js';
import { planDistribution, readMeta, type ConsolidationReport } from '../../src/domain/returns/index.js';
import { readWorkbook } from '../../src/xlsx/index.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';
import { writeMaster } from '../helpers/returns-files.js';
import { fillReturnFile } from '../helpers/returns-files.js';

const LONG = `天津市${'某某区域经济协同发展促进'.repeat(24)}中心`.slice(0, 300);
const UNITS = [LONG, 'NUL', 'COM1', 'con.1', '市\t商务局\u202e', 'Cafe\u0301委员会', 'Café委员会', '市发展改革委'];

const list = TaskListSchema.parse({
  id: 'names-2023',
  title: '单位名称测试清单',
  issuer: '市人民政府办公厅',
  issuedOn: '2023-02-20',
  year: 2023,
  source: 'distribute-names.test.ts',
  reporting: { schedule: 'quarterly', deadlines: ['2023-04-10'] },
  tasks: UNITS.map((unit, i) => ({
    seq: i + 1, category: '测试', content: `第${i + 1}项任务。`,
    deadline: { text: '年底前完成', milestones: [{ due: '2023-12-31', kind: 'complete' }] },
    leaders: ['张副市长'], units: [{ name: unit, role: 'lead' }],
  })),
});
const directory = UnitDirectorySchema.parse({ units: [{ name: '市发展改革委', aliases: [] }] });
const plan = planDistribution({ list, directory, period: parsePeriod('2023Q1')! });

let tmp: { path: string; cleanup: () => void };
const at = (...parts: string[]) => join(tmp.path, ...parts);

beforeAll(async () => {
  tmp = temporaryDirectory('duban-names-');
  await writeMaster(at('master.xlsx'), list, directory);
});
afterAll(() => tmp.cleanup());

describe('distribute with units no file system would take as names', () => {
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli(['distribute', at('master.xlsx'), '--period', '2023Q1', '--out-dir', at('returns')]);
  });

  test('writes one form per unit, a 300-character name included', () => {
    expect(run.stderr).not.toMatch(/ENAMETOOLONG|\n\s+at /);
    expect(run.status).toBe(0);
    expect(plan.returns).toHaveLength(UNITS.length);
    expect(readdirSync(at('returns')).sort()).toEqual(plan.returns.map((r) => r.fileName.normalize('NFC')).sort());
  });

  test('every file name is short, NFC, free of control and bidi characters, and no Windows device name', () => {
    for (const name of readdirSync(at('returns'))) {
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name).toBe(name.normalize('NFC'));
      expect(name).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      expect(name.split('.')[0]).not.toMatch(/^(nul|com1|con)$/i);
    }
  });

  test('the NFC and NFD spellings of one name get one file name each, not two files that look alike', () => {
    const cafe = plan.returns.filter((r) => r.unit.normalize('NFC') === 'Café委员会').map((r) => r.fileName);
    expect(cafe).toEqual(['Café委员会-2023Q1.xlsx', 'Café委员会-2023Q1(2).xlsx']);
  });

  test("the unit's full name is inside each file: metadata and title row", async () => {
    for (const planned of plan.returns) {
      const grid = await readWorkbook(at('returns', planned.fileName));
      expect(readMeta(grid)?.unit).toBe(planned.unit);
      expect(grid.sheets[0].rows.flat().map(cellText)).toContain(`填报单位：${planned.unit}`);
    }
  });

  test('consolidation finds each unit from the file, whatever its file name became', async () => {
    for (const planned of plan.returns) await fillReturnFile(at('returns', planned.fileName), () => ({ status: '序时推进', text: '推进中' }));
    const consolidated = runCli(['consolidate', at('master.xlsx'), at('returns'), '--period', '2023Q1', '--json']);
    const report = JSON.parse(consolidated.stdout) as ConsolidationReport;
    // Two spellings of one name are one unit to the matcher: one of the pair is taken as the other.
    const oneOfEach = (units: string[]) => [...new Set(units.map((unit) => unit.normalize('NFC')))].sort();
    expect(oneOfEach(report.unitsReturned)).toEqual(oneOfEach(plan.returns.map((r) => r.unit)));
    expect(report.filesRejected).toEqual([]);
  });
});
