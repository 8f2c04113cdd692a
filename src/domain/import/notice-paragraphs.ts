/**
 * A list published as numbered paragraphs — the way most notices print their 分工方案 — into tasks.
 *
 * Reading rules:
 * - Numbering 一、 / （一） / 1. 1、 / （1） / ① / 一是, full-width or half-width. The level whose
 *   paragraphs say who answers for them (a closing parenthesis, field lines, see notice-roles.ts) is the
 *   task level; the levels above it are categories, those below it are parts of a task.
 * - The list starts at the first such task (or a heading naming who answers for the tasks under it),
 *   together with the headings right above it; numbered paragraphs before it are the notice's own body.
 * - Lines under a task are its further paragraphs until its fields or parenthesis are read; a short
 *   line without a full stop between tasks is a sub-heading. Lines that are neither are reported.
 * - A heading's leader or lead unit applies to the tasks under it that name none of their own.
 */
import { smallNumber } from '../numerals.js';
import type { Task } from '../model/index.js';
import { isFieldLine, closingGroup, emptyRoles, hasRoles, headingRoles, rolesIn, type TaskRoles } from './notice-roles.js';

type Level = 'cn' | 'pcn' | 'num' | 'pnum' | 'circ' | 'shi';
const LEVELS: readonly Level[] = ['cn', 'pcn', 'num', 'pnum', 'circ', 'shi'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const NUMBERING: readonly [Level, RegExp][] = [
  ['cn', /^([一二三四五六七八九十]{1,3})[\s\u3000]*[、.．，,][\s\u3000]*/],
  ['pcn', /^[（(][\s\u3000]*([一二三四五六七八九十]{1,3})[\s\u3000]*[）)][\s\u3000]*/],
  ['num', /^(\d{1,3})[\s\u3000]*(?:[、．]|\.(?!\d))[\s\u3000]*/],
  ['pnum', /^[（(]?[\s\u3000]*(\d{1,3})[\s\u3000]*[）)][\s\u3000]*/],
  ['circ', new RegExp(`^([${CIRCLED}])[\\s\\u3000]*`)],
  ['shi', /^([一二三四五六七八九十]{1,3})是/],
];

interface Line {
  line: number;
  text: string;
}

interface Block {
  level: Level;
  number: number;
  line: number;
  /** The first line without its number, then the further lines that are not fields. */
  texts: Line[];
  fields: Line[];
  /** Lines after the field lines: not the task's text. */
  after: Line[];
}

export interface ParagraphTask {
  task: Task;
  line: number;
}

export interface ParagraphList {
  tasks: ParagraphTask[];
  /** Lines of the list that were neither a task, a heading nor a task's field (1-based). */
  unread: Line[];
  /** Line (1-based) where the list starts: what is above is the notice's own text. */
  startLine: number;
}

function numbering(text: string): { level: Level; number: number; rest: string } | null {
  for (const [level, pattern] of NUMBERING) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length).trim();
    if (rest === '') return null;
    const number = level === 'circ' ? CIRCLED.indexOf(match[1]) + 1 : (smallNumber(match[1]) ?? Number(match[1]));
    if (!Number.isFinite(number) || number <= 0) continue;
    return { level, number, rest: level === 'shi' ? text : rest };
  }
  return null;
}

