/**
 * What a unit name in the business-environment list looks like. The PDF gives no cell borders, so
 * telling a 牵头部门 or 责任单位 fragment from a piece of 主要内容 rests on this vocabulary: names
 * begin like a Tianjin office (市…, 天津…, 国网…, 人民银行…, a district, 各…/有关… for groups) and
 * end like one (…委, …局, …办, …中心, …人民政府, …公司, …集团, …单位 …).
 */
import { splitOutsideBrackets } from '../../../src/domain/import/index.js';
import { isGroupName } from '../../../src/domain/units/groups.js';

/** "—" in a unit column: no unit. */
const NONE_MARK = /^[—－–-]$/;

const NAME_START = /^(市|天津|国网|人民银行|东疆|海河|滨海|各|有关|相关|[\u4e00-\u9fff]{2}区)/;
const NAME_END = /(委|局|办|中心|政府|公司|集团|分行|法院|会|联|海关|机场|单位)$/;
/** An office's name run on into the next one's without a separator (…资源局市政务…, …改革委各区…). */
const RUN_ON = /(局|办|委|中心|政府|公司|集团|分行|法院)(?=市|天津|国网|人民银行|东疆|海河|滨海|各|有关|相关)/;
const NEVER_IN_NAME = /[。；;《》:：\s]/;
/** A name shorter than this ("市委" cut from 市委网信办) is a fragment, not a unit. */
const MIN_NAME_LENGTH = 3;
/** Separators between the names in one cell; 、 inside quotes or brackets is part of a name. */
const SEPARATORS = /[、，,]/;

export function isNoneMark(text: string): boolean {
  return NONE_MARK.test(text);
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
    !NEVER_IN_NAME.test(name)
  );
}

/**
 * "市大数据管理中心等市级有关单位" names a unit and then the group it belongs to:
 * [市大数据管理中心, 市级有关单位]. Null when the piece is not of that form.
 */
function splitEtc(piece: string): string[] | null {
  for (let at = piece.indexOf('等'); at > 0; at = piece.indexOf('等', at + 1)) {
    const unit = piece.slice(0, at);
    const group = piece.slice(at + 1);
    if (looksLikeUnitName(unit) && looksLikeUnitName(group) && isGroupName(group)) return [unit, group];
  }
  return null;
}

/**
 * The names in one joined unit cell, in order: [] for "—", null when the text is not a list of
 * unit names (a separator at either end, a fragment of content, a name cut in the middle).
 */
export function splitUnitColumn(text: string): string[] | null {
  if (isNoneMark(text)) return [];
  const names: string[] = [];
  for (const piece of splitOutsideBrackets(text, SEPARATORS)) {
    const pair = splitEtc(piece);
    if (pair) names.push(...pair);
    else if (looksLikeUnitName(piece)) names.push(piece);
    else return null;
  }
  return names;
}
