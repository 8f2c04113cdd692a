import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { fileKindMessages, gridImportMessages, noticeMessages } from '../../src/domain/messages/index.js';
import type { TaskList } from '../../src/domain/model/index.js';
import { runCli, projectRoot, temporaryDirectory } from '../helpers/cli.js';
import { anExcelJsWorkbook, anOle2File } from '../xlsx/builders.js';

describe('duban import', () => {
  let dir: { path: string; cleanup: () => void };
  beforeAll(() => {
    dir = temporaryDirectory();
  });
  afterAll(() => dir.cleanup());

  test('the seed 000 notice text gives the same tasks as the built-in key-work list', () => {
    const out = join(dir.path, 'x.json');
    const run = runCli(['import', 'seeds/sources/000_966d7ba61376989e.txt', '--out', out, '--id', 'tianjin-2023-key-work']);
    expect(run.stderr).toContain('已导入 160 项任务');
    expect(run.status).toBe(0);
    const imported = JSON.parse(readFileSync(out, 'utf8')) as TaskList;
    const builtin = JSON.parse(readFileSync(join(projectRoot, 'seeds', 'tianjin-2023-key-work.json'), 'utf8')) as TaskList;
    expect(imported.tasks).toEqual(builtin.tasks);
    expect(imported.year).toBe(2023);
  });

  test('another government’s notice as .txt: its tasks, an id from its name, and a line it could not read makes exit 1', () => {
    const file = join(dir.path, '咸安区2023年重点工作.txt');
    const text = readFileSync(join(projectRoot, 'test', 'fixtures', 'real-lists', 'xianan-2023', 'source.txt'), 'utf8');
    writeFileSync(file, text);
    const out = join(dir.path, 'xianan.json');
    const run = runCli(['import', file, '--out', out]);
    expect(run.status).toBe(0);
    const list = JSON.parse(readFileSync(out, 'utf8')) as TaskList;
    expect(list.id).toBe('xiananqu-2023-zdgz');
    expect(list.tasks).toHaveLength(12);
    writeFileSync(file, `${text}\n以上任务请于每月5日前报送进展。\n`);
    const again = runCli(['import', file, '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(noticeMessages.unreadLine('以上任务请于每月5日前报送进展。'));
  });

  test('a .docx notice is read directly', async () => {
    const zip = new JSZip();
    const paragraphs = ['2024年重点工作任务分解', '1.地区生产总值增长6%。（责任领导：王明；牵头单位：县发改局；责任单位：各乡镇人民政府）'];
    zip.file('word/document.xml', `<w:document xmlns:w="x"><w:body>${paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
    const file = join(dir.path, '分解.docx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    const out = join(dir.path, 'docx.json');
    expect(runCli(['import', file, '--out', out]).status).toBe(0);
    const list = JSON.parse(readFileSync(out, 'utf8')) as TaskList;
    expect(list.tasks.map((task) => [task.leaders, task.units.map((unit) => unit.name)])).toEqual([[['王明'], ['县发改局', '各乡镇人民政府']]]);
  });

  test('an .xlsx with a bad row: mappings and the row on stderr, the other tasks written, exit 1', async () => {
    const file = join(dir.path, '区政府清单.xlsx');
    writeFileSync(
      file,
      await anExcelJsWorkbook((wb) => {
        wb.addWorksheet('说明', { state: 'hidden' }).addRow(['隐藏的说明页']);
        const ws = wb.addWorksheet('任务');
        ws.addRow(['2023年区政府重点工作']);
        ws.addRow(['序号', '重点工作', '完成时限', '分管领导', '牵头单位', '配合单位']);
        ws.addRow([1, '推进项目建设', '年底前完成', '张三', '区发展改革委', '区财政局']);
        ws.addRow(['一', '序号写错的任务', '年底前完成', '张三', '区商务局', '']);
      }),
    );
    const out = join(dir.path, 'district.json');
    const run = runCli(['import', file, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('读取工作表「任务」');
    expect(run.stderr).toContain('A 栏“序号” → 序号');
    expect(run.stderr).toContain('E 栏“牵头单位” → 牵头单位');
    expect(run.stderr).toContain(`第 4 行（单元格 A4）：${gridImportMessages.badSeq('一')}`);
    const list = JSON.parse(readFileSync(out, 'utf8')) as TaskList;
    expect(list.id).toBe('2023-qzfzdgz');
    expect(list.tasks.map((t) => [t.seq, t.content, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([[1, '推进项目建设', ['区发展改革委:lead', '区财政局:support']]]);
  });

  test('a clean .csv without --out writes only the JSON to stdout and exits 0', () => {
    const file = join(dir.path, 'list.csv');
    writeFileSync(file, '\uFEFF编号,主要内容,完成时间,责任单位\n1,优化营商环境,2024年6月底前,"区政务服务办、区市场监管局"\n');
    const run = runCli(['import', file, '--id', 'district-2024']);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout) as TaskList;
    expect(list).toMatchObject({ id: 'district-2024', year: 2024 });
    expect(list.tasks[0].deadline.milestones).toEqual([{ due: '2024-06-30', kind: 'complete' }]);
    expect(run.stderr).toContain('已导入 1 项任务');
  });

  test('--year sets the year the deadlines refer to', () => {
    const file = join(dir.path, 'noyear.csv');
    writeFileSync(file, '序号,重点工作,完成时限,责任单位\n1,任务,年底前完成,区商务局\n');
    const run = runCli(['import', file, '--year', '2025']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).tasks[0].deadline.milestones).toEqual([{ due: '2025-12-31', kind: 'complete' }]);
    const without = runCli(['import', file]);
    expect(without.status).toBe(2);
    expect(without.stderr).toContain(gridImportMessages.noYear);
  });

  test('unreadable input exits 2 with the message for its kind', () => {
    const xls = join(dir.path, '旧表.xls');
    writeFileSync(xls, anOle2File('Workbook'));
    const run = runCli(['import', xls, '--out', join(dir.path, 'y.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`文件 ${xls}：${fileKindMessages.xls}`);
    const missing = runCli(['import', join(dir.path, 'none.xlsx')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('文件不存在或无法读取');
  });
});
