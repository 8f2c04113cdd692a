/**
 * Every user-facing Chinese string lives under src/domain/messages, one file per capability,
 * re-exported here. Tests import messages from here instead of retyping them.
 */
export * from './book-title.js';
export * from './common.js';
export * from './deadline.js';
export * from './import.js';
export * from './returns.js';
export * from './units.js';
export * from './excel.js';
export * from './xlsx.js';
export * from './validate.js';
export * from './master.js';
export * from './taskpane.js';
export * from './startup.js';
export * from './demo.js';
export * from './alerts.js';
export * from './history.js';
export * from './brief.js';
export * from './scoring.js';
export * from './review.js';
export * from './app.js';
