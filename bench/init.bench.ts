/**
 * `duban init` on a synthetic 5,000-task list (about 12,500 责任分解 rows): building the master's
 * spec (sheets, formulas with cached results, summaries) and rendering it to deterministic .xlsx bytes,
 * against the plain way: the same cell values and formulas written cell by cell with ExcelJS and its
 * own writer, without tables, validations, protection, print setup or deterministic packing.
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { buildMasterSpec, gridOfSpec } from '../src/domain/master/index.js';
import { TaskListSchema, UnitDirectorySchema, type TaskList, type UnitDirectory } from '../src/domain/model/index.js';
import { isFormula, isStyledCell, type WorkbookSpec } from '../src/domain/spec/index.js';
import { renderWorkbook } from '../src/xlsx/index.js';
import { timeMedian, type BenchResult } from './harness.js';

const TASKS = 5_000;
const UNITS = 120;
const LEADERS = ['甲副市长', '乙副市长', '丙副市长', '丁副市长', '戊副市长', '己副市长', '庚副市长', '辛副市长'];
const GENERATED = '2023-08-15T00:00:00Z';

/** 5,000 tasks with one to four units each (one lead), one or two leaders, dues over the year. */
export function syntheticList(): { list: TaskList; directory: UnitDirectory } {
  const unit = (i: number) => `测试委办局${String(i % UNITS).padStart(3, '0')}`;
  const list = TaskListSchema.parse({
    id: 'bench-init', title: '基准测试任务清单', issuer: '基准', issuedOn: '2023-01-01', year: 2023, source: 'bench',
    reporting: { schedule: 'quarterly', deadlines: ['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10'] },
    tasks: Array.from({ length: TASKS }, (_, i) => {
      const month = (i % 12) + 1;
      const due = `2023-${String(month).padStart(2, '0')}-28`;
      return {
        seq: i + 1, category: `第${(i % 25) + 1}类`, content: `第${i + 1}项重点工作：推进重点项目建设，完善配套政策，确保按期完成既定目标。`,
        deadline: { text: `${month}月底前完成`, milestones: [{ due, kind: 'complete' }] },
        leaders: i % 7 === 0 ? [LEADERS[i % 8], LEADERS[(i + 3) % 8]] : [LEADERS[i % 8]],
        units: Array.from({ length: 1 + (i % 4) }, (_, k) => ({ name: unit(i * 3 + k), role: k === 0 ? 'lead' : 'support' })),
      };
    }),
  });
  const directory = UnitDirectorySchema.parse({ units: Array.from({ length: UNITS }, (_, i) => ({ name: unit(i), aliases: [] })) });
  return { list, directory };
}

/** The plain way: the spec's cell values (formulas with their results) written cell by cell. */
async function plainExcelJs(spec: WorkbookSpec): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        const value = isStyledCell(cell) ? cell.value : cell;
        if (value === null) return;
        const target = ws.getCell(r + 1, c + 1);
        if (typeof value !== 'object') target.value = value;
        else if (isFormula(value)) target.value = { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
        else target.value = new Date(`${value.date}T00:00:00Z`);
      });
    });
  }
  const bytes = await workbook.xlsx.writeBuffer();
  return bytes.byteLength;
}

export async function run(): Promise<BenchResult[]> {
  const { list, directory } = syntheticList();
  const rows = list.tasks.reduce((sum, task) => sum + task.units.length, 0);
  let buildMs = 0;
  let bytes = 0;
  const ms = await timeMedian(async () => {
    const start = performance.now();
    const spec = buildMasterSpec({ list, directory, progress: [], generatedAt: GENERATED });
    buildMs = performance.now() - start;
    bytes = (await renderWorkbook(spec)).length;
  }, 3);
  const spec = buildMasterSpec({ list, directory, progress: [], generatedAt: GENERATED });
  const cells = gridOfSpec(spec).sheets.reduce((sum, sheet) => sum + sheet.rows.reduce((n, row) => n + row.length, 0), 0);
  const baselineMs = await timeMedian(() => plainExcelJs(spec), 3);
  return [
    {
      name: `init：${TASKS} 项任务（责任分解 ${rows} 行）生成并写出督办总表`,
      ms,
      baseline: '同样的单元格逐格写入 ExcelJS（无表格、校验、保护、打印设置）',
      baselineMs,
      note: `其中构建 spec ${buildMs.toFixed(0)} ms；${Math.round((rows / ms) * 1000)} 行/秒；${cells} 个单元格；文件 ${(bytes / 2 ** 20).toFixed(1)} MiB`,
    },
  ];
}
