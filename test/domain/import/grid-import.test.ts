import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { parseCsv } from '../../../src/domain/csv.js';
import { DubanError } from '../../../src/domain/errors.js';
import type { SheetGrid } from '../../../src/domain/grid.js';
import { importGrid, type GridImport } from '../../../src/domain/import/index.js';
import { gridImportMessages } from '../../../src/domain/messages/index.js';
import { TaskListSchema, type Task, type TaskList } from '../../../src/domain/model/index.js';
import { readWorkbook } from '../../../src/xlsx/index.js';
import { anExcelJsWorkbook } from '../../xlsx/builders.js';
import { projectRoot } from '../../helpers/cli.js';

/** A sheet written with ExcelJS (merges and all), read back the way `duban import` reads it. */
async function aSheet(build: (ws: ExcelJS.Worksheet) => void): Promise<SheetGrid> {
  const buffer = await anExcelJsWorkbook((wb) => build(wb.addWorksheet('Sheet1')));
  return (await readWorkbook(buffer)).sheets[0];
}

const meta = { id: 'other-office', source: 'other.xlsx' };
const lead = (name: string) => ({ name, role: 'lead', group: false });
const support = (name: string) => ({ name, role: 'support', group: false });
const fieldsOf = (result: GridImport) => Object.fromEntries(result.mappings.map((m) => [m.column, m.field]));

describe('importGrid: a layout like the key-work list (title row, merged categories, one unit column)', () => {
  let result: GridImport;
  beforeAll(async () => {
    const sheet = await aSheet((ws) => {
      ws.addRow(['2023年区政府重点工作责任分解表']);
      ws.addRow(['序号', '主要任务', '重点工作', '完成时限', '分管领导', '责任单位']);
      ws.addRow([1, '一、稳定经济增长', '地区生产总值增长5%左右。', '年底前完成', '张三', '区发展改革委、区财政局']);
      ws.addRow([2, null, '新开工项目100个。', '6月底前', '张三、李四', '区住房建设委\n各街道办事处']);
      ws.addRow([3, '二、改善民生', '城镇新增就业1万人。', '年底前取得明显进展', '李四', '区人社局、区教育局按职责分工负责']);
      ws.addRow([4, null, '更新改造老旧小区10个，\n惠及居民5000户。', '10月底前完成', '王五', '区住房建设委']);
      ws.addRow(['注：责任单位中列第一位的为牵头单位。']);
      ws.mergeCells('A1:F1');
      ws.mergeCells('B3:B4');
      ws.mergeCells('B5:B6');
    });
    result = importGrid(sheet, meta);
  });

  test('maps every column and reads every task', () => {
    expect(fieldsOf(result)).toEqual({ A: 'seq', B: 'category', C: 'content', D: 'deadline', E: 'leaders', F: 'units' });
    expect(result.problems).toEqual([]);
    expect(result.list.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4]);
  });

  test('merged category cells give each task its category without the numbering', () => {
    expect(result.list.tasks.map((t) => [t.category, t.categoryNo])).toEqual([['稳定经济增长', 1], ['稳定经济增长', 1], ['改善民生', 2], ['改善民生', 2]]);
  });

  test('the first unit leads, groups are flagged, and 按职责分工负责 makes every named unit lead', () => {
    const [first, second, third] = result.list.tasks;
    expect(first.units).toEqual([lead('区发展改革委'), support('区财政局')]);
    expect(second.units).toEqual([lead('区住房建设委'), { name: '各街道办事处', role: 'support', group: true }]);
    expect(third.units).toEqual([lead('区人社局'), lead('区教育局')]);
    expect(third.jointLead).toBe(true);
    expect(second.leaders).toEqual(['张三', '李四']);
  });

  test('multi-line cells keep their lines; deadlines get dated milestones in the title year', () => {
    const fourth = result.list.tasks[3];
    expect(fourth.content).toBe('更新改造老旧小区10个，\n惠及居民5000户。');
    expect(result.list.year).toBe(2023);
    expect(result.list.title).toBe('2023年区政府重点工作责任分解表');
    expect(fourth.deadline.milestones).toEqual([{ due: '2023-10-31', kind: 'complete' }]);
    expect(result.list.tasks[2].deadline.milestones).toEqual([{ due: '2023-12-31', kind: 'progress' }]);
  });

  test('the notes row is not a task and the list passes the schema', () => {
    expect(result.list.tasks.some((t) => t.content.includes('注'))).toBe(false);
    expect(() => TaskListSchema.parse(result.list)).not.toThrow();
  });
});

