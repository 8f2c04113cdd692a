/**
 * The built-in list tianjin-2023-key-work checked against the source text itself: every task is
 * compared field by field with a second, independent reading of the attachment table written here
 * (split on the 序号 lines, then on tab cells) — not with the JSON file the build produces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKeyWorkList, KEY_WORK_SOURCE } from '../../scripts/seeds/key-work.js';
import { TaskListSchema, type Task, type TaskList } from '../../src/domain/model/index.js';
import { projectRoot } from '../helpers/cli.js';

const readSource = (name: string) => readFileSync(join(projectRoot, 'seeds', 'sources', name), 'utf8');
const sourceText = readSource(KEY_WORK_SOURCE);
const HEADER_WORDS = ['序号', '主要任务', '重点工作', '完成时限', '分管市领导', '责任单位'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const JOINT = '按职责分工负责';

interface Expected {
  seq: number;
  categoryCell: string;
  content: string;
  deadline: string;
  leaders: string[];
  unitNames: string[];
  jointLead: boolean;
}

/** A second reading of the table: the text between the header and the 注： note, cut at each "\t<number>" line. */
function independentRows(text: string): Expected[] {
  const headerEnd = text.indexOf('\t责任单位\n') + '\t责任单位\n'.length;
  const table = text.slice(headerEnd, text.lastIndexOf('\n注：'));
  const chunks = table.split(/^(?=\t\d+$)/m).filter((chunk) => chunk.trim() !== '');
  return chunks.map((chunk) => {
    const cells = chunk.split(/^\t/m).slice(1); // each cell: its text up to the next tab line
    expect(cells).toHaveLength(6);
    const [seq, category, content, deadline, leaders, units] = cells.map((cell) =>
      cell.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
    );
    const unitText = units.join('\n');
    return {
      seq: Number(seq[0]),
      categoryCell: category.join(''),
      content: content.join(''),
      deadline: deadline.join('\n'),
      leaders: [...new Set(leaders.flatMap((line) => line.split(/[、，\s]+/)).filter(Boolean))],
      unitNames: unitText.replace(JOINT, '').split(/[\n、，；]/).map((name) => name.trim()).filter(Boolean),
      jointLead: unitText.endsWith(JOINT),
    };
  });
}

const list: TaskList = buildKeyWorkList(readSource);
const expected = independentRows(sourceText);
const bySeq = (seq: number): Task => {
  const task = list.tasks.find((t) => t.seq === seq);
  if (!task) throw new Error(`task ${seq} missing`);
  return task;
};

