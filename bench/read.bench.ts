/**
 * Reading returned workbooks: Duban's reader (jszip + a small parser of only the needed parts)
 * against the plain way (ExcelJS full load, then walking every cell of every sheet).
 */
import ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../src/domain/spec/index.js';
import { readWorkbook, renderWorkbook } from '../src/xlsx/index.js';
import { timeMedian, type BenchResult } from './harness.js';

const FILES = 200;
const STATUSES = ['已完成', '序时推进', '滞后', '未启动'];

/** A return-like workbook: title rows, a header, five task rows, an instruction and a hidden meta sheet. */
function aReturnSpec(unit: number): WorkbookSpec {
  const rows = Array.from({ length: 5 }, (_, i) => ({
    cells: [unit * 5 + i + 1, `第${unit}单位的重点工作${i}：推进项目建设，确保年底前完成。`, '年底前完成', i === 0 ? '牵头' : '配合', STATUSES[i % 4], `已完成阶段性任务${i}，正在推进后续工作。`, '', ''],
  }));
  return {
    properties: { title: '进展填报', creator: '督办', created: '2023-04-01T00:00:00Z', modified: '2023-04-08T00:00:00Z' },
    styles: { header: { bold: true, border: true, wrap: true }, input: { locked: false, wrap: true } },
    sheets: [
      {
        name: '进展填报',
        columns: [8, 50, 14, 10, 12, 40, 30, 30].map((width) => ({ width })),
        rows: [
          { cells: [`填报单位：单位${unit}`] },
          { cells: ['报送期次：2023年第一季度'] },
          { cells: ['序号', '重点工作', '完成时限', '本单位角色', '进展状态', '进展情况', '存在问题', '下步打算'], style: 'header' },
          ...rows,
        ],
        merges: ['A1:H1', 'A2:H2'],
        validations: [{ range: 'E4:E8', type: 'list', values: STATUSES }],
        protection: {},
      },
      { name: '填报说明', columns: [{ width: 80 }], rows: [{ cells: ['请在“进展状态”列选择状态，在“进展情况”列填写进展。'] }] },
      { name: '_duban_meta', state: 'veryHidden', columns: [], rows: [{ cells: ['listId', 'bench'] }, { cells: ['unit', `单位${unit}`] }] },
    ],
  };
}

/** The plain way: load everything with ExcelJS, then walk every cell of every sheet. */
async function readWithExcelJs(buffer: Buffer): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  let cells = 0;
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.text !== undefined) cells += 1;
      });
    });
  });
  return cells;
}

async function readWithDuban(buffer: Buffer): Promise<number> {
  const grid = await readWorkbook(buffer);
  let cells = 0;
  for (const sheet of grid.sheets) for (const row of sheet.rows) for (const value of row) if (value !== null) cells += 1;
  return cells;
}

export async function run(): Promise<BenchResult[]> {
  const files = await Promise.all(Array.from({ length: FILES }, (_, unit) => renderWorkbook(aReturnSpec(unit))));
  const readAll = (read: (buffer: Buffer) => Promise<number>) => async () => {
    for (const file of files) await read(file);
  };
  const baselineMs = await timeMedian(readAll(readWithExcelJs), 3);
  const ms = await timeMedian(readAll(readWithDuban), 3);
  return [
    {
      name: `读取 ${FILES} 个回报工作簿（每个 3 张工作表、约 60 个单元格）`,
      ms,
      baseline: 'ExcelJS 完整加载并遍历所有单元格',
      baselineMs,
    },
  ];
}
