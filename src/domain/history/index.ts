/** Progress across periods: 照抄上期 detection. */
export { COPY_THRESHOLD, findUnchanged, normalizeProgressText, textSimilarity, type UnchangedRow } from './unchanged.js';
