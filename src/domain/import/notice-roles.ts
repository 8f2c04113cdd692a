/**
 * Who answers for a task, as published lists write it in prose (the one home of these rules):
 * - labelled fields, in the parenthesis that closes the task or on lines of their own:
 *   责任领导：…；牵头单位：…；责任单位：… (any of 责任/分管/牵头/联系领导, 牵头单位/牵头部门/主责单位,
 *   责任单位/配合单位/协办单位/参与单位, 完成时限/时间节点), separated by ；;，, or line breaks;
 * - sentences: A牵头，B配合 / 由A负责 / A、B等部门按职责分工负责 / A牵头，2024年6月底前完成;
 * - section headings that name who answers for the tasks under them: 一、王纲市长主抓重点工作,
 *   一、县示范区管委会牵头工作（8项）, （分管领导：李某）.
 * Full-width and half-width punctuation alike. Unit names are split by the project's one splitter.
 */
import { parseDeadline } from '../deadline/index.js';
import type { UnitRole } from '../model/index.js';
import { isGroupName, normalizeUnitText, toSimplified } from '../units/index.js';
import { cleanName, splitLeaders } from './notice-fields.js';
import { parseUnits, unitNames } from './unit-cells.js';

export type RoleLabel = 'leaders' | 'lead' | 'support' | 'units' | 'deadline';

const LABEL_WORDS: readonly [RoleLabel, string][] = [
  ['leaders', '(?:责任|分管|牵头|联系|包抓|包联|挂钩|主管|主抓)(?:市|县|区|镇|乡)?领导|(?:市|县|区)领导'],
  ['lead', '牵头(?:责任)?(?:单位|部门)|主责(?:单位|部门)|主办(?:单位|部门)|责任主体'],
  ['support', '(?:配合|协办|参与|协作|协同|协助)(?:单位|部门)'],
  ['units', '(?:责任|承办|落实|实施)(?:单位|部门)'],
  ['deadline', '完成时限|完成时间|时间节点|完成期限|时限要求|时限'],
];
const LABEL_KINDS = LABEL_WORDS.map(([kind]) => kind);
const SEPARATOR = '[（(〔［\\[【；;，,。．\\s\\u3000]';
const LABEL = new RegExp(`(^|${SEPARATOR})(?:${LABEL_WORDS.map(([, words]) => `(${words})`).join('|')})[\\s\\u3000]*[:：]`, 'g');
/** A field line: the label opens the line. */
export const FIELD_LINE = new RegExp(`^[\\s\\u3000]*(?:${LABEL_WORDS.map(([, words]) => words).join('|')})[\\s\\u3000]*[:：]`);

export interface TaskRoles {
  leaders: string[];
  units: UnitRole[];
  jointLead: boolean;
  /** The deadline phrase as written ('' when none is given). */
  deadline: string;
}

export function emptyRoles(): TaskRoles {
  return { leaders: [], units: [], jointLead: false, deadline: '' };
}

export function hasRoles(roles: TaskRoles): boolean {
  return roles.leaders.length > 0 || roles.units.length > 0 || roles.deadline !== '';
}

type Fields = Partial<Record<RoleLabel, string>>;

/** `label：value` pairs; a value runs to the next label. Null when the text has no label. */
export function labelledFields(text: string): Fields | null {
  const found: { kind: RoleLabel; start: number; end: number }[] = [];
  for (const match of text.matchAll(LABEL)) {
    const group = match.slice(2).findIndex((value) => value !== undefined);
    found.push({ kind: LABEL_KINDS[group], start: (match.index ?? 0) + match[1].length, end: (match.index ?? 0) + match[0].length });
  }
  if (found.length === 0) return null;
  const fields: Fields = {};
  found.forEach((label, i) => {
    const value = text.slice(label.end, i + 1 < found.length ? found[i + 1].start : text.length);
    const cleaned = value.replace(/^[\s\u3000：:]+|[\s\u3000；;，,。．、]+$/g, '');
    fields[label.kind] = fields[label.kind] ? `${fields[label.kind]}、${cleaned}` : cleaned;
  });
  return fields;
}

/** A note after the units (列第一位者为牵头单位，下同 / 具体任务均涉及…) is not a unit. */
const UNIT_NOTE = /[（(][^（）()]*(?:下同|列第一位|排第一位|为牵头|汇总单位)[^（）()]*[）)]/g;

function unitText(value: string): string {
  const withoutNote = value.replace(UNIT_NOTE, '');
  const sentenceEnd = withoutNote.search(/[。．]/);
  return (sentenceEnd >= 0 ? withoutNote.slice(0, sentenceEnd) : withoutNote).trim();
}

/** "市级各有关部门及各县市区政府" → two names: 及 joins two units, never a unit's own name. */
function splitAnd(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const parts = name.split('及').map((part) => part.trim());
    return parts.length > 1 && parts.every((part) => part.length >= 2) ? parts : [name];
  });
}

function role(name: string, lead: boolean): UnitRole {
  return { name, role: lead ? 'lead' : 'support', group: isGroupName(normalizeUnitText(name)) };
}