describe('importGrid: header in row 4, other words, spaces and line breaks, heading rows, a bad row', () => {
  let result: GridImport;
  beforeAll(async () => {
    const sheet = await aSheet((ws) => {
      ws.addRow(['附件']);
      ws.addRow(['2023年优化营商环境工作任务清单']);
      ws.addRow([]);
      ws.addRow(['编 号', '工作\n任务', '时间节点', '牵头\n领导', '牵头部门', '协办单位', '备注']);
      ws.addRow(['一、提升政务服务水平', null, null, null, null, null, null]);
      ws.addRow([1, '推行“一网通办”', new Date(Date.UTC(2023, 5, 30)), '赵六', '区政务服务办', '区大数据中心\n区财政局', '']);
      ws.addRow(['2.', '压减审批时限', '年内完成', '赵六', '区政务服务办、区市场监管局', '区政务服务办', '重点']);
      ws.addRow(['二', '这一行的序号不是数字', '年底前', '赵六', '区商务局', '', '']);
      ws.addRow([3, '   ', '年底前', '赵六', '区商务局', '', '']);
      ws.addRow([4, '优化纳税服务', '长期坚持', '钱七', '区税务局', '', '']);
      ws.mergeCells('A5:G5');
    });
    result = importGrid(sheet, meta);
  });

  test('finds the header below the title and maps the other words', () => {
    expect(result.list.title).toBe('2023年优化营商环境工作任务清单');
    expect(result.mappings).toEqual([
      { column: 'A', header: '编号', field: 'seq' },
      { column: 'B', header: '工作任务', field: 'content' },
      { column: 'C', header: '时间节点', field: 'deadline' },
      { column: 'D', header: '牵头领导', field: 'leaders' },
      { column: 'E', header: '牵头部门', field: 'leadUnits' },
      { column: 'F', header: '协办单位', field: 'supportUnits' },
      { column: 'G', header: '备注', field: 'ignore' },
    ]);
  });

  test('a merged heading row sets the category of the tasks below it', () => {
    expect(result.list.tasks.map((t) => t.category)).toEqual(['提升政务服务水平', '提升政务服务水平', '提升政务服务水平']);
  });

  test('lead and support columns: every lead unit leads, a unit named twice is kept once', () => {
    const [first, second] = result.list.tasks;
    expect(first.units).toEqual([lead('区政务服务办'), support('区大数据中心'), support('区财政局')]);
    expect(second.units).toEqual([lead('区政务服务办'), lead('区市场监管局')]);
    expect(second.seq).toBe(2);
  });

  test('a real date in the deadline cell becomes its milestone', () => {
    expect(result.list.tasks[0].deadline).toMatchObject({ text: '2023-06-30', milestones: [{ due: '2023-06-30', kind: 'complete' }] });
    expect(result.list.tasks[2].deadline).toMatchObject({ text: '长期坚持', ongoing: true, milestones: [] });
  });

  test('rows that cannot be read are reported with their cell, and the others are still imported', () => {
    expect(result.problems).toEqual([
      // The 备注 column holds text it does not import: said, not dropped in silence.
      { row: 4, cell: 'G4', message: gridImportMessages.columnNotRead('备注', 2) },
      { row: 8, cell: 'A8', message: gridImportMessages.badSeq('二') },
      { row: 9, cell: 'B9', message: gridImportMessages.emptyContent(3) },
    ]);
    expect(result.list.tasks.map((t) => t.seq)).toEqual([1, 2, 4]);
  });
});

describe('importGrid: columns in another order, a two-row header, no title', () => {
  let result: GridImport;
  beforeAll(async () => {
    const sheet = await aSheet((ws) => {
      ws.addRow(['重点任务', '主要内容', '责任单位', null, '完成时间', '分管市领导', '序号']);
      ws.addRow([null, null, '主责单位', '参与单位', null, null, null]);
      ws.addRow(['（一）招商引资', '引进重点项目20个', '区商务局', '区发展改革委、区工业和信息化局', '2024年6月底前', '孙八', 1]);
      ws.addRow([null, '举办投资促进活动', '区商务局', '', '2024年内完成', '孙八', 2]);
      ws.addRow([null, '重复的序号', '区商务局', '', '2024年内完成', '孙八', 2]);
      ws.mergeCells('C1:D1');
      ws.mergeCells('A1:A2');
      ws.mergeCells('A3:A5');
    });
    result = importGrid(sheet, { ...meta, id: 'invest' });
  });

  test('the second header row names the unit columns; 重点任务 next to 主要内容 is the category', () => {
    expect(fieldsOf(result)).toEqual({ A: 'category', B: 'content', C: 'leadUnits', D: 'supportUnits', E: 'deadline', F: 'leaders', G: 'seq' });
    expect(result.list.tasks[0]).toMatchObject({
      seq: 1,
      category: '招商引资',
      categoryNo: 1,
      content: '引进重点项目20个',
      units: [lead('区商务局'), support('区发展改革委'), support('区工业和信息化局')],
    });
  });

  test('the year comes from the deadlines when the sheet has no title', () => {
    expect(result.list.year).toBe(2024);
    expect(result.list.tasks[0].deadline.milestones).toEqual([{ due: '2024-06-30', kind: 'complete' }]);
  });

  test('a repeated 序号 is reported and its row not imported', () => {
    expect(result.problems).toEqual([{ row: 5, cell: 'G5', message: gridImportMessages.duplicateSeq(2, 4) }]);
    expect(result.list.tasks).toHaveLength(2);
  });
});

