/**
 * The one unit-name normalizer. Every place that compares, stores or suggests a unit name goes
 * through `normalizeUnitText`, so a name typed in a cell, written in a list or kept in the
 * directory compares equal when it means the same thing.
 */
import { toSimplified } from './chinese.js';
import { completeDistrictGovernment } from './districts.js';

/** Whitespace of every kind (incl. U+3000, no-break space, line breaks) and zero-width characters. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/gu;
const OPEN_BRACKETS = /[([【〔［｛{]/gu;
const CLOSE_BRACKETS = /[)\]】〕］｝}]/gu;
const EDGE_PUNCTUATION = /^[、，,；;：:。.·!?！？]+|[、，,；;：:。.·!?！？]+$/gu;
const DASHES_ONLY = /^[-－—―–‐‑─━]+$/u;
/** The word `none` in a list cell (—, ——, -). */
export const NO_UNIT = '—';

const OPENING_QUOTES = new Set(['“', '‘', '「', '『', '〝']);
const CLOSING_QUOTES = new Set(['”', '’', '」', '』', '〞', '〟']);
const AMBIGUOUS_QUOTES = new Set(['"', "'"]);
const ANY_QUOTE = /["'“‘「『〝”’」』〞〟]/u;

/** Every quotation mark becomes a Chinese double quote “ ”, straight quotes paired open/close in order. */
function unifyQuotes(text: string): string {
  if (!ANY_QUOTE.test(text)) return text;
  let open = false;
  let out = '';
  for (const char of text) {
    if (OPENING_QUOTES.has(char) || (AMBIGUOUS_QUOTES.has(char) && !open)) {
      out += '“';
      open = true;
    } else if (CLOSING_QUOTES.has(char) || AMBIGUOUS_QUOTES.has(char)) {
      out += '”';
      open = false;
    } else {
      out += char;
    }
  }
  return out;
}

/** Names after 天津市 that stay whole: enterprises and banks are not city departments. */
const NOT_A_CITY_DEPARTMENT = /公司|集团|银行|分行|支行|机场|有限/u;
const CITY_NAME = '天津市';

/**
 * 天津市发展改革委 → 市发展改革委; 天津市和平区人民政府 → 和平区人民政府. Only the leading 天津市 of
 * a city department is shortened: 天津海事局, 天津港集团, 国网天津市电力公司 and 天津市…公司 stay whole.
 */
function shortenCityPrefix(text: string): string {
  if (!text.startsWith(CITY_NAME) || text.length === CITY_NAME.length) return text;
  const rest = text.slice(CITY_NAME.length);
  if (completeDistrictGovernment(rest)) return rest;
  if (NOT_A_CITY_DEPARTMENT.test(rest)) return text;
  return `市${rest}`;
}

/**
 * The comparable form of a unit name:
 * - full-width letters, digits and punctuation become half-width (NFKC), brackets become （ ）,
 *   quotation marks become “ ”;
 * - spaces (incl. U+3000), line breaks and zero-width characters are removed, as are stray
 *   separators at either end (市财政局、 → 市财政局);
 * - traditional characters become simplified (市發展改革委 → 市发展改革委);
 * - a leading 天津市 of a city department becomes 市;
 * - a district with or without 政府 becomes its government (和平区政府 → 和平区人民政府);
 * - a cell of dashes only (-, ——) becomes —.
 * Idempotent: normalizing a normalized name changes nothing.
 */
export function normalizeUnitText(raw: string): string {
  // Removing a space can bring a letter and a combining mark together (a + ¨ → ä): repeat until stable.
  let text = raw;
  for (let before = ''; text !== before; ) {
    before = text;
    text = text.normalize('NFKC').replace(INVISIBLE, '');
  }
  text = toSimplified(text);
  text = unifyQuotes(text.replace(OPEN_BRACKETS, '（').replace(CLOSE_BRACKETS, '）'));
  text = text.replace(EDGE_PUNCTUATION, '');
  if (DASHES_ONLY.test(text)) return NO_UNIT;
  text = shortenCityPrefix(text);
  return completeDistrictGovernment(text) ?? text;
}
