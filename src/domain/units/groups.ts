/**
 * Group placeholders name several units at once (各区人民政府, 市级有关单位, 相关区人民政府,
 * 市"双随机、一公开"监管联席会议有关成员单位 …). They are kept as groups, never as single units.
 */
const GROUP_PATTERNS: readonly RegExp[] = [
  /各/, // 各区人民政府, 各有关行业主管部门, 区直各部门, 全区经济运行各专班
  /有关/, // 市级有关单位, 有关区人民政府, …领导小组有关成员单位
  /^相关/, // 相关区人民政府
  /成员单位$/,
];

export function isGroupName(name: string): boolean {
  return GROUP_PATTERNS.some((pattern) => pattern.test(name));
}
