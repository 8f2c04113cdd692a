/** The 通报 draft: built from the master, written as text here and as .docx by src/docx. */
export { buildBrief, type BriefInput } from './build.js';
export { briefText } from './text.js';
export type { Brief, BriefBlock } from './model.js';
