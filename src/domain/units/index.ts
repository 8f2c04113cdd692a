export { normalizeUnitText, NO_UNIT } from './normalize.js';
export { pinyinOf, toSimplified } from './chinese.js';
export { splitUnitCell, BY_DUTIES } from './split.js';
export { isGroupName, createResponsibilityResolver, groupMembers, type Responsibility, type ResponsibilityResolver } from './groups.js';
export {
  TIANJIN_DISTRICTS,
  TIANJIN_DISTRICT_GOVERNMENTS,
  DISTRICT_GOVERNMENTS_GROUP,
  FORMER_COUNTIES,
  districtGovernment,
  completeDistrictGovernment,
} from './districts.js';
export { createUnitMatcher, type UnitMatcher } from './matcher.js';
export { FUZZY_ACCEPT, type UnitMatch, type UnitMatchKind, type UnitSuggestion } from './decide.js';
export { buildListDirectory, SAME_UNIT, type AliasDecision, type ListDirectory, type TypoDecision } from './list-directory.js';
