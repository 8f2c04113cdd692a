export { readRow, readRows, type Cells, type RowReading } from './cells.js';
export { CORRECTIONS_FILE, parseCorrections, resolveRows, type Correction, type ResolvedRow } from './corrections.js';
export { readNotice, type NoticeFacts } from './notice.js';
export { HEADER_WORDS, closeExtractorSpaces, splitSource, type Fragment, type RawRow } from './source.js';
export { looksLikeUnitName, splitUnitColumn } from './units.js';
