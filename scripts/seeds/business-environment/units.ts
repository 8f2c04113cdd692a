/**
 * What a unit name in the business-environment list looks like. The PDF gives no cell borders, so
 * telling a 牵头部门 or 责任单位 fragment from a piece of 主要内容 rests on this vocabulary: names
 * begin like a Tianjin office (市…, 天津…, 国网…, 人民银行…, a district, 各…/有关… for groups) and
 * end like one (…委, …局, …办, …中心, …人民政府, …公司, …集团, …单位 …).
 */
import { NO_UNIT, splitUnitCell } from '../../../src/domain/units/index.js';

const NAME_START = /^(市|天津|国网|人民银行|东疆|海河|滨海|各|有关|相关|[\u4e00-\u9fff]{2}区)/;
const NAME_END = /(委|局|办|中心|政府|公司|集团|分行|法院|会|联|海关|机场|单位)$/;
/** An office's name run on into the next one's without a separator (…资源局市政务…, …改革委各区…). */
const RUN_ON = /(局|办|委|中心|政府|公司|集团|分行|法院)(?=市|天津|国网|人民银行|东疆|海河|滨海|各|有关|相关)/;
const NEVER_IN_NAME = /[。；;《》:：\s]/;
/** A name shorter than this ("市委" cut from 市委网信办) is a fragment, not a unit. */
const MIN_NAME_LENGTH = 3;
/** A separator at either end, two in a row, or a 等 with no group after it: a cell cut short. */
const CUT_SHORT = /^[、，,；;]|[、，,；;]$|[、，,；;]{2}|等$/;

export function isNoneMark(text: string): boolean {
  return text === NO_UNIT;
}

/** Whether a fragment can be the first line of a unit column: "—" or the start of a name. */
export function startsLikeUnitColumn(text: string): boolean {
  return isNoneMark(text) || NAME_START.test(text);
}

export function looksLikeUnitName(name: string): boolean {
  return (
    name.length >= MIN_NAME_LENGTH &&
    NAME_START.test(name) &&
    NAME_END.test(name) &&
    !RUN_ON.test(name) &&
    !NEVER_IN_NAME.test(name) &&
    !name.includes('等')
  );
}

/**
 * The names in one joined unit cell, in order, split by the project's cell splitter (which keeps
 * 、 inside quotes and reads "A、B等市级有关单位" as A, B and the group): [] for "—", null when
 * the text is not a list of whole unit names (a cell cut short, a piece of content, a name cut
 * in the middle or two run together).
 */
export function splitUnitColumn(text: string): string[] | null {
  if (isNoneMark(text)) return [];
  if (CUT_SHORT.test(text)) return null;
  const names = splitUnitCell(text);
  return names.length > 0 && names.every(looksLikeUnitName) ? names : null;
}
