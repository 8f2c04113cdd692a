/** Reading a status cell: the four statuses and their synonyms (vocabulary), spaces ignored. */
import { STATUSES, STATUS_SYNONYMS, type Status } from '../vocabulary.js';
import { squeeze } from './text.js';

const BY_WORD: ReadonlyMap<string, Status> = new Map<string, Status>([
  ...STATUSES.map((status) => [status, status] as const),
  ...Object.entries(STATUS_SYNONYMS).map(([word, status]) => [squeeze(word), status] as const),
]);

/** 已完成 / " 完成 " / 按序时推进 → a Status; null for anything else. */
export function normalizeStatus(text: string): Status | null {
  return BY_WORD.get(squeeze(text)) ?? null;
}
