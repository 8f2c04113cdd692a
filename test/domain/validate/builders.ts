/** Small builders for workbook grids in Duban's layout, and a unit directory to check them against. */
import { parseAddress, type CellValue, type SheetGrid, type WorkbookGrid } from '../../../src/domain/grid.js';
import { UnitDirectorySchema, type UnitDirectory } from '../../../src/domain/model/index.js';
import { HEADERS, SHEETS } from '../../../src/domain/vocabulary.js';

export const directory: UnitDirectory = UnitDirectorySchema.parse({
  units: [
    { name: '市发展改革委', aliases: ['市发改委'] },
    { name: '市委网信办', aliases: ['市网信办'] },
    { name: '市财政局' },
    { name: '市商务局' },
    { name: '市科技局' },
    { name: '市教委' },
    { name: '市住房城乡建设委', aliases: ['市住建委'] },
    { name: '市市场监管委' },
    { name: '市人社局' },
    { name: '市交通运输委' },
    { name: '和平区人民政府', group: '各区人民政府' },
    { name: '各区人民政府', kind: 'group' },
    { name: '市级有关单位', kind: 'group', reporters: ['市财政局', '市发展改革委'] },
  ],
});

export interface TaskRow {
  seq: number;
  deadline: string;
  leaders: string;
  lead: string;
  support: string;
}

/** 14 clean tasks of 2023: canonical units, readable deadlines, leaders 张三 / 李四 / 王五. */
export const TASKS: TaskRow[] = [
  { seq: 1, deadline: '年底前完成', leaders: '张三', lead: '市发展改革委', support: '市财政局' },
  { seq: 2, deadline: '6月底前完成', leaders: '张三', lead: '市商务局', support: '' },
  { seq: 3, deadline: '年底前取得明显进展', leaders: '李四', lead: '市科技局', support: '市财政局、市教委' },
  { seq: 4, deadline: '10月底前完成', leaders: '李四', lead: '市教委', support: '市人社局' },
  { seq: 5, deadline: '供热旧管网改造10月底前完成；燃气旧管网改造年底前完成', leaders: '王五', lead: '市住房城乡建设委', support: '' },
  { seq: 6, deadline: '长期坚持', leaders: '王五', lead: '市交通运输委', support: '市委网信办' },
  { seq: 7, deadline: '三季度', leaders: '张三、李四', lead: '市市场监管委', support: '各区人民政府' },
  { seq: 8, deadline: '2023年9月30日', leaders: '张三', lead: '市人社局', support: '市财政局' },
  { seq: 9, deadline: '年底前取得明显进展。\n6月底前完成设立创业种子基金', leaders: '李四', lead: '市科技局', support: '' },
  { seq: 10, deadline: '上半年', leaders: '王五', lead: '市商务局', support: '市发展改革委' },
  { seq: 11, deadline: '年内完成', leaders: '张三', lead: '市财政局', support: '市级有关单位' },
  { seq: 12, deadline: '9月底前完成', leaders: '李四', lead: '和平区人民政府', support: '' },
  { seq: 13, deadline: '2023-11-30', leaders: '王五', lead: '—', support: '市商务局、市科技局' },
  { seq: 14, deadline: '年底前完成', leaders: '张三', lead: '市委网信办', support: '' },
];

/** Tasks whose 责任分解 rows are left out, so renumbering them in 任务清单 is the only change. */
const NOT_BROKEN_DOWN = new Set([10, 14]);

function units(cell: string): string[] {
  return cell === '' || cell === '—' ? [] : cell.split('、');
}

export function taskListSheet(tasks: TaskRow[] = TASKS): SheetGrid {
  return {
    name: SHEETS.taskList,
    state: 'visible',
    merges: [],
    rows: [
      ['2023年重点工作任务清单'],
      [],
      [...HEADERS.taskList],
      ...tasks.map((t) => [t.seq, '类别', `第${t.seq}项重点工作`, t.deadline, t.leaders, t.lead, t.support]),
    ],
  };
}

export function breakdownSheet(tasks: TaskRow[] = TASKS): SheetGrid {
  const rows: CellValue[][] = [[...HEADERS.breakdown]];
  for (const t of tasks) {
    if (NOT_BROKEN_DOWN.has(t.seq)) continue;
    const lead = units(t.lead).map((name) => [t.seq, name, '牵头']);
    const support = units(t.support).map((name) => [t.seq, name, '配合']);
    for (const [seq, name, role] of [...lead, ...support]) rows.push([seq, name, role, t.leaders, '2023年底前完成', '2023Q1', '序时推进', '按计划推进中']);
  }
  return { name: SHEETS.breakdown, state: 'visible', merges: [], rows };
}

export function progressSheet(): SheetGrid {
  return {
    name: SHEETS.progress,
    state: 'visible',
    merges: [],
    rows: [
      [...HEADERS.progress],
      ['2023Q1', '市发展改革委', 1, '序时推进', '已开展调研', '', '', '市发展改革委.xlsx'],
      ['2023Q1', '市商务局', 2, '已完成', '已完成', '', '', '市商务局.xlsx'],
      ['2023Q1', '市科技局', 3, '滞后', '进度偏慢', '资金未到位', '协调资金', '市科技局.xlsx'],
      ['2023Q1', '市教委', 4, '未启动', '', '', '', '市教委.xlsx'],
    ],
  };
}

export function aWorkbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets: sheets.length ? sheets : [taskListSheet(), breakdownSheet(), progressSheet()] };
}

/** Writes one cell of a sheet, by A1 address. */
export function plant(grid: WorkbookGrid, sheetName: string, address: string, value: CellValue): void {
  const sheet = grid.sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const { row0, col0 } = parseAddress(address);
  while (sheet.rows.length <= row0) sheet.rows.push([]);
  const row = sheet.rows[row0];
  while (row.length <= col0) row.push(null);
  row[col0] = value;
}

/** The A1 address of the first 责任分解 row matching seq, unit and role, in a given column. */
export function breakdownCell(grid: WorkbookGrid, seq: number, unit: string, column: string): string {
  const sheet = grid.sheets.find((candidate) => candidate.name === SHEETS.breakdown) as SheetGrid;
  const r = sheet.rows.findIndex((row) => row[0] === seq && row[1] === unit);
  if (r < 0) throw new Error(`no breakdown row ${seq} ${unit}`);
  return `${column}${r + 1}`;
}
