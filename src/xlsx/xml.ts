/**
 * A small, careful reader for the few SpreadsheetML parts Duban needs. Element names may carry any
 * namespace prefix (<x:c> from the Open XML SDK); text is unescaped for XML entities and for the
 * _xHHHH_ escapes of ST_Xstring.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text content as the user typed it: XML entities, then _xHHHH_ escapes (_x005F_ escapes "_"). */
export function decodeText(raw: string): string {
  let text = raw.includes('&') ? decodeEntities(raw) : raw;
  if (text.includes('_x')) {
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return text;
}

/** Attribute values of one start tag's attribute text, keyed by local name (prefix dropped). */
export function attributes(tagText: string): Record<string, string> {
  const result: Record<string, string> = {};
  const pattern = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(tagText); match; match = pattern.exec(tagText)) {
    const name = match[1];
    const local = name.slice(name.indexOf(':') + 1);
    if (name.startsWith('xmlns')) continue;
    result[local] = decodeEntities(match[2] ?? match[3]);
  }
  return result;
}

/** One attribute without parsing the others; for the hot path of cells (r, s, t). */
export function attribute(tagText: string, name: string): string | undefined {
  const at = tagText.indexOf(` ${name}=`);
  let start = at >= 0 ? at + name.length + 2 : -1;
  if (start < 0) {
    // Tolerate other whitespace before the name.
    const match = new RegExp(`\\s${name}\\s*=\\s*`).exec(tagText);
    if (!match) return undefined;
    start = match.index + match[0].length;
  }
  const quote = tagText[start];
  const end = tagText.indexOf(quote, start + 1);
  return end < 0 ? undefined : tagText.slice(start + 1, end);
}

/** Every start tag (open or empty) of an element by local name, as its attribute text. */
export function startTags(xml: string, localName: string): string[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])([^>]*)>`, 'g');
  const result: string[] = [];
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) result.push(match[1]);
  return result;
}

/** The inner XML of the first element with this local name, or undefined. */
export function innerOf(xml: string, localName: string, from = 0): string | undefined {
  const open = new RegExp(`<((?:[\\w.-]+:)?${localName})(?=[\\s/>])[^>]*?(/?)>`, 'g');
  open.lastIndex = from;
  const match = open.exec(xml);
  if (!match) return undefined;
  if (match[2] === '/') return '';
  const close = xml.indexOf(`</${match[1]}>`, open.lastIndex);
  return close < 0 ? undefined : xml.slice(open.lastIndex, close);
}

/**
 * The visible text of a shared string item or inline string: every <t> outside phonetic runs
 * (<rPh>, the furigana of Japanese files), rich-text runs concatenated.
 */
export function stringItemText(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : inner;
  const pattern = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  let text = '';
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) text += match[1] ?? '';
  return decodeText(text);
}

/** UTF-8 unless the part starts with a UTF-16 byte-order mark. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