describe('importGrid: .csv and unusable sheets', () => {
  test('a CSV with 责任单位 next to 牵头单位 reads 责任单位 as the supporting units', () => {
    const sheet = parseCsv('序号,重点工作,完成时限,牵头单位,责任单位\n1,"建设智慧城市,\n推进数字政府",2023年底前,区网信办,"区政务服务办、区大数据中心"\n', { file: 'a.csv' });
    const result = importGrid(sheet, { ...meta, source: 'a.csv' });
    expect(fieldsOf(result)).toMatchObject({ D: 'leadUnits', E: 'supportUnits' });
    expect(result.list.tasks[0]).toMatchObject({
      content: '建设智慧城市,\n推进数字政府',
      units: [lead('区网信办'), support('区政务服务办'), support('区大数据中心')],
    });
  });

  test('a sheet without a header row, or without a year, is refused with a message', () => {
    const noHeader: SheetGrid = { name: 'S', state: 'visible', rows: [['a', 'b'], [1, 2]], merges: [] };
    expect(() => importGrid(noHeader, meta)).toThrow(new DubanError(gridImportMessages.noHeader(10), { file: 'other.xlsx', sheet: 'S' }).message);
    const noYear: SheetGrid = { name: 'S', state: 'visible', rows: [['序号', '重点工作', '责任单位'], [1, '任务', '区商务局']], merges: [] };
    expect(() => importGrid(noYear, meta)).toThrow(gridImportMessages.noYear);
    expect(importGrid(noYear, { ...meta, year: 2025 }).list.year).toBe(2025);
  });

  test('without a deadline column every task is due at the end of the list year', () => {
    const sheet: SheetGrid = { name: 'S', state: 'visible', rows: [['序号', '重点工作', '责任单位'], [1, '任务', '区商务局']], merges: [] };
    expect(importGrid(sheet, { ...meta, year: 2023 }).list.tasks[0].deadline).toEqual({
      text: '',
      milestones: [{ due: '2023-12-31', kind: 'complete' }],
      ongoing: false,
      source: 'notice',
    });
  });

  test('an empty or unreadable deadline is reported with its cell and the task kept', () => {
    const sheet: SheetGrid = { name: 'S', state: 'visible', rows: [['序号', '重点工作', '完成时限', '责任单位'], [1, '任务一', '', '区商务局'], [2, '任务二', '择机推进', '区商务局']], merges: [] };
    const result = importGrid(sheet, { ...meta, year: 2023 });
    expect(result.list.tasks).toHaveLength(2);
    expect(result.problems.map((p) => [p.row, p.cell])).toEqual([[2, 'C2'], [3, 'C3']]);
    expect(result.problems[1].message).toContain('择机推进');
  });
});

describe('importGrid on the built-in key-work list written as a sheet', () => {
  const seed = JSON.parse(readFileSync(join(projectRoot, 'seeds', 'tianjin-2023-key-work.json'), 'utf8')) as TaskList;

  /** The list as an office would keep it: category written once per group and merged down. */
  function writeList(ws: ExcelJS.Worksheet, tasks: readonly Task[]): void {
    ws.addRow(['2023年市政府重点工作责任分解表']);
    ws.addRow(['序号', '主要任务', '重点工作', '完成时限', '分管市领导', '责任单位']);
    let groupStart = 3;
    tasks.forEach((task, i) => {
      const first = i === 0 || tasks[i - 1].category !== task.category;
      const units = task.units.map((u) => u.name).join('、') + (task.jointLead ? '按职责分工负责' : '');
      ws.addRow([task.seq, first ? `${task.categoryNo ? `${'一二三四五六七八九十'[task.categoryNo - 1] ?? task.categoryNo}、` : ''}${task.category}` : null, task.content, task.deadline.text, task.leaders.join('、'), units]);
      const row = i + 3;
      const last = i === tasks.length - 1 || tasks[i + 1].category !== task.category;
      if (last && row > groupStart) ws.mergeCells(`B${groupStart}:B${row}`);
      if (last) groupStart = row + 1;
    });
  }

  test('gives the same 160 tasks as the built-in list', async () => {
    const sheet = await aSheet((ws) => writeList(ws, seed.tasks));
    const result = importGrid(sheet, { id: seed.id, source: 'key-work.xlsx' });
    expect(result.problems).toEqual([]);
    expect(result.list.year).toBe(2023);
    expect(result.list.tasks).toEqual(seed.tasks);
  });
});

