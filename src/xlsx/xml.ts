/**
 * A small, careful reader for the few SpreadsheetML parts Duban needs: one forward pass over the
 * text (each character looked at a bounded number of times, whatever the input), tag by tag, with
 * the open elements on a stack, so a part cut short or with a tag never closed is found out rather
 * than read as if it ended there. Element names may carry any namespace prefix (<x:c> from the Open
 * XML SDK); text is unescaped for XML entities and for the _xHHHH_ escapes of ST_Xstring.
 */
import type { ReadBudget } from './limits.js';

/** The part is not well-formed XML: a tag never closed, an element cut short, end tags that do not match. */
export class XmlDamaged extends Error {
  constructor(reason: string) {
    super(`damaged XML: ${reason}`);
    this.name = 'XmlDamaged';
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character of one entity's name ("amp", "#x4E2D", "#20013"), or undefined when it is not one we decode. */
function entity(name: string): string | undefined {
  if (name.charCodeAt(0) !== 0x23 /* # */) return NAMED_ENTITIES[name];
  const hex = name.charCodeAt(1) === 0x78; /* x */
  const digits = name.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]{1,8}$/ : /^\d{1,8}$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** XML's five named entities and character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let copied = 0;
  while (amp >= 0) {
    // Entity names are short: look for the ';' among the next few characters only.
    let semi = -1;
    for (let at = amp + 1; at < text.length && at <= amp + 11; at += 1) {
      const code = text.charCodeAt(at);
      if (code === 0x3b) {
        semi = at;
        break;
      }
      if (code === 0x26) break;
    }
    const char = semi > amp + 1 ? entity(text.slice(amp + 1, semi)) : undefined;
    if (char !== undefined) {
      out += text.slice(copied, amp) + char;
      copied = semi + 1;
    }
    amp = text.indexOf('&', semi > 0 && char !== undefined ? semi + 1 : amp + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** _xHHHH_ escapes of ST_Xstring (_x005F_ escapes "_"), applied after XML entities. */
export function decodeXString(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Text content as the user typed it: XML entities, then _xHHHH_ escapes. */
export function decodeText(raw: string): string {
  return decodeXString(decodeEntities(raw));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * Calls `visit` with each attribute of the attribute text xml[from, to) by local name (prefix
 * dropped, namespace declarations skipped), values unescaped. Stops at the first thing that is not
 * name="value" or name='value'.
 */
export function forEachAttribute(xml: string, from: number, to: number, visit: (local: string, value: string) => void): void {
  let at = from;
  while (at < to) {
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    const nameStart = at;
    while (at < to) {
      const code = xml.charCodeAt(at);
      if (code === 0x3d /* = */ || isSpace(code) || code === 0x2f /* / */) break;
      at += 1;
    }
    if (at === nameStart) return;
    const name = xml.slice(nameStart, at);
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    if (xml.charCodeAt(at) !== 0x3d) return;
    at += 1;
    while (at < to && isSpace(xml.charCodeAt(at))) at += 1;
    const quote = xml[at];
    if (quote !== '"' && quote !== "'") return;
    const quoteCode = xml.charCodeAt(at);
    let end = at + 1;
    let entity = false;
    for (; end < to; end += 1) {
      const code = xml.charCodeAt(end);
      if (code === quoteCode) break;
      if (code === 0x26 /* & */) entity = true;
    }
    if (end >= to) return;
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) {
      const raw = xml.slice(at + 1, end);
      visit(name.slice(name.indexOf(':') + 1), entity ? decodeEntities(raw) : raw);
    }
    at = end + 1;
  }
}

/** Attribute values of a start tag's attribute text, keyed by local name. */
export function attributes(tagText: string): Record<string, string> {
  const result: Record<string, string> = {};
  forEachAttribute(tagText, 0, tagText.length, (name, value) => {
    result[name] = value;
  });
  return result;
}

export type TokenKind = 'open' | 'close' | 'empty' | 'cdata';

/** Tokens between two looks at the clock. */
const CLOCK_EVERY = 4096;

/**
 * A pull scanner over one XML part: `next()` moves to the next tag (start, end, empty element) or
 * CDATA section and says what it is; comments, processing instructions and the DOCTYPE are skipped.
 * It throws XmlDamaged at the first sign the part is not well-formed, and at the end when an element
 * is still open (a part cut short). Element text is gathered with `captureText()` / `capturedText()`.
 */
export class XmlScanner {
  kind: TokenKind = 'open';
  /** The element's name as written, prefix and all. */
  name = '';
  /** The element's name without its prefix. */
  local = '';
  /** The local name of the element this token sits in ('' at the top). */
  parent = '';
  /** Where the token starts ('<') and ends (after '>'). */
  start = 0;
  end = 0;
  /** The attribute text of a start or empty tag, as xml[attrsFrom, attrsTo). */
  attrsFrom = 0;
  attrsTo = 0;

  private at = 0;
  private readonly names: string[] = [];
  private readonly locals: string[] = [];
  private rootClosed = false;
  private sawRoot = false;
  private tokens = 0;
  private capturing = false;
  private captureFrom = 0;
  private captured = '';
  /** The first '&' at or after the last place looked from (only ever moves forward: linear in all). */
  private nextAmp = -1;

  constructor(
    readonly xml: string,
    private readonly budget?: ReadBudget,
  ) {}

  /** How many elements are open (after this token). */
  get depth(): number {
    return this.names.length;
  }

  /** Moves to the next token; false at the end of a well-formed part. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.at);
      if (lt < 0) {
        this.at = xml.length;
        this.finish();
        return false;
      }
      this.tokens += 1;
      if (this.budget && this.tokens % CLOCK_EVERY === 0) this.budget.checkTime();
      const second = xml.charCodeAt(lt + 1);
      if (second === 0x3f /* ? */) {
        this.skipped(lt, this.skipTo(lt + 2, '?>'));
        continue;
      }
      if (second === 0x21 /* ! */) {
        if (xml.startsWith('<!--', lt)) {
          this.skipped(lt, this.skipTo(lt + 4, '-->'));
          continue;
        }
        if (xml.startsWith('<![CDATA[', lt)) {
          const close = xml.indexOf(']]>', lt + 9);
          if (close < 0) throw new XmlDamaged('CDATA section never closed');
          this.token('cdata', lt, close + 3);
          this.attrsFrom = lt + 9;
          this.attrsTo = close;
          if (this.capturing) {
            this.capture(this.captureFrom, lt);
            this.captured += xml.slice(lt + 9, close);
            this.captureFrom = close + 3;
          }
          return true;
        }
        this.skipped(lt, this.skipDeclaration(lt));
        continue;
      }
      if (this.capturing) this.capture(this.captureFrom, lt);
      if (second === 0x2f /* / */) this.endTag(lt);
      else this.startTag(lt);
      if (this.capturing) this.captureFrom = this.end;
      return true;
    }
  }

  /** Starts gathering the text after the current (start) tag: character data and CDATA, tags left out. */
  captureText(): void {
    this.capturing = true;
    this.captured = '';
    this.captureFrom = this.end;
  }

  /** The text gathered since captureText() up to the current token, decoded; stops gathering. */
  capturedText(): string {
    this.capturing = false;
    const text = decodeXString(this.captured);
    this.captured = '';
    return text;
  }

  /** Moves past a comment, processing instruction or declaration xml[from, to): no text of an element. */
  private skipped(from: number, to: number): void {
    if (this.capturing) {
      this.capture(this.captureFrom, from);
      this.captureFrom = to;
    }
    this.at = to;
  }

  /** Adds the character data xml[from, to) to the captured text, entities decoded. */
  private capture(from: number, to: number): void {
    if (from >= to) return;
    if (this.nextAmp !== Infinity && this.nextAmp < from) {
      const amp = this.xml.indexOf('&', from);
      this.nextAmp = amp < 0 ? Infinity : amp;
    }
    const raw = this.xml.slice(from, to);
    const text = this.nextAmp < to ? decodeEntities(raw) : raw;
    this.captured = this.captured === '' ? text : this.captured + text;
  }

  private token(kind: TokenKind, start: number, end: number): void {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.at = end;
  }

  private skipTo(from: number, close: string): number {
    const end = this.xml.indexOf(close, from);
    if (end < 0) throw new XmlDamaged(`${close} missing`);
    return end + close.length;
  }

  /** <!DOCTYPE …> with an internal subset in brackets, quotes respected. */
  private skipDeclaration(lt: number): number {
    const xml = this.xml;
    let depth = 0;
    let quote = 0;
    for (let at = lt + 2; at < xml.length; at += 1) {
      const code = xml.charCodeAt(at);
      if (quote) {
        if (code === quote) quote = 0;
      } else if (code === 0x22 || code === 0x27) quote = code;
      else if (code === 0x5b /* [ */) depth += 1;
      else if (code === 0x5d /* ] */) depth -= 1;
      else if (code === 0x3e /* > */ && depth <= 0) return at + 1;
    }
    throw new XmlDamaged('declaration never closed');
  }

  private endTag(lt: number): void {
    const xml = this.xml;
    const open = this.names.pop();
    if (open === undefined || !xml.startsWith(open, lt + 2)) throw new XmlDamaged(`an end tag does not close <${open ?? ''}>`);
    let gt = lt + 2 + open.length;
    while (gt < xml.length && isSpace(xml.charCodeAt(gt))) gt += 1;
    if (xml.charCodeAt(gt) !== 0x3e) throw new XmlDamaged(gt >= xml.length ? 'end tag never closed' : `an end tag does not close <${open}>`);
    this.token('close', lt, gt + 1);
    this.name = open;
    this.local = this.locals.pop()!;
    this.parent = this.locals.length > 0 ? this.locals[this.locals.length - 1] : '';
    this.attrsFrom = this.attrsTo = gt;
    if (this.names.length === 0) this.rootClosed = true;
  }

  private startTag(lt: number): void {
    const xml = this.xml;
    let at = lt + 1;
    let colon = -1;
    for (; at < xml.length; at += 1) {
      const code = xml.charCodeAt(at);
      if (isSpace(code) || code === 0x2f || code === 0x3e) break;
      if (code === 0x3c /* < */ || code === 0x22 || code === 0x27 || code === 0x3d) throw new XmlDamaged('bad tag name');
      if (code === 0x3a /* : */) colon = at;
    }
    if (at === lt + 1) throw new XmlDamaged('tag without a name');
    const nameEnd = at;
    // The tag ends at the first '>' outside quoted attribute values.
    let quote = 0;
    let gt = -1;
    for (; at < xml.length; at += 1) {
      const code = xml.charCodeAt(at);
      if (quote) {
        if (code === quote) quote = 0;
      } else if (code === 0x22 || code === 0x27) quote = code;
      else if (code === 0x3e) {
        gt = at;
        break;
      } else if (code === 0x3c) throw new XmlDamaged('"<" inside a tag');
    }
    if (gt < 0) throw new XmlDamaged('start tag never closed');
    const empty = xml.charCodeAt(gt - 1) === 0x2f && gt - 1 >= nameEnd;
    if (this.rootClosed) throw new XmlDamaged('content after the root element');
    this.token(empty ? 'empty' : 'open', lt, gt + 1);
    this.name = xml.slice(lt + 1, nameEnd);
    this.local = colon < 0 ? this.name : xml.slice(colon + 1, nameEnd);
    this.parent = this.locals.length > 0 ? this.locals[this.locals.length - 1] : '';
    this.attrsFrom = nameEnd;
    this.attrsTo = empty ? gt - 1 : gt;
    this.sawRoot = true;
    if (empty) {
      if (this.names.length === 0) this.rootClosed = true;
    } else {
      this.names.push(this.name);
      this.locals.push(this.local);
    }
  }

  private finish(): void {
    if (this.names.length > 0) throw new XmlDamaged(`<${this.names[this.names.length - 1]}> never closed (the part is cut short)`);
    if (!this.sawRoot) throw new XmlDamaged('no root element');
  }

  /** Whether the current token is the end tag of an element that was open at `depth`. */
  closes(depth: number): boolean {
    return this.kind === 'close' && this.names.length < depth;
  }

  /** From a start tag, moves to its end tag (an empty element stays where it is). */
  skipElement(): void {
    if (this.kind !== 'open') return;
    const depth = this.names.length;
    while (this.next() && !this.closes(depth));
  }

  /** The text of the element whose start tag the scanner stands on, moving to its end tag. */
  elementText(): string {
    if (this.kind !== 'open') return '';
    this.captureText();
    this.skipElement();
    return this.capturedText();
  }

  /** One attribute of the current start or empty tag, by local name. */
  attribute(local: string): string | undefined {
    let found: string | undefined;
    forEachAttribute(this.xml, this.attrsFrom, this.attrsTo, (name, value) => {
      if (found === undefined && name === local) found = value;
    });
    return found;
  }

  /** Every attribute of the current start or empty tag, by local name. */
  attributes(): Record<string, string> {
    const result: Record<string, string> = {};
    forEachAttribute(this.xml, this.attrsFrom, this.attrsTo, (name, value) => {
      result[name] = value;
    });
    return result;
  }
}

/**
 * The visible text of a shared string item or inline string, read from the scanner standing on its
 * start tag (<si> or <is>) up to its end tag: every <t> outside phonetic runs (<rPh>, the furigana
 * of Japanese files), rich-text runs concatenated.
 */
export function readStringItem(scanner: XmlScanner): string {
  if (scanner.kind === 'empty') return '';
  const depth = scanner.depth;
  let text = '';
  let phonetic = 0;
  while (scanner.next()) {
    if (scanner.closes(depth)) return text;
    if (scanner.local === 'rPh') {
      if (scanner.kind === 'open') phonetic += 1;
      else if (scanner.kind === 'close') phonetic -= 1;
    } else if (scanner.local === 't' && phonetic === 0 && scanner.kind === 'open') {
      text += scanner.elementText();
    }
  }
  return text;
}

/** UTF-8 unless the part starts with a UTF-16 byte-order mark. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