/** 一是…；二是… inside one paragraph: one piece per item. */
function splitShi(text: string): string[] {
  const pieces = text.split(/(?=[一二三四五六七八九十]{1,2}是)/);
  if (pieces.length < 2 || !/^一是/.test(pieces[0])) return [text];
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

const RANK = (level: Level) => LEVELS.indexOf(level);

/** A line that is only a parenthesis saying who answers: （牵头单位：…；责任单位：…）. */
function rolesLine(text: string, year: number): string | null {
  const group = closingGroup(text);
  if (!group || group.before.replace(/[。．.]/g, '') !== '') return null;
  const roles = rolesIn(group.inner, year);
  return roles && hasRoles(roles) ? group.inner : null;
}

/**
 * The block a roles line after sub-items belongs to: the item the sub-items are part of
 * (1.实施… （1）… （2）… （牵头单位：…）), when it has no roles of its own yet.
 */
function ownerOf(blocks: readonly Block[]): Block | undefined {
  const current = blocks.at(-1);
  if (!current) return undefined;
  for (let i = blocks.length - 2; i >= 0; i -= 1) {
    if (RANK(blocks[i].level) < RANK(current.level)) return blocks[i].fields.length === 0 ? blocks[i] : undefined;
    if (RANK(blocks[i].level) === RANK(current.level)) continue;
    return undefined;
  }
  return undefined;
}

function blocksOf(lines: readonly string[], year: number): { blocks: Block[]; loose: Line[] } {
  const blocks: Block[] = [];
  const loose: Line[] = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (text === '') return;
    const line = i + 1;
    for (const piece of text.includes('二是') ? splitShi(text) : [text]) {
      const numbered = numbering(piece);
      if (numbered) {
        blocks.push({ level: numbered.level, number: numbered.number, line, texts: [{ line, text: numbered.rest }], fields: [], after: [] });
        continue;
      }
      const current = blocks.at(-1);
      const inner = current ? rolesLine(piece, year) : null;
      const owner = inner !== null ? ownerOf(blocks) : undefined;
      if (owner) owner.fields.push({ line, text: inner as string });
      else if (!current) loose.push({ line, text: piece });
      else if (isFieldLine(piece)) current.fields.push({ line, text: piece });
      else if (current.fields.length > 0) current.after.push({ line, text: piece });
      else current.texts.push({ line, text: piece });
    }
  });
  return { blocks, loose };
}

/** A heading: short, one phrase, no full stop inside. */
function isHeading(text: string): boolean {
  const body = text.replace(/[（(][^（）()]*[）)]$/, '');
  return body.length <= 40 && !/[。；;]./.test(body) && !/[，,].*[，,]/.test(body);
}

/** A sub-heading line between tasks (加强基础设施建设): a heading that is not a sentence. */
function isSubheading(text: string): boolean {
  return isHeading(text) && !/[。．.]$/.test(text);
}

/** The roles a block states itself, and its text without them. */
function ownRoles(block: Block, year: number): { roles: TaskRoles | null; texts: Line[]; rolesAt: number } {
  if (block.fields.length > 0) {
    const roles = rolesIn(block.fields.map((field) => field.text).join('；'), year);
    if (roles) return { roles, texts: block.texts, rolesAt: block.texts.length };
  }
  for (let i = block.texts.length - 1; i >= 0; i -= 1) {
    const group = closingGroup(block.texts[i].text);
    if (!group) continue;
    const roles = rolesIn(group.inner, year);
    if (!roles || !hasRoles(roles)) continue;
    const texts = [...block.texts.slice(0, i), { ...block.texts[i], text: group.before }].filter((line) => line.text !== '');
    return { roles, texts, rolesAt: i + 1 };
  }
  return { roles: null, texts: block.texts, rolesAt: block.texts.length };
}

/** Paragraph lines joined: a new paragraph after a full stop, else a wrapped line continues. */
function joinParagraphs(texts: readonly Line[]): string {
  let out = '';
  for (const { text } of texts) out += out === '' || !/[。；;！!？?：:]$/.test(out) ? text : `\n${text}`;
  return out;
}

function merge(task: TaskRoles, heading: TaskRoles | undefined): TaskRoles {
  if (!heading) return task;
  return {
    leaders: task.leaders.length > 0 ? task.leaders : heading.leaders,
    units: task.units.length > 0 ? task.units : heading.units,
    jointLead: task.units.length > 0 ? task.jointLead : heading.jointLead,
    deadline: task.deadline || heading.deadline,
  };
}

/**
 * The tasks of a list written as numbered paragraphs, or null when no level of numbering says who
 * answers for its paragraphs (not a list of this shape).
 */
