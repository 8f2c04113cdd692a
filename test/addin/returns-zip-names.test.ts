/** The pane's zip of returns holds one safely named workbook per unit, whatever the units are called. */
import JSZip from 'jszip';
import { MAX_FILE_NAME_LENGTH } from '../../src/domain/filename.js';
import { buildMasterSpec } from '../../src/domain/master/index.js';
import { TaskListSchema, UnitDirectorySchema } from '../../src/domain/model/index.js';
import { readMeta } from '../../src/domain/returns/index.js';
import { generateReturns, openMasterFile } from '../../src/taskpane/operations.js';
import { StandaloneWorkspace } from '../../src/taskpane/workspace.js';
import { readWorkbook, renderWorkbookBytes } from '../../src/xlsx/index.js';

const UNITS = ['中心'.repeat(150), 'NUL', 'com1', 'CON.1', 'a/b:c*?', '市\u202e商务局'];
const list = TaskListSchema.parse({
  id: 'zip-names', title: '名称/测试:清单', issuer: '市人民政府办公厅', issuedOn: '2023-02-20', year: 2023, source: 'test',
  reporting: { schedule: 'quarterly', deadlines: ['2023-04-10'] },
  tasks: UNITS.map((unit, i) => ({
    seq: i + 1, category: '测试', content: `第${i + 1}项任务。`, deadline: { text: '年底前完成', milestones: [{ due: '2023-12-31', kind: 'complete' }] },
    leaders: ['张副市长'], units: [{ name: unit, role: 'lead' }],
  })),
});

test('the zip of returns names every form safely and keeps each unit inside its file', async () => {
  const workspace = new StandaloneWorkspace();
  const master = await renderWorkbookBytes(buildMasterSpec({ list, directory: UnitDirectorySchema.parse({ units: [] }), progress: [], generatedAt: '2023-03-01T08:00:00+08:00' }));
  await openMasterFile(workspace, 'master.xlsx', master);
  const outcome = await generateReturns(workspace, '2023Q1', { now: new Date('2023-04-03T09:00:00+08:00') });
  const zip = await JSZip.loadAsync(outcome.download.bytes);
  const names = Object.keys(zip.files);
  expect(names).toHaveLength(UNITS.length);
  for (const name of names) {
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name).not.toMatch(/[<>:"/\\|?*\p{Cc}\p{Cf}]/u);
    expect(name.split('.')[0]).not.toMatch(/^(nul|com1|con)$/i);
  }
  const units = await Promise.all(names.map(async (name) => readMeta(await readWorkbook(await zip.file(name)!.async('uint8array')))?.unit));
  expect(units.sort()).toEqual([...UNITS].sort());
});
