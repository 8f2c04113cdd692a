/** 三色预警: the rules (预警规则 sheet) and the lights of each task × unit for a day. */
export { AlertRulesSchema, defaultAlertRules, DEFAULT_WARNING_DAYS, type AlertRules } from './rules.js';
export { computeAlerts, lightOf, dayNumber, type Alert, type AlertInput } from './lights.js';
