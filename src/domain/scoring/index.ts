/** 考核规则 and 排名: scores per unit and period with the rows they came from. */
export { DEFAULT_SCORING_RULES, ScoringRulesSchema, type ScoringRules } from './rules.js';
export { roundPoints } from './points.js';
export { rankUnits, type RankedUnit, type Ranking, type RankingInput, type ScoreItem, type ScoreItemKind } from './score.js';