function names(text: string): string[] {
  return splitAnd(unitNames(unitText(text)));
}

/** Units from the fields: 牵头 leads, 配合 supports; 责任单位 supports next to a 牵头 field, else its first unit leads. */
function unitsOfFields(fields: Fields): { units: UnitRole[]; jointLead: boolean } {
  const support = [...names(fields.support ?? ''), ...(fields.lead !== undefined ? names(fields.units ?? '') : [])];
  if (fields.lead !== undefined) {
    const lead = parseUnits([unitText(fields.lead)]);
    const leadNames = splitAnd(lead.units.map((unit) => unit.name));
    const seen = new Set(leadNames.map(normalizeUnitText));
    return {
      units: [...leadNames.map((name) => role(name, true)), ...distinct(support, seen).map((name) => role(name, false))],
      jointLead: lead.jointLead,
    };
  }
  if (fields.units !== undefined) {
    if (fields.support !== undefined) {
      const lead = names(fields.units);
      const seen = new Set(lead.map(normalizeUnitText));
      return { units: [...lead.map((name) => role(name, true)), ...distinct(support, seen).map((name) => role(name, false))], jointLead: lead.length > 1 };
    }
    const parsed = parseUnits([unitText(fields.units)]);
    return { units: splitAndRoles(parsed.units), jointLead: parsed.jointLead };
  }
  return { units: support.map((name) => role(name, false)), jointLead: false };
}

function splitAndRoles(units: readonly UnitRole[]): UnitRole[] {
  return units.flatMap((unit) => splitAnd([unit.name]).map((name) => ({ ...unit, name, group: isGroupName(normalizeUnitText(name)) })));
}

