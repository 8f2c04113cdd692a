export * from './types.js';
export * from './dates.js';
