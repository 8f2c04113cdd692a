/**
 * The sixteen districts of 天津 and the group that stands for all their governments. The normalizer
 * uses them to complete 和平区 / 和平区政府 to 和平区人民政府; the seed directory lists every district
 * government as a member of 各区人民政府 even where a list only names the group.
 */
export const TIANJIN_DISTRICTS = [
  '和平区',
  '河东区',
  '河西区',
  '南开区',
  '河北区',
  '红桥区',
  '东丽区',
  '西青区',
  '津南区',
  '北辰区',
  '武清区',
  '宝坻区',
  '宁河区',
  '静海区',
  '蓟州区',
  '滨海新区',
] as const;

/** The group placeholder whose members are the sixteen district governments. */
export const DISTRICT_GOVERNMENTS_GROUP = '各区人民政府';

const GOVERNMENT = '人民政府';

/** 和平区 → 和平区人民政府. */
export function districtGovernment(district: string): string {
  return `${district}${GOVERNMENT}`;
}

export const TIANJIN_DISTRICT_GOVERNMENTS: readonly string[] = TIANJIN_DISTRICTS.map(districtGovernment);

/**
 * Counties that became districts (武清 2000, 宝坻 2001, 宁河 and 静海 2015, 蓟县 → 蓟州区 2016). Their
 * governments keep the county form (宁河县人民政府) when completed; the directory lists them as former names.
 */
export const FORMER_COUNTIES = ['武清县', '宝坻县', '宁河县', '静海县', '蓟县'] as const;

const PLACE_GOVERNMENT = new RegExp(`^(${[...TIANJIN_DISTRICTS, ...FORMER_COUNTIES].join('|')})(?:人民政府|政府)?$`, 'u');

/**
 * The full government name when `text` names a district (or former county) with or without its
 * 政府 / 人民政府 suffix; null otherwise.
 */
export function completeDistrictGovernment(text: string): string | null {
  const match = PLACE_GOVERNMENT.exec(text);
  return match ? districtGovernment(match[1]) : null;
}
