export * from './types.js';
export * from './cells.js';
export * from './dates.js';
export * from './defaults.js';
export * from './row-heights.js';
export * from './features.js';
