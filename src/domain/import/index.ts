/** Importers that turn a foreign responsibility list (a notice's text, another office's sheet) into a TaskList. */
export * from './notice-text.js';
export * from './grid-import.js';
export { HEADER_SYNONYMS, TABLE_NOTE, classifyHeader, type ColumnKind } from './headers.js';
export { parseCategory, splitLeaders } from './notice-fields.js';
export { issuerOf, readHeading, readReporting, signedOn, yearIn, type NoticeHeading } from './notice-meta.js';
export { parseLeadAndSupportUnits, parseUnits, unitNames, type ParsedUnits } from './unit-cells.js';
export { DEFAULT_IMPORT_ID, importNoticeText, listIdFor, listIdFromFileName, type ImportedNotice } from './sources.js';
