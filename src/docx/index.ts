/** Word documents Duban writes: the 通报 draft. */
export { renderBriefDocx } from './render.js';
