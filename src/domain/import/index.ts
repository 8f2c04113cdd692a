/** Importers that turn a foreign responsibility list (a notice's text, another office's sheet) into a TaskList. */
export * from './notice-text.js';
export * from './grid-import.js';
