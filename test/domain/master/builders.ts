/** Small builders for master-workbook tests: lists, directories and progress rows made in the test. */
import {
  TaskListSchema,
  UnitDirectorySchema,
  type ProgressEntry,
  type TaskList,
  type UnitDirectory,
} from '../../../src/domain/model/index.js';
import type { Status } from '../../../src/domain/vocabulary.js';

interface TaskOptions {
  leaders?: string[];
  /** Lead units first; a name starting with "+" is a supporting unit. */
  units?: string[];
  /** The completion date (kind 'complete'); null for 长期坚持. */
  due?: string | null;
  /** An intermediate progress checkpoint before the due date. */
  checkpoint?: string;
  content?: string;
}

export class ListBuilder {
  private readonly tasks: unknown[] = [];
  private schedule: TaskList['reporting']['schedule'] = 'quarterly';

  task(seq: number, options: TaskOptions = {}): this {
    const due = options.due === undefined ? '2023-12-31' : options.due;
    const milestones = [
      ...(options.checkpoint ? [{ due: options.checkpoint, kind: 'progress' }] : []),
      ...(due ? [{ due, kind: 'complete' }] : []),
    ];
    const units = (options.units ?? ['市商务局']).map((name) =>
      name.startsWith('+') ? { name: name.slice(1), role: 'support' } : { name, role: 'lead' },
    );
    this.tasks.push({
      seq,
      category: '重点工作',
      content: options.content ?? `第${seq}项重点工作的内容。`,
      deadline: { text: due ? '年底前完成' : '长期坚持', milestones, ongoing: !due },
      leaders: options.leaders ?? ['张三'],
      units,
    });
    return this;
  }

  reporting(schedule: TaskList['reporting']['schedule']): this {
    this.schedule = schedule;
    return this;
  }

  build(): TaskList {
    return TaskListSchema.parse({
      id: 'test-list',
      title: '2023年重点工作责任分解表',
      issuer: '市人民政府办公厅',
      issuedOn: '2023-02-20',
      year: 2023,
      source: 'builders.ts',
      reporting: { schedule: this.schedule, deadlines: [] },
      tasks: this.tasks,
    });
  }
}

export const aList = () => new ListBuilder();

/** Units by name; `members` puts district governments under 各区人民政府. */
export function aDirectory(names: string[], members: string[] = []): UnitDirectory {
  return UnitDirectorySchema.parse({
    units: [
      ...names.map((name) => ({ name, aliases: [] })),
      ...(members.length > 0 ? [{ name: '各区人民政府', aliases: [], kind: 'group' }] : []),
      ...members.map((name) => ({ name, aliases: [], group: '各区人民政府' })),
    ],
  });
}

export function anEntry(unit: string, seq: number, status: Status, period = '2023Q1', text = '按计划推进。'): ProgressEntry {
  return { period, unit, seq, status, text, sourceFile: `${unit}-${period}.xlsx` };
}
