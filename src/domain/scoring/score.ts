/**
 * Scores and ranks the units of a period by the 考核规则, each score with the rows it came from:
 * base + Σ items, an item per task × unit (未报送, 红灯, 按期办结, 照抄上期, weighed by the unit's
 * role) and one per late return. Ties share a rank (1, 2, 2, 4). Pure: `today` and the alerts come in.
 */
import type { Alert } from '../alerts/index.js';
import type { UnchangedRow } from '../history/index.js';
import type { ProgressEntry, TaskList, UnitDirectory } from '../model/schemas.js';
import { parsePeriod } from '../period/index.js';
import { planDistribution } from '../returns/plan.js';
import { taskDue } from '../assignments/index.js';
import type { ScoringRules } from './rules.js';
import { roundPoints } from './points.js';
import type { Role } from '../vocabulary.js';

export type ScoreItemKind = 'missing' | 'late' | 'red' | 'closedOnTime' | 'copied';

/** One line of a score: what happened, on which task (none for a late return), worth how much. */
export interface ScoreItem {
  unit: string;
  kind: ScoreItemKind;
  seq: number | null;
  points: number;
  /** The unit's role in the task (support work is weighed by 配合单位系数); absent for a late return. */
  role?: Role;
}

export interface RankedUnit {
  unit: string;
  score: number;
  rank: number;
}

export interface Ranking {
  ranking: RankedUnit[];
  items: ScoreItem[];
}

export interface RankingInput {
  list: TaskList;
  directory: UnitDirectory;
  /** The period's 进展汇总 rows. */
  entries: readonly ProgressEntry[];
  period: string;
  today: string;
  alerts: readonly Alert[];
  unchanged: readonly UnchangedRow[];
  rules: ScoringRules;
}

const round = roundPoints;

export function rankUnits(input: RankingInput): Ranking {
  const period = parsePeriod(input.period);
  if (!period) return { ranking: [], items: [] };
  const plan = planDistribution({ list: input.list, directory: input.directory, period });
  const dues = new Map(input.list.tasks.map((task) => [task.seq, taskDue(task)]));
  const key = (unit: string, seq: number) => `${unit}\u0000${seq}`;
  const entries = new Map(input.entries.map((entry) => [key(entry.unit, entry.seq), entry]));
  const red = new Set(input.alerts.filter((alert) => alert.level === '红灯').map((alert) => key(alert.unit, alert.seq)));
  const copied = new Set(input.unchanged.map((row) => key(row.unit, row.seq)));
  const { rules } = input;

  const items: ScoreItem[] = [];
  const scores = plan.returns.map((planned) => {
    const own: ScoreItem[] = [];
    const add = (kind: ScoreItemKind, seq: number | null, points: number, role?: Role) => {
      if (points !== 0) own.push({ unit: planned.unit, kind, seq, points: round(points), ...(role ? { role } : {}) });
    };
    let lastReceived = '';
    for (const task of planned.tasks) {
      const weight = task.role === 'lead' ? 1 : rules.supportWeight;
      const k = key(task.unitName, task.seq);
      const entry = entries.get(k);
      if (!entry) add('missing', task.seq, -rules.missing * weight, task.role);
      if (red.has(k)) add('red', task.seq, -rules.red * weight, task.role);
      if (copied.has(k)) add('copied', task.seq, -rules.copied * weight, task.role);
      const received = entry?.receivedAt?.slice(0, 10) ?? '';
      if (received > lastReceived) lastReceived = received;
      const due = dues.get(task.seq) ?? null;
      if (entry?.status === '已完成' && due !== null && (received || input.today) <= due) add('closedOnTime', task.seq, rules.closedOnTime * weight, task.role);
    }
    if (lastReceived && lastReceived > planned.due) add('late', null, -rules.late);
    items.push(...own);
    return { unit: planned.unit, score: round(rules.base + own.reduce((sum, item) => sum + item.points, 0)) };
  });

  const sorted = scores.map((row, index) => ({ row, index })).sort((a, b) => b.row.score - a.row.score || a.index - b.index);
  const ranking = sorted.map(({ row }) => ({ ...row, rank: 1 + scores.filter((other) => other.score > row.score).length }));
  return { ranking, items };
}
