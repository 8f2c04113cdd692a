export * from './schemas.js';
export * from './load.js';
