/** The notice default of a 2023 list that reports quarterly: the fixture both the grammar and the list tests expect. */
import { deadlineMessages } from '../../../src/domain/messages/index.js';

/** The quarterly report dates a 2023 notice sets (the last one in January of the next year). */
export const QUARTERLY_REPORTS_2023 = ['2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10'];

/** The deadline of a task without its own phrase: the report dates as checkpoints, the year end as due date. */
export const NOTICE_DEFAULT_2023 = {
  text: '',
  ongoing: false,
  source: 'notice',
  milestones: [
    { label: deadlineMessages.reportCheckpoint(1), due: '2023-04-10', kind: 'progress' },
    { label: deadlineMessages.reportCheckpoint(2), due: '2023-07-10', kind: 'progress' },
    { label: deadlineMessages.reportCheckpoint(3), due: '2023-10-10', kind: 'progress' },
    { due: '2023-12-31', kind: 'complete' },
    { label: deadlineMessages.reportCheckpoint(4), due: '2024-01-10', kind: 'progress' },
  ],
};
