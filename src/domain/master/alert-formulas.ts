/**
 * 三色预警 as formulas over the rule cells of 预警规则 and TODAY(): the 红灯/黄灯 columns of the
 * summaries and the lights of 责任分解. They count what src/domain/alerts/lights.ts decides (tests
 * recalculate them in LibreOffice and compare with `summarize`). Only functions Excel and
 * LibreOffice share: SUMPRODUCT, COUNTIFS, ISNUMBER, TODAY, MAX, AND, OR, NOT.
 */
import type { ConditionalFormatSpec } from '../spec/types.js';
import { STATUSES } from '../vocabulary.js';
import { ALERT_NAMES as N } from './sheet-alert-rules.js';

const [DONE, , LAGGING, IDLE] = STATUSES;
const LAG_ON = `(${N.laggingRed}="是")`;
const IDLE_ON = `ISNUMBER(${N.idlePercent})`;
const lastWarned = (day: string) => `${day}+${N.warningDays}`;
const LAST_WARNED = lastWarned('TODAY()');

/** The ranges of 进展汇总 (and 责任分解) the counts read, as sheet-summaries builds them. */
export interface AlertSources {
  unit: string;
  due: string;
  leaders: string;
  weight: string;
  status: string;
  pDue: string;
}

/** `day` is the day the lights are for: TODAY() in the live counts, a period's last day for past periods. */
const pastP = (s: AlertSources, day = 'TODAY()') => `ISNUMBER(${s.pDue})*(${s.pDue}<${day})`;
const windowP = (s: AlertSources, day = 'TODAY()') => `ISNUMBER(${s.pDue})*(${s.pDue}>=${day})*(${s.pDue}<=${lastWarned(day)})`;
/**
 * The latest due date whose idle share of time (from 起算日) has passed today:
 * (today − start) × 100 ≥ idle × (due − start)  ⇔  due ≤ start + (today − start) × 100 / idle.
 * Written as a comparison because 进展汇总's due column holds "" for a task without one, and
 * arithmetic on "" is #VALUE! where a comparison is merely false; idle 0 warns every date.
 */
const idleLimit = (day: string) => `(${N.start}+(${day}-${N.start})*100/MAX(${N.idlePercent},0.000001))`;
const IDLE_LIMIT = idleLimit('TODAY()');
/** Reported 未启动 after the idle share of the time has passed (and not yet warned by date). */
const idleP = (s: AlertSources, day = 'TODAY()') => `ISNUMBER(${s.pDue})*(${s.pDue}>${lastWarned(day)})*(${s.pDue}<=${idleLimit(day)})`;

/**
 * 红灯 and 黄灯 of a row whose period rows are selected by `reported` (an array expression), given
 * the cell holding its 逾期 count and the count of its assignments due within the window.
 */
function lights(s: AlertSources, reported: string, overdueCell: string, dueInWindow: string, day = 'TODAY()'): [string, string] {
  const rows = (status: string, when: string) => `SUMPRODUCT(${reported}*(${s.status}="${status}")*${when})`;
  return [
    `${overdueCell}+${LAG_ON}*${rows(LAGGING, `(1-${pastP(s, day)})`)}`,
    `${dueInWindow}-${rows(DONE, windowP(s, day))}-${LAG_ON}*${rows(LAGGING, windowP(s, day))}+${IDLE_ON}*${rows(IDLE, idleP(s, day))}`,
  ];
}

/** A unit row: `names` are the unit's cell and the groups it reports for; `inPeriod` selects its rows. */
export function unitLightFormulas(s: AlertSources, names: readonly string[], inPeriod: string, overdueCell: string): [string, string] {
  const dueInWindow = names.map((name) => `COUNTIFS(${s.unit},${name},${s.due},">="&TODAY(),${s.due},"<="&(${LAST_WARNED}))`).join('+');
  return lights(s, inPeriod, overdueCell, dueInWindow);
}

/** A leader row: `rows` selects the leader's 责任分解 rows, `reported` the period's rows of their tasks. */
export function leaderLightFormulas(s: AlertSources, rows: string, reported: string, overdueCell: string): [string, string] {
  const dueInWindow = `SUMPRODUCT(${rows}*ISNUMBER(${s.due})*(${s.due}>=TODAY())*(${s.due}<=${LAST_WARNED})*${s.weight})`;
  return lights(s, reported, overdueCell, dueInWindow);
}

/**
 * All the lights of one period on `day` (an expression: the earlier of its last day and TODAY()),
 * judged on the period's rows (`inPeriod`): the leader formulas over every 责任分解 row, each
 * counted for as many units as report through it.
 */
export function periodLightFormulas(s: AlertSources, inPeriod: string, day: string): [string, string] {
  const overdue =
    `SUMPRODUCT(ISNUMBER(${s.due})*(${s.due}<${day})*${s.weight})` +
    `-SUMPRODUCT(${inPeriod}*(${s.status}="${DONE}")*${pastP(s, day)})`;
  const dueInWindow = `SUMPRODUCT(ISNUMBER(${s.due})*(${s.due}>=${day})*(${s.due}<=${lastWarned(day)})*${s.weight})`;
  return lights(s, inPeriod, `(${overdue})`, dueInWindow, day);
}

/**
 * The lights of 责任分解 rows (`range` from data row `first`): status in column `status`, due date
 * in `due`, reporters in `reporters`. A row a group reports through its members has no status of its
 * own and does not light; its members' lights are in the summaries.
 */
export function breakdownLights(range: string, first: number, columns: { status: string; due: string; reporters: string }): ConditionalFormatSpec {
  const st = `$${columns.status}${first}`;
  const due = `$${columns.due}${first}`;
  const own = `$${columns.reporters}${first}<=1`;
  const red = `OR(AND(ISNUMBER(${due}),${due}<TODAY()),AND(${LAG_ON},${st}="${LAGGING}"))`;
  const yellow = `OR(AND(ISNUMBER(${due}),${due}<=${LAST_WARNED}),AND(${IDLE_ON},${st}="${IDLE}",ISNUMBER(${due}),${due}<=${IDLE_LIMIT}))`;
  return {
    range,
    rules: [
      { type: 'expression', formula: `AND(${own},${st}<>"${DONE}",${red})`, style: { fill: 'FFC7CE', fontColor: '9C0006' } },
      { type: 'expression', formula: `AND(${own},${st}<>"${DONE}",NOT(${red}),${yellow})`, style: { fill: 'FFEB9C', fontColor: '9C5700' } },
    ],
  };
}