describe('importGrid: columns read by what they hold', () => {
  test('an unknown header over personal names is the leaders column, one over long text the content, and both are said', async () => {
    const sheet = await aSheet((ws) => {
      ws.addRow(['2024年县政府重点工作']);
      ws.addRow(['编号', '具体干什么', '包保人', '牵头单位', '完成时限']);
      ws.addRow([1, '新建改建农村公路80公里，完成危桥改造10座。', '李明华', '县交通运输局', '年底前']);
      ws.addRow([2, '新增城镇就业2000人，城镇登记失业率控制在4%以内。', '王强', '县人社局', '年底前']);
    });
    const result = importGrid(sheet, meta);
    expect(fieldsOf(result)).toMatchObject({ B: 'content', C: 'leaders', D: 'leadUnits' });
    expect(result.list.tasks.map((task) => [task.content, task.leaders])).toEqual([
      ['新建改建农村公路80公里，完成危桥改造10座。', ['李明华']],
      ['新增城镇就业2000人，城镇登记失业率控制在4%以内。', ['王强']],
    ]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      gridImportMessages.mappedByContent('具体干什么', gridImportMessages.fieldName('content')),
      gridImportMessages.mappedByContent('包保人', gridImportMessages.fieldName('leaders')),
    ]);
  });

  test('a non-empty column that is none of the fields is reported, never dropped in silence', async () => {
    const sheet = await aSheet((ws) => {
      ws.addRow(['序号', '重点工作', '牵头单位', '进度']);
      ws.addRow([1, '新建幼儿园2所。', '县教育局', '50%']);
      ws.addRow([2, '改造农村公路50公里。', '县交通局', '30%']);
    });
    const result = importGrid(sheet, { ...meta, year: 2024 });
    expect(result.problems).toEqual([{ row: 1, cell: 'D1', message: gridImportMessages.columnNotRead('进度', 2) }]);
    expect(result.mappings.find((mapping) => mapping.column === 'D')?.field).toBe('ignore');
  });

  test('a 序号 merged over several rows makes sub-tasks 5-1, 5-2 of one task, not duplicates', async () => {
    const sheet = await aSheet((ws) => {
      ws.addRow(['2024年民生实事']);
      ws.addRow(['序号', '重点工作', '牵头单位', '完成时限']);
      ws.addRow([4, '新建口袋公园5个。', '县城管局', '年底前']);
      ws.addRow([5, '改造老旧小区12个。', '县住建局', '6月底前']);
      ws.addRow([null, '新增停车位500个。', '县城管局', '年底前']);
      ws.addRow([6, '新增托位400个。', '县卫健局', '年底前']);
      ws.mergeCells('A4:A5');
    });
    const result = importGrid(sheet, meta);
    expect(result.problems).toEqual([]);
    expect(result.list.tasks.map((task) => task.seq)).toEqual([4, 5, 6]);
    const five = result.list.tasks[1];
    expect(five.content).toBe('5-1 改造老旧小区12个。\n5-2 新增停车位500个。');
    expect(five.units.map((unit) => [unit.name, unit.role])).toEqual([['县住建局', 'lead'], ['县城管局', 'lead']]);
    expect(five.deadline.text).toBe('6月底前\n年底前');
  });

  test('a group phrase with 、 in a unit cell stays one group', async () => {
    const sheet = await aSheet((ws) => {
      ws.addRow(['2024年重点工作']);
      ws.addRow(['序号', '重点工作', '牵头单位', '配合单位']);
      ws.addRow([1, '新开工项目100个。', '市发展改革委', '各县、市、区政府，各乡镇（街道）']);
    });
    const [task] = importGrid(sheet, meta).list.tasks;
    expect(task.units.filter((unit) => unit.role === 'support').map((unit) => [unit.name, unit.group])).toEqual([
      ['各县、市、区政府', true],
      ['各乡镇（街道）', true],
    ]);
  });
});
