import type { UnitDirectory, UnitEntry } from '../../../src/domain/model/index.js';
import { isGroupName } from '../../../src/domain/units/index.js';

/** A directory from names; `aliases` maps a canonical name to its aliases. Groups are recognised by wording. */
export function aDirectory(names: readonly string[], aliases: Record<string, string[]> = {}): UnitDirectory {
  return {
    units: names.map(
      (name): UnitEntry => ({ name, aliases: aliases[name] ?? [], kind: isGroupName(name) ? 'group' : 'unit' }),
    ),
  };
}

/** Units as the two Tianjin lists name them, without any alias: what fuzzy matching has to work with. */
export const TIANJIN_UNITS = [
  '市发展改革委',
  '市财政局',
  '市税务局',
  '市人社局',
  '市农业农村委',
  '市商务局',
  '市教委',
  '市科技局',
  '市工业和信息化局',
  '市市场监管委',
  '市委网信办',
  '市住房城乡建设委',
  '市规划资源局',
  '市交通运输委',
  '市城市管理委',
  '市卫生健康委',
  '市体育局',
  '市外办',
  '市政务服务办',
  '市大数据管理中心',
  '天津海事局',
  '天津港集团',
  '国网天津市电力公司',
  '人民银行天津分行',
  '和平区人民政府',
  '河东区人民政府',
  '滨海新区人民政府',
  '各区人民政府',
  '市级有关单位',
];
