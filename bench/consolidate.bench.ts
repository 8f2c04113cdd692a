/**
 * Consolidating 200 returned workbooks (1,000 rows): Duban's way (read only the parts needed, then
 * the pure consolidation with its checks) against the plain way (load each file fully with ExcelJS and
 * walk every cell of every sheet, no checks at all), and openpyxl when Python has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { findReturnFiles, readReturnFiles } from '../src/cli/read-returns.js';
import { readerMode } from '../src/cli/read-returns-pool.js';
import { TaskListSchema, UnitDirectorySchema, type TaskList, type UnitDirectory } from '../src/domain/model/index.js';
import { parsePeriod } from '../src/domain/period/index.js';
import { buildMergedMasterSpec } from '../src/domain/master/index.js';
import { buildReturnSpec, consolidateReturns, planDistribution } from '../src/domain/returns/index.js';
import { isStyledCell } from '../src/domain/spec/index.js';
import { STATUSES } from '../src/domain/vocabulary.js';
import { renderWorkbook, writeWorkbook } from '../src/xlsx/index.js';
import { timeMedian, type BenchResult } from './harness.js';
import { NO_OPENPYXL, OPENPYXL_SCAN, pythonWithOpenpyxl } from './python.js';

const UNITS = 200;
const TASKS = 500;
const period = parsePeriod('2023Q1')!;

/** 500 tasks, each led by one unit and supported by another: 1,000 rows over 200 units. */
export function syntheticList(): { list: TaskList; directory: UnitDirectory } {
  const unit = (i: number) => `测试委办局${String(i % UNITS).padStart(3, '0')}`;
  const list = TaskListSchema.parse({
    id: 'bench-list', title: '基准测试任务清单', issuer: '基准', issuedOn: '2023-01-01', year: 2023, source: 'bench',
    reporting: { schedule: 'quarterly', deadlines: ['2023-04-10'] },
    tasks: Array.from({ length: TASKS }, (_, i) => ({
      seq: i + 1, category: '基准', content: `第${i + 1}项重点工作：推进重点项目建设，完善配套政策，确保年底前完成既定目标。`,
      deadline: { text: '年底前完成', milestones: [{ due: '2023-12-31', kind: 'complete' }] },
      leaders: ['副市长'], units: [{ name: unit(2 * i), role: 'lead' }, { name: unit(2 * i + 1), role: 'support' }],
    })),
  });
  const directory = UnitDirectorySchema.parse({ units: Array.from({ length: UNITS }, (_, i) => ({ name: unit(i), aliases: [] })) });
  return { list, directory };
}

/** Every return, filled in (status and text written into the spec's input cells). */
export async function writeReturns(dir: string, list: TaskList, directory: UnitDirectory): Promise<number> {
  const plan = planDistribution({ list, directory, period });
  let rows = 0;
  for (const planned of plan.returns) {
    const spec = buildReturnSpec({ plan, planned, generatedAt: '2023-04-01T08:00:00Z' });
    for (const row of spec.sheets[0].rows.slice(5)) {
      const seq = row.cells[0];
      const n = isStyledCell(seq) ? Number(seq.value) : 0;
      row.cells[4] = { value: STATUSES[n % 4], style: 'status' };
      row.cells[5] = { value: `第${n}项已按计划推进，完成阶段性目标。`, style: 'input' };
      rows += 1;
    }
    await writeWorkbook(spec, join(dir, planned.fileName));
  }
  return rows;
}

async function plainExcelJs(paths: string[]): Promise<number> {
  let cells = 0;
  for (const path of paths) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => {
      cells += 1;
    })));
  }
  return cells;
}

export async function run(): Promise<BenchResult[]> {
  const dir = join(tmpdir(), `duban-bench-consolidate-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const { list, directory } = syntheticList();
    const rows = await writeReturns(dir, list, directory);
    const found = await findReturnFiles([dir]);
    const paths = found.files.map((file) => file.path);

    let accepted = 0;
    const consolidate = async () => {
      const files = await readReturnFiles(found.files);
      const result = consolidateReturns({ list, directory, period, files });
      accepted = result.report.rowsAccepted;
      return result;
    };
    // One more warm-up than the harness gives, so both sides are measured with their code compiled.
    await consolidate();
    const ours = await timeMedian(consolidate, 5);
    if (accepted !== rows) throw new Error(`bench: ${accepted} of ${rows} rows accepted`);
    await plainExcelJs(paths);
    const baseline = await timeMedian(() => plainExcelJs(paths), 5);
    const withMaster = await timeMedian(async () => {
      const result = await consolidate();
      return renderWorkbook(buildMergedMasterSpec({ master: { list, directory, progress: [] }, result, generatedAt: '2023-04-12T09:00:00+08:00', today: '2023-04-12' }));
    }, 3);

    const results: BenchResult[] = [
      {
        name: `汇总 ${paths.length} 份填报表（${rows} 行，读取 + 识别 + 校验）`,
        ms: ours,
        baseline: 'ExcelJS 完整加载并遍历所有单元格',
        baselineMs: baseline,
      },
      { name: `汇总 ${paths.length} 份填报表并写出汇总总表`, ms: withMaster, note: '含重建按单位/按领导汇总和报送情况' },
    ];
    // The CLI reads a return larger or stranger than an ordinary one in a worker thread (the tsc
    // build's worker script); this line sends every file there, to show what that costs. Run from the
    // TypeScript sources, as here, readReturnFiles reads in this thread unless pointed at the build.
    const builtWorker = new URL('../dist/cli/read-returns-worker.js', import.meta.url);
    if (readerMode() === 'in-process' && existsSync(builtWorker)) {
      const inWorkers = await timeMedian(async () => {
        const files = await readReturnFiles(found.files, { workers: { url: builtWorker, scope: 'all' } });
        return consolidateReturns({ list, directory, period, files });
      }, 5);
      results.push({
        name: `汇总 ${paths.length} 份填报表（同上，每个文件都在工作线程中读取）`,
        ms: inWorkers,
        note: '每次新建工作线程（冷启动，各自编译读取代码）；工作线程各有 256 MB 堆上限、每个文件有时限，一个异常文件只影响它自己。CLI 只把超出普通填报表大小或结构异常的文件交给工作线程，普通填报表在本线程读取（第一行，代码已预热）',
      });
    }
    const python = pythonWithOpenpyxl();
    if (python) {
      const openpyxl = await timeMedian(() => spawnSync(python, [OPENPYXL_SCAN, dir], { encoding: 'utf8' }), 3);
      results.push({
        name: `汇总 ${paths.length} 份填报表（同上）`,
        ms: ours,
        baseline: 'openpyxl 只读模式读取全部单元格（Python 子进程，含启动）',
        baselineMs: openpyxl,
      });
    } else {
      results[0].note = NO_OPENPYXL;
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