function distinct(list: readonly string[], seen: Set<string>): string[] {
  return list.filter((name) => {
    const key = normalizeUnitText(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Leader names without the titles a list may write after them (王纲市长 → 王纲). */
const LEADER_TITLE = /(?:常务)?副?(?:市长|县长|区长|州长|旗长|镇长|乡长|主任|书记|秘书长|部长|局长)$/;

export function leaderNames(text: string): string[] {
  return splitLeaders([text]).map((name) => (name.length > 3 ? name.replace(LEADER_TITLE, '') : name)).filter((name) => name !== '');
}

/** Roles written as labelled fields (the text of a parenthesis, or field lines joined). */
export function rolesOfFields(fields: Fields): TaskRoles {
  const { units, jointLead } = unitsOfFields(fields);
  // The deadline phrase is kept as written; the deadline parser dates it (or reports it) later.
  return { leaders: fields.leaders ? leaderNames(fields.leaders) : [], units, jointLead, deadline: fields.deadline ?? '' };
}

function isDeadline(text: string, year: number): boolean {
  return parseDeadline(text, { year }).ok;
}

const CLAUSE_SEPARATORS = new Set(['，', ',', '；', ';', '。']);
const OPEN = new Set(['（', '(', '〔', '[', '【', '“', '《']);
const CLOSE = new Set(['）', ')', '〕', ']', '】', '”', '》']);

/** Clauses split on ，；。 outside brackets and quotes. */
function clauses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (OPEN.has(char)) depth += 1;
    else if (CLOSE.has(char) && depth > 0) depth -= 1;
    if (depth === 0 && CLAUSE_SEPARATORS.has(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** A clause that sets a time (6月底前完成, 持续推进), not a bare year or period (（2024—2026年）). */
const DEADLINE_CLAUSE = /前|底|内|完成|持续|长期|常态|季度|每|全年|半年|上旬|中旬|下旬|日/;
const LEADS = /^(.+?)(?:共同)?牵头(?:负责|抓总|推进|落实)?$/;
const SUPPORTS = /^(.+?)(?:积极|共同|协同|密切|等)?(?:配合|协助|参与|协同|协办)(?:落实|推进)?$/;
const RESPONSIBLE = /^(.+?)(按(?:照)?(?:各自)?职责(?:分工)?(?:分别)?负责|分别负责|负责落实|具体负责|负责|落实|承办)$/;

/**
 * Roles written as a sentence: A牵头，B配合 / 由A负责 / A等部门按职责分工负责 / a deadline clause.
 * Null when a clause is neither (the parenthesis is then part of the content, e.g. （预包装食品）).
 */
export function rolesOfSentence(text: string, year: number): TaskRoles | null {
  const roles = emptyRoles();
  const lead: string[] = [];
  const support: string[] = [];
  let joint = false;
  for (const raw of clauses(text)) {
    const clause = raw.replace(/^(?:由|请|均由)/, '');
    let match: RegExpExecArray | null;
    if ((match = LEADS.exec(clause))) lead.push(...names(match[1]));
    else if ((match = SUPPORTS.exec(clause))) support.push(...names(match[1].replace(/等$/, '')));
    else if ((match = RESPONSIBLE.exec(clause))) {
      const named = names(match[1].replace(/等(?:单位|部门)?$/, ''));
      if (named.length === 0) return null;
      if (lead.length === 0) {
        lead.push(...named);
        joint ||= named.length > 1 || /职责/.test(match[2]);
      } else support.push(...named);
    } else if (DEADLINE_CLAUSE.test(clause) && isDeadline(clause, year)) roles.deadline = roles.deadline ? `${roles.deadline}；${clause}` : clause;
    else return null;
  }
  if (lead.length === 0 && support.length === 0 && roles.deadline === '') return null;
  const seen = new Set(lead.map(normalizeUnitText));
  roles.units = [...lead.map((name) => role(name, true)), ...distinct(support, seen).map((name) => role(name, false))];
  roles.jointLead = joint && lead.length > 1;
  return roles;
}

function rolesInSimplified(text: string, year: number): TaskRoles | null {
  const fields = labelledFields(text);
  if (fields) return rolesOfFields(fields);
  return rolesOfSentence(text, year);
}

/**
 * The roles in a piece of text: labelled fields first, else a sentence. Null when it holds none.
 * Traditional characters (牽頭單位) are read as simplified; names are given back as written.
 */
export function rolesIn(text: string, year: number): TaskRoles | null {
  const simplified = toSimplified(text);
  const roles = rolesInSimplified(simplified, year);
  if (!roles || simplified === text) return roles;
  return asWritten(roles, text, simplified);
}

/** Names read from the simplified text, taken back from the same place of the text as written. */
function asWritten(roles: TaskRoles, text: string, simplified: string): TaskRoles {
  const back = (name: string) => {
    const at = simplified.indexOf(name);
    return at >= 0 && simplified.length === text.length ? text.slice(at, at + name.length) : name;
  };
  return {
    ...roles,
    leaders: roles.leaders.map(back),
    units: roles.units.map((unit) => ({ ...unit, name: back(unit.name) })),
    deadline: roles.deadline ? back(roles.deadline) : '',
  };
}

/** A field line (牵头单位：…), in simplified or traditional characters. */
export function isFieldLine(text: string): boolean {
  return FIELD_LINE.test(toSimplified(text));
}

const CLOSER_OF: Record<string, string> = { '）': '（', ')': '(', '〕': '〔', ']': '[', '】': '【', '］': '［' };

/**
 * The bracket group that closes a paragraph ("…任务。（县商务局牵头）" → before, inner), a 。 after it
 * allowed; null when the paragraph does not end in brackets.
 */
export function closingGroup(text: string): { before: string; inner: string } | null {
  const trimmed = text.replace(/[\s\u3000]+$/, '');
  const body = trimmed.replace(/[。．.；;]+$/, '');
  const last = body.at(-1) ?? '';
  if (!(last in CLOSER_OF)) return null;
  let depth = 0;
  for (let i = body.length - 1; i >= 0; i -= 1) {
    const char = body[i];
    if (char in CLOSER_OF) depth += 1;
    else if (Object.values(CLOSER_OF).includes(char)) {
      depth -= 1;
      if (depth === 0) {
        const before = body.slice(0, i).replace(/[\s\u3000]+$/, '');
        const stripped = trimmed.slice(body.length);
        return { before: stripped && !/[。．.！!？?；;]$/.test(before) ? `${before}${stripped.trim()[0]}` : before, inner: body.slice(i + 1, -1) };
      }
    }
  }
  return null;
}

const HEADING_LEADER = new RegExp(
  `^(?:[（(]?[一二三四五六七八九十\\d]{1,3}[）)]?[、.．]?)?\\s*([\\u4e00-\\u9fa5]{2,4}?)(?:同志)?${LEADER_TITLE.source.replace('$', '')}(?:主抓|牵头|分管|负责|领衔|联系|领办|包抓)`,
);
const HEADING_UNIT = /^(.+?)(?:牵头|负责)的?(?:重点)?(?:工作|任务|事项)/;

/**
 * Who a section heading names for the tasks under it: a leader (一、王纲市长主抓重点工作), fields
 * in brackets (（分管领导：李某）) or a lead unit (一、县示范区管委会牵头工作（8项）).
 */
export function headingRoles(written: string): TaskRoles | null {
  const heading = toSimplified(written);
  const leader = HEADING_LEADER.exec(heading);
  if (leader) return { ...emptyRoles(), leaders: [leader[1]] };
  const group = closingGroup(heading);
  const fields = labelledFields(group ? group.inner : heading);
  if (fields && (fields.leaders || fields.lead || fields.units)) return heading === written ? rolesOfFields(fields) : asWritten(rolesOfFields(fields), written, heading);
  const unit = HEADING_UNIT.exec(heading);
  if (unit) {
    const named = names(cleanName(unit[1]));
    if (named.length > 0 && named.every((name) => /(?:局|委|办|会|院|中心|政府|公司|部|室|所|队|站|社|团|馆|区|县|镇|乡|街道)$/.test(normalizeUnitText(name)))) {
      return { ...emptyRoles(), units: named.map((name, i) => role(name, i === 0 || named.length > 1)), jointLead: named.length > 1 };
    }
  }
  return null;
}
