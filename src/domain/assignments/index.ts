/** Assignments: one per task × listed unit, with the units that report on each (summaries, lights, scores and sheets count over them). */
export { assignmentsOf, leadersOf, pendingOf, reportersOf, reportingUnits, taskDue, type Assignment } from './assignments.js';