export function readParagraphList(lines: readonly string[], year: number): ParagraphList | null {
  const { blocks } = blocksOf(lines, year);
  const analysed = blocks.map((block) => ({ block, ...ownRoles(block, year), heading: isHeading(block.texts[0].text) ? headingRoles(block.texts[0].text) : null }));
  const counts = new Map<Level, number>();
  for (const item of analysed) if (item.roles) counts.set(item.block.level, (counts.get(item.block.level) ?? 0) + 1);
  let taskLevel = [...counts].sort((a, b) => b[1] - a[1] || LEVELS.indexOf(a[0]) - LEVELS.indexOf(b[0]))[0]?.[0];
  let first = analysed.findIndex((item) => item.roles && item.block.level === taskLevel);
  const firstHeading = analysed.findIndex((item) => item.heading !== null);
  if (taskLevel === undefined || (firstHeading >= 0 && firstHeading < first && LEVELS.indexOf(analysed[firstHeading].block.level) < LEVELS.indexOf(taskLevel))) {
    if (firstHeading < 0) return null;
    const headingRank = LEVELS.indexOf(analysed[firstHeading].block.level);
    const below = analysed.slice(firstHeading + 1).find((item) => LEVELS.indexOf(item.block.level) > headingRank);
    if (!below) return null;
    taskLevel ??= below.block.level;
    first = firstHeading;
  }
  const rank = (level: Level) => LEVELS.indexOf(level);
  let start = first;
  while (start > 0) {
    const previous = analysed[start - 1];
    if (rank(previous.block.level) >= rank(analysed[start].block.level) || !isHeading(previous.block.texts[0].text)) break;
    start -= 1;
  }

  const tasks: ParagraphTask[] = [];
  const unread: Line[] = [];
  const headings: ({ text: string; number: number; roles: TaskRoles | null } | undefined)[] = [];
  const numbers: number[] = [];
  let current: { texts: Line[]; roles: TaskRoles; line: number; closed: boolean; number: number } | null = null;
  const flush = () => {
    if (!current) return;
    const inherited = [...headings].reverse().reduce<TaskRoles | undefined>((found, heading) => {
      if (!heading?.roles) return found;
      return found ? merge(found, heading.roles) : heading.roles;
    }, undefined);
    const roles = merge(current.roles, inherited);
    const category = [...headings].reverse().find((heading) => heading !== undefined);
    numbers.push(current.number);
    tasks.push({
      line: current.line,
      task: {
        seq: tasks.length + 1,
        category: category?.text ?? '',
        categoryNo: category?.number ?? null,
        content: joinParagraphs(current.texts),
        deadline: { text: roles.deadline, milestones: [], ongoing: false, source: roles.deadline === '' ? 'notice' : 'cell' },
        leaders: roles.leaders,
        units: roles.units,
        jointLead: roles.jointLead,
      },
    });
    current = null;
  };
  for (const item of analysed.slice(start)) {
    const { block } = item;
    const level = rank(block.level);
    if (level < rank(taskLevel)) {
      flush();
      headings.length = level;
      // The category is the heading without who answers for it: 经济运行（分管领导：赵某） → 经济运行.
      const group = closingGroup(block.texts[0].text);
      const text = group && item.heading ? group.before : block.texts[0].text;
      headings[level] = { text: text.replace(/[。；;]$/, ''), number: block.number, roles: item.heading ?? item.roles };
      // Lines under a heading: a sub-heading (加强基础设施建设) or the heading's own explanation.
      for (const extra of [...block.texts.slice(1), ...block.fields, ...block.after]) if (!isSubheading(extra.text)) unread.push(extra);
      continue;
    }
    if (level > rank(taskLevel)) {
      if (current) current.texts.push(...block.texts.map((line, i) => (i === 0 ? { ...line, text: lines[line.line - 1].trim() } : line)));
      else unread.push(...block.texts);
      continue;
    }
    flush();
    const texts = item.texts.slice(0, item.rolesAt);
    current = { texts, roles: item.roles ?? emptyRoles(), line: block.line, closed: item.roles !== null, number: block.number };
    for (const extra of [...block.texts.slice(item.rolesAt), ...block.after]) if (!isSubheading(extra.text)) unread.push(extra);
  }
  flush();
  // Numbers written 1…N through the whole list are the list's own; numbering that restarts is not.
  const ascending = numbers.every((number, i) => i === 0 || number > numbers[i - 1]);
  if (ascending) tasks.forEach((entry, i) => (entry.task.seq = numbers[i]));
  return { tasks, unread, startLine: analysed[start]?.block.line ?? 1 };
}

