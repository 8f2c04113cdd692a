/**
 * The return workbook of one unit for one period (DESIGN.md): 进展填报 with title rows, the header
 * row and the unit's tasks (task columns locked, input columns open, a status dropdown), 填报说明,
 * and the hidden metadata sheet.
 */
import { formatDeadline } from '../deadline/index.js';
import { columnLetter } from '../grid.js';
import { returnMessages as words } from '../messages/index.js';
import type { CellStyle, SheetSpec, SpecCell, WorkbookSpec } from '../spec/types.js';
import { HEADERS, ROLE_LABELS, SHEETS, STATUSES } from '../vocabulary.js';
import { HEADER_ROW, INPUT_COLUMNS, RETURN_COLUMNS, TITLE_LABELS, type ReturnColumn } from './layout.js';
import { buildMetaSheet } from './meta.js';
import type { DistributionPlan, PlannedReturn, ReturnTask } from './plan.js';
import { chineseDate, listWording } from './text.js';

const INSTRUCTIONS_WIDTH = 80;

export interface ReturnSpecInput {
  plan: DistributionPlan;
  planned: PlannedReturn;
  /** ISO date-time written into the metadata and the document properties. */
  generatedAt: string;
  /** Lines naming the unit's rows the office sent back last period (审核 退回修改), for 填报说明. */
  sentBack?: readonly string[];
}

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16, hAlign: 'center', vAlign: 'middle' },
  titleLine: { fontSize: 11, hAlign: 'left', vAlign: 'middle' },
  header: { bold: true, fill: 'D9E1F2', border: true, wrap: true, hAlign: 'center', vAlign: 'middle' },
  seq: { border: true, hAlign: 'center', vAlign: 'top' },
  task: { border: true, wrap: true, vAlign: 'top' },
  input: { border: true, wrap: true, vAlign: 'top', locked: false },
  status: { border: true, hAlign: 'center', vAlign: 'top', locked: false },
  note: { wrap: true, vAlign: 'top' },
  noteTitle: { bold: true, fontSize: 14, hAlign: 'center' },
};

const WIDTHS: Record<ReturnColumn, number> = {
  seq: 6, content: 50, deadline: 20, role: 10, status: 12, text: 44, problems: 26, nextSteps: 26,
};

/**
 * The same phrase without its year, spaces and punctuation: 年底前完成 and 2023年底前完成 say one
 * thing, as do 6月底前 and 2023年6月底前.
 */
function gist(text: string): string {
  return text.replace(/\d{4}年(?=\d)/g, '').replace(/\d{4}(?=年)/g, '').replace(/[\s，,；;。.、]/g, '');
}

/** The list's phrase, with the dated milestones under it only when they say more than the phrase does. */
function deadlineCell(task: ReturnTask): string {
  const formatted = task.milestones.length > 0 || task.ongoing ? formatDeadline(task) : '';
  if (!task.deadlineText) return formatted;
  return formatted && gist(formatted) !== gist(task.deadlineText) ? `${task.deadlineText}\n${words.milestoneLine(formatted)}` : task.deadlineText;
}

function roleCell(task: ReturnTask): string {
  const role = ROLE_LABELS[task.role];
  return task.viaGroup ? words.viaGroup(role, task.viaGroup) : role;
}

function taskRow(task: ReturnTask): SpecCell[] {
  const values: Record<ReturnColumn, SpecCell> = {
    seq: { value: task.seq, style: 'seq' },
    content: { value: task.content, style: 'task' },
    deadline: { value: deadlineCell(task), style: 'task' },
    role: { value: roleCell(task), style: 'seq' },
    status: { value: null, style: 'status' },
    text: { value: null, style: 'input' },
    problems: { value: null, style: 'input' },
    nextSteps: { value: null, style: 'input' },
  };
  return RETURN_COLUMNS.map((column) => values[column]);
}

function formSheet(plan: DistributionPlan, planned: PlannedReturn): SheetSpec {
  const lastColumn = columnLetter(RETURN_COLUMNS.length - 1);
  const firstData = HEADER_ROW + 1;
  const lastData = Math.max(firstData, HEADER_ROW + planned.tasks.length);
  const statusColumn = columnLetter(RETURN_COLUMNS.indexOf('status'));
  const wording = listWording(plan.listTitle);
  const title = words.formTitle(plan.period.label, wording.task);
  const line = (label: string, value: string) => ({ cells: [{ value: words.titleLine(label, value), style: 'titleLine' }], height: 20 });
  return {
    name: SHEETS.returnForm,
    columns: RETURN_COLUMNS.map((column) => ({
      width: WIDTHS[column],
      ...(INPUT_COLUMNS.includes(column) ? { style: column === 'status' ? 'status' : 'input' } : {}),
    })),
    rows: [
      { cells: [{ value: title, style: 'title' }], height: 30 },
      line(TITLE_LABELS.unit, planned.unit),
      line(TITLE_LABELS.period, plan.period.label),
      line(TITLE_LABELS.due, chineseDate(planned.due)),
      { cells: HEADERS.returnForm.map((header, i) => ({ value: RETURN_COLUMNS[i] === 'content' ? wording.task : header, style: 'header' })), height: 24 },
      ...planned.tasks.map((task) => ({ cells: taskRow(task) })),
    ],
    merges: [1, 2, 3, 4].map((row) => `A${row}:${lastColumn}${row}`),
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [
      {
        range: `${statusColumn}${firstData}:${statusColumn}${lastData}`,
        type: 'list',
        values: [...STATUSES],
        allowBlank: true,
        prompt: { ...words.statusPrompt },
        error: { ...words.statusError },
      },
    ],
    protection: { allowFormatColumns: true },
    print: {
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      // The sheet's own title row prints on the first page; a page header would print it twice.
      footer: `&C${words.footer}`,
      paperSize: 9,
    },
  };
}

function instructionSheet(plan: DistributionPlan, planned: PlannedReturn, sentBack: readonly string[]): SheetSpec {
  const lines = [...words.instructions(planned.unit, plan.period.label, chineseDate(planned.due), listWording(plan.listTitle).task), ...sentBack];
  return {
    name: SHEETS.returnInstructions,
    // Narrower than an A4 portrait page, so every wrapped line prints whole without scaling.
    columns: [{ width: INSTRUCTIONS_WIDTH }],
    rows: [
      { cells: [{ value: words.instructionsTitle, style: 'noteTitle' }], height: 28 },
      ...lines.map((text) => ({ cells: [{ value: text, style: 'note' }] })),
    ],
    print: { orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  };
}

/** The WorkbookSpec of one planned return. */
export function buildReturnSpec({ plan, planned, generatedAt, sentBack = [] }: ReturnSpecInput): WorkbookSpec {
  return {
    properties: {
      title: `${planned.unit} ${words.formTitle(plan.period.label, listWording(plan.listTitle).task)}`,
      creator: words.creator,
      created: generatedAt,
      modified: generatedAt,
    },
    styles: STYLES,
    sheets: [formSheet(plan, planned), instructionSheet(plan, planned, sentBack), buildMetaSheet(plan, planned, generatedAt)],
  };
}