describe('the built-in list tianjin-2023-key-work', () => {
  test('has the notice title, issuer and year, no invented date and no reporting dates', () => {
    expect(TaskListSchema.parse(list)).toEqual(list);
    expect(list).toMatchObject({
      id: 'tianjin-2023-key-work',
      title: '天津市人民政府关于切实做好2023年市政府重点工作的通知',
      issuer: '天津市人民政府',
      issuedOn: null,
      year: 2023,
      source: '000_966d7ba61376989e.txt',
      reporting: { schedule: 'none', deadlines: [] },
    });
  });

  test('has 160 tasks numbered 1 to 160, as the notice says', () => {
    expect(sourceText).toContain('分解为160项重点工作');
    expect(expected).toHaveLength(160);
    expect(list.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 160 }, (_, i) => i + 1));
  });

  test('every task matches an independent reading of the source, field by field', () => {
    let category = '';
    let categoryNo = 0;
    for (const row of expected) {
      if (row.categoryCell !== '') {
        const numeral = row.categoryCell.slice(0, row.categoryCell.indexOf('、'));
        categoryNo = NUMERALS.indexOf(numeral) + 1;
        category = row.categoryCell.slice(numeral.length + 1);
      }
      const task = bySeq(row.seq);
      expect({ seq: task.seq, field: 'category', value: [task.category, task.categoryNo] }).toEqual({ seq: row.seq, field: 'category', value: [category, categoryNo] });
      expect({ seq: task.seq, content: task.content }).toEqual({ seq: row.seq, content: row.content });
      expect({ seq: task.seq, deadline: task.deadline }).toEqual({ seq: row.seq, deadline: { text: row.deadline, milestones: [], ongoing: false, source: 'cell' } });
      expect({ seq: task.seq, leaders: task.leaders }).toEqual({ seq: row.seq, leaders: row.leaders });
      expect({ seq: task.seq, units: task.units.map((u) => [u.name, u.role]), jointLead: task.jointLead }).toEqual({
        seq: row.seq,
        units: row.unitNames.map((name, i) => [name, row.jointLead || i === 0 ? 'lead' : 'support']),
        jointLead: row.jointLead,
      });
    }
  });

  test('names exactly eight leaders', () => {
    const leaders = [...new Set(list.tasks.flatMap((t) => t.leaders))].sort();
    expect(leaders).toEqual(['刘桂平', '张玲', '朱鹏', '李文海', '杨兵', '范少军', '衡晓帆', '谢元'].sort());
  });

  test('twelve categories, a blank category cell continuing the category above', () => {
    expect([...new Set(list.tasks.map((t) => t.categoryNo))]).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(bySeq(2).category).toBe('经济社会发展主要预期目标');
    expect(bySeq(8)).toMatchObject({ category: '经济社会发展主要预期目标', categoryNo: 1 });
    expect(bySeq(9)).toMatchObject({ categoryNo: 2, category: '聚焦京津冀协同发展、京津同城化发展趋势，着力推动重大国家战略向纵深拓展' });
    // Row 12 repeats category 二 in its own cell; row 160 carries 十二 from row 154.
    expect(bySeq(12).category).toBe(bySeq(9).category);
    expect(bySeq(160)).toMatchObject({ categoryNo: 12, category: '切实提升政府工作效能和水平' });
  });

  test('rows saying 按职责分工负责 are led jointly by every listed unit', () => {
    const joint = list.tasks.filter((t) => t.jointLead).map((t) => t.seq);
    expect(joint).toEqual([3, 69, 82, 88, 95, 96, 102, 138, 139, 144, 157]);
    expect(bySeq(3).units).toEqual([
      { name: '市人社局', role: 'lead', group: false },
      { name: '市农业农村委', role: 'lead', group: false },
      { name: '市发展改革委', role: 'lead', group: false },
    ]);
    expect(bySeq(3).leaders).toEqual(['刘桂平', '李文海', '谢元']);
    expect(bySeq(157)).toMatchObject({ leaders: ['杨兵', '张玲'], units: [{ name: '市民族宗教委', role: 'lead' }, { name: '市侨办', role: 'lead' }] });
  });

  test('multi-line deadlines keep each phrase on its own line', () => {
    expect(bySeq(9).deadline.text).toBe('年底前取得明显进展。\n新增承接项目投资额超过1600亿元年底前完成');
    expect(bySeq(12).deadline.text).toBe('年底前取得明显进展。津兴城际年底前建成通车');
    expect(bySeq(19).deadline.text).toBe('年底前取得明显进展。\n6月底前设立“一次办”政务服务窗口；年底前完成管理体制、运行机制和支持政策建立工作');
    expect(bySeq(156).deadline.text).toBe('2023年重点完成普查机构组建、数据处理环境搭建、综合试点等29项子任务');
  });

  test('group placeholders are flagged and unit names are kept as written', () => {
    expect(bySeq(9).units.at(-1)).toEqual({ name: '各区人民政府', role: 'support', group: true });
    expect(bySeq(158).units).toEqual([
      { name: '市外办（市港澳办）', role: 'lead', group: false },
      { name: '市台办', role: 'support', group: false },
    ]);
    const groups = new Set(list.tasks.flatMap((t) => t.units.filter((u) => u.group).map((u) => u.name)));
    expect([...groups].sort()).toEqual(['各区人民政府', '相关区人民政府'].sort());
  });

  test('no field holds a tab, a header word or the note under the table', () => {
    for (const task of list.tasks) {
      const names = [...task.leaders, ...task.units.map((u) => u.name)];
      const texts = [task.category, task.content, task.deadline.text, ...names];
      for (const text of texts) {
        expect({ seq: task.seq, text, clean: !/\t/.test(text) && !text.includes('注：') && text === text.trim() }).toEqual({ seq: task.seq, text, clean: true });
        expect(HEADER_WORDS.filter((word) => text.includes(word))).toEqual([]);
      }
      for (const name of names) expect({ seq: task.seq, name, ok: /^[^\s。，、；]+$/.test(name) }).toEqual({ seq: task.seq, name, ok: true });
    }
  });
});
