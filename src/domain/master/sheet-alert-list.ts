/**
 * 预警清单: the lit tasks × units of a summary, 红灯 first, with the task in the list's own words —
 * the page a 督查室 head takes to the 调度会. Values, printed with the summary workbook.
 */
import type { Alert } from '../alerts/index.js';
import { alertMessages as say } from '../messages/alerts.js';
import type { TaskList } from '../model/schemas.js';
import type { SheetSpec } from '../spec/types.js';
import { printSetup, styled } from './layout.js';

export function buildAlertListSheet(alerts: readonly Alert[], list: Pick<TaskList, 'tasks'>, title: string, today: string): SheetSpec {
  const tasks = new Map(list.tasks.map((task) => [task.seq, task]));
  const sheetTitle = say.list.title(title);
  return {
    name: say.list.sheet,
    tabColor: 'C00000',
    columns: [8, 6, 56, 16, 22, 12, 10].map((width) => ({ width })),
    rows: [
      { cells: [styled(sheetTitle, 'title')], height: 40 },
      { cells: [styled(say.list.info(today, alerts.filter((alert) => alert.level === '红灯').length, alerts.filter((alert) => alert.level === '黄灯').length), 'info')], height: 20 },
      { cells: say.list.headers.map((header) => styled(header, 'header')), height: 24 },
      ...alerts.map((alert) => ({
        cells: [
          styled(alert.level, alert.level === '红灯' ? 'redLight' : 'yellowLight'),
          styled(alert.seq, 'center'),
          styled(tasks.get(alert.seq)?.content ?? '', 'text'),
          styled(tasks.get(alert.seq)?.deadline.text ?? '', 'text'),
          styled(alert.unit, 'text'),
          styled(alert.due ? { date: alert.due } : say.pane.noDue, 'date'),
          styled(alert.status, 'center'),
        ],
      })),
    ],
    merges: ['A1:G1', 'A2:G2'],
    freeze: { rows: 3, columns: 0 },
    print: printSetup(6, 3 + alerts.length),
  };
}
