/**
 * A cell may hold several units: 市财政局、市税务局 / one per line / separated by ，,；; . Separators
 * inside quotes or brackets (《》 too) belong to a name (市“双随机、一公开”监管联席会议有关成员单位), and
 * "A、B等市级有关单位" names A, B and the group 市级有关单位.
 */
import { isGroupName } from './groups.js';
import { NO_UNIT, normalizeUnitText } from './normalize.js';

const SEPARATORS = new Set(['、', '，', ',', '；', ';', '\n', '\r', '\u2028', '\u2029']);
const OPENERS = new Set(['“', '‘', '「', '『', '（', '(', '【', '〔', '[', '《']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '〕', ']', '》']);
const STRAIGHT_QUOTES = new Set(['"', "'", '＂', '＇']);
/** A phrase about roles, not a unit: 市人社局、市农业农村委按职责分工负责 (every listed unit leads). */
export const BY_DUTIES = '按职责分工负责';
const ET_CETERA = '等';

const SEPARATOR_PATTERN = /[、，,；;\n\r\u2028\u2029]/u;
const ENCLOSING = /["'＂＇“”‘’「」『』（）()【】〔〕[\]《》]/u;

function splitOnSeparators(text: string, respectQuotes: boolean): { parts: string[]; balanced: boolean } {
  if (!respectQuotes || !ENCLOSING.test(text)) return { parts: text.split(SEPARATOR_PATTERN), balanced: true };
  const parts: string[] = [];
  let depth = 0;
  let straightOpen = false;
  let current = '';
  for (const char of text) {
    if (respectQuotes) {
      if (STRAIGHT_QUOTES.has(char)) straightOpen = !straightOpen;
      else if (OPENERS.has(char)) depth += 1;
      else if (CLOSERS.has(char) && depth > 0) depth -= 1;
    }
    if (SEPARATORS.has(char) && depth === 0 && !straightOpen) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return { parts, balanced: depth === 0 && !straightOpen };
}

type Normalize = (raw: string) => string;

/** "A、B等单位" / "等部门": the units named, and no unit called 等单位. */
const GENERIC_REST = /^(?:相关|其他|其它)?(?:单位|部门|部门单位|单位部门)$/u;

/** A bare administrative level after a group (各县、市、区政府): part of the group, not a unit. */
const LEVEL_PIECE = /^(?:省|市|州|县|区|旗|乡|镇|街道|县级市|自治县)(?:人民政府|政府|党委|有关部门|各部门)?$/u;

/** "各县、市、区政府" split on 、 comes back whole: a piece that is only a level joins the group before it. */
function joinLevels(parts: readonly string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const previous = joined.at(-1);
    if (previous !== undefined && LEVEL_PIECE.test(part.trim()) && /^(?:各|相关|有关)/u.test(previous.trim())) joined[joined.length - 1] = `${previous}、${part.trim()}`;
    else joined.push(part);
  }
  return joined;
}

/** "A等市级有关单位" → [A, 市级有关单位]; "A等" → [A]; anything else stays whole. */
function splitEtCetera(item: string, normalize: Normalize): string[] {
  let from = item.indexOf(ET_CETERA);
  while (from > 0) {
    const before = item.slice(0, from).trim();
    const after = item.slice(from + ET_CETERA.length).trim();
    if (after === '' || GENERIC_REST.test(after)) return [before];
    if (isGroupName(normalize(after))) return [before, after];
    from = item.indexOf(ET_CETERA, from + 1);
  }
  return [item];
}

/**
 * The unit names of a cell, in order, trimmed but otherwise as written (normalize each with
 * `normalizeUnitText`). Empty pieces and "—" (none) are dropped; a trailing 按职责分工负责 is not
 * part of the last name. An unbalanced quote does not swallow the rest of the cell. `normalize` is
 * `normalizeUnitText` or a memoized copy of it.
 */
export function splitUnitCell(raw: string, normalize: Normalize = normalizeUnitText): string[] {
  const text = raw.trim();
  if (text === '') return [];
  const quoted = splitOnSeparators(text, true);
  const parts = quoted.balanced ? quoted.parts : splitOnSeparators(text, false).parts;
  const units: string[] = [];
  for (const part of joinLevels(parts)) {
    let item = part.trim();
    if (item.endsWith(BY_DUTIES)) item = item.slice(0, -BY_DUTIES.length).trim();
    for (const piece of splitEtCetera(item, normalize)) {
      const normalized = normalize(piece);
      if (normalized !== '' && normalized !== NO_UNIT) units.push(piece.trim());
    }
  }
  return units;
}
