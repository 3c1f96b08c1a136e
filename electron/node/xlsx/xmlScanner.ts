/**
 * A streaming XML tokenizer for the parts of a workbook, made for untrusted
 * input and for speed. It reports elements by local name (`x:c` is `c`), their
 * attributes on request, and text with XML's five entities and character
 * references decoded; it skips comments and processing instructions and
 * refuses a DOCTYPE, so no entity is ever declared or expanded.
 *
 * Why not a general SAX parser: a worksheet of 10,000 rows is about 850,000
 * events, and general parsers build an attributes object per element and
 * walk the text a character at a time. Measured on such a sheet and its shared
 * strings (8.8 MB, a fresh process): saxes 308 ms, htmlparser2 317 ms, ltx
 * 390 ms; this tokenizer, which finds delimiters with indexOf and reads an
 * attribute only when asked, about half of that.
 *
 * Well-formedness is checked where it decides what is read: every end tag
 * must close the element open at that point, there must be exactly one root
 * element and no text outside it, attributes must be quoted, and an unknown
 * entity is an error. Anything else a conforming parser would refuse is read
 * leniently; the values read are the same.
 */

/** Thrown for XML that cannot be read; the caller words it for the user. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    message: string,
    /** Set for a DOCTYPE, which is refused on its own account (entity expansion). */
    readonly doctype = false,
  ) {
    super(message);
  }
}

/** An element's attributes, read from the tag only when asked. Valid only during the `open` call. */
export interface TagAttributes {
  /** The value of the attribute with this exact (qualified) name, decoded; undefined when absent. */
  get(name: string): string | undefined;
  /**
   * Applies `read` to the characters of the attribute's value where they stand, without copying them
   * (for the cell reference and style of each of a sheet's cells); undefined when absent.
   */
  read<T>(name: string, read: (text: string, start: number, end: number) => T): T | undefined;
  /** Every attribute, by qualified name. */
  all(): Record<string, string>;
}

export interface XmlHandlers {
  open(name: string, attributes: TagAttributes): void;
  close?(name: string): void;
  /** Text of an element, perhaps in several pieces (when it spans the pieces written). */
  text?(text: string): void;
}

/** An incomplete tag longer than this is refused: no real part has one, and it bounds the re-reading of a tag split across pieces. */
const MAX_TAG_CHARS = 1 << 20;

const ENTITY = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with its entities decoded, and line ends normalised as XML does (\r\n and \r become \n). */
export function decodeXmlText(raw: string): string {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  text = text.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name]!;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    if (code === 0 || code > 0x10ffff) throw new XmlError(`invalid character reference ${code}`);
    return String.fromCodePoint(code);
  });
  // Decoded entities leave no '&' behind except from &amp;; check the raw text for any reference not matched.
  if (raw.replace(ENTITY, '').includes('&')) throw new XmlError('undefined entity');
  return text;
}

/** An attribute's value as XML reads it: each literal tab or line end is a space (one for \r\n), entities decoded. */
function attributeValue(raw: string): string {
  if (!/[&\t\n\r]/.test(raw)) return raw;
  return decodeXmlText(raw.replace(/\r\n|[\t\n\r]/g, ' '));
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** The attributes of the tag being opened: spans into the text, decoded on request. */
class TagView implements TagAttributes {
  source = '';
  /** [nameStart, nameEnd, valueStart, valueEnd] per attribute. */
  spans: number[] = [];
  count = 0;

  /** Where the attribute's [nameStart, nameEnd, valueStart, valueEnd] begin in spans; -1 when absent. */
  private find(name: string): number {
    const { source, spans } = this;
    for (let i = 0; i < this.count * 4; i += 4) {
      const start = spans[i]!;
      if (spans[i + 1]! - start === name.length && source.startsWith(name, start)) return i;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const i = this.find(name);
    return i < 0 ? undefined : attributeValue(this.source.slice(this.spans[i + 2], this.spans[i + 3]));
  }

  read<T>(name: string, read: (text: string, start: number, end: number) => T): T | undefined {
    const i = this.find(name);
    if (i < 0) return undefined;
    const { source, spans } = this;
    const start = spans[i + 2]!;
    const end = spans[i + 3]!;
    for (let k = start; k < end; k++) {
      const c = source.charCodeAt(k);
      // A value with an entity or a white-space character reads as XML means it: decoded first.
      if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) {
        const value = attributeValue(source.slice(start, end));
        return read(value, 0, value.length);
      }
    }
    return read(source, start, end);
  }

  all(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < this.count * 4; i += 4) {
      const name = this.source.slice(this.spans[i], this.spans[i + 1]);
      out[name] ??= this.get(name)!;
    }
    return out;
  }
}

/**
 * Tokenizes XML written to it in pieces (or whole). `write` may be called any
 * number of times, then `end` once; handlers run as tokens complete.
 */
export class XmlScanner {
  /** Unread text kept from the last piece: an incomplete tag, or a partial entity. */
  private rest = '';
  /** Qualified names of the open elements, and their local names (what handlers get). */
  private readonly stack: string[] = [];
  private readonly locals: string[] = [];
  private rootSeen = false;
  private readonly tag = new TagView();

  constructor(private readonly handlers: XmlHandlers) {}

  write(piece: string): void {
    const s = this.rest === '' ? piece : this.rest + piece;
    this.rest = '';
    const stop = this.scan(s, false);
    if (stop < s.length) {
      if (s.length - stop > MAX_TAG_CHARS) throw new XmlError('tag too long');
      this.rest = s.slice(stop);
    }
  }

  end(): void {
    const s = this.rest;
    this.rest = '';
    if (this.scan(s, true) < s.length) throw new XmlError('unexpected end');
    if (this.stack.length > 0 || !this.rootSeen) throw new XmlError('unclosed element');
  }

  /** Reads the tokens of s that are complete; returns where the unread rest begins. */
  private scan(s: string, final: boolean): number {
    const { handlers, stack } = this;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt !== i) {
        // Text up to the next tag (or the end of what we have).
        let end = lt < 0 ? n : lt;
        if (lt < 0 && !final) {
          // Keep a partial entity ("&am") for the next piece.
          const amp = s.lastIndexOf('&', n - 1);
          if (amp >= i && s.indexOf(';', amp) < 0 && n - amp < 12) end = amp;
          // And a \r that may be the first half of \r\n.
          else if (s.charCodeAt(n - 1) === 13) end = n - 1;
        }
        if (end > i) this.text(s, i, end);
        if (lt < 0) return end;
        i = lt;
      }
      const c = s.charCodeAt(i + 1);
      if (c === 47 /* / */) {
        const gt = s.indexOf('>', i + 2);
        if (gt < 0) return final ? fail('unexpected end') : i;
        // The end tag must name the open element: compared where it stands, no copy made.
        const open = stack.pop();
        let nameEnd = gt;
        while (nameEnd > i + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
        if (open === undefined || nameEnd - (i + 2) !== open.length || !s.startsWith(open, i + 2)) throw new XmlError('mismatched end tag');
        handlers.close?.(this.locals.pop()!);
        i = gt + 1;
        continue;
      }
      if (c === 63 /* ? */) {
        const end = s.indexOf('?>', i + 2);
        if (end < 0) return final ? fail('unexpected end') : i;
        i = end + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (s.startsWith('<!--', i)) {
          const end = s.indexOf('-->', i + 4);
          if (end < 0) return final ? fail('unexpected end') : i;
          i = end + 3;
        } else if (s.startsWith('<![CDATA[', i)) {
          const end = s.indexOf(']]>', i + 9);
          if (end < 0) return final ? fail('unexpected end') : i;
          if (stack.length === 0) throw new XmlError('CDATA outside the root element');
          if (end > i + 9) handlers.text?.(s.slice(i + 9, end));
          i = end + 3;
        } else if (n - i < 9 && !final) {
          return i; // perhaps "<!DOCTYPE" or "<![CDATA[" cut short
        } else if (s.startsWith('<!DOCTYPE', i)) {
          throw new XmlError('DOCTYPE', true);
        } else {
          throw new XmlError('unexpected markup');
        }
        continue;
      }
      const next = this.openTag(s, i);
      if (next < 0) return final ? fail('unexpected end') : i;
      i = next;
    }
    return n;
  }

  /** Reads the start tag at i; returns the index after it, or -1 when the tag is not complete yet. */
  private openTag(s: string, i: number): number {
    const n = s.length;
    let j = i + 1;
    let colon = -1;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === 62 /* > */ || c === 47 /* / */ || isSpace(c)) break;
      if (c === 58 /* : */) colon = j;
      else if (c === 60 /* < */ || c === 61 /* = */ || c === 34 || c === 39) throw new XmlError('bad tag name');
    }
    if (j >= n) return -1;
    if (j === i + 1) throw new XmlError('empty tag name');
    const name = s.slice(i + 1, j);
    const tag = this.tag;
    tag.source = s;
    tag.count = 0;
    const spans = tag.spans;
    let selfClosing = false;
    for (;;) {
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const c = s.charCodeAt(j);
      if (c === 62 /* > */) {
        j++;
        break;
      }
      if (c === 47 /* / */) {
        if (j + 1 >= n) return -1;
        if (s.charCodeAt(j + 1) !== 62) throw new XmlError('bad self-closing tag');
        selfClosing = true;
        j += 2;
        break;
      }
      const nameStart = j;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 61 /* = */ || isSpace(d)) break;
        if (d === 62 || d === 47 || d === 60 || d === 34 || d === 39) throw new XmlError('bad attribute');
        j++;
      }
      const nameEnd = j;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      if (s.charCodeAt(j) !== 61) throw new XmlError('attribute without value');
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const quote = s.charCodeAt(j);
      if (quote !== 34 && quote !== 39) throw new XmlError('unquoted attribute');
      const close = s.indexOf(quote === 34 ? '"' : "'", j + 1);
      if (close < 0) return -1;
      const at = tag.count * 4;
      spans[at] = nameStart;
      spans[at + 1] = nameEnd;
      spans[at + 2] = j + 1;
      spans[at + 3] = close;
      tag.count++;
      j = close + 1;
    }
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlError('a second root element');
      this.rootSeen = true;
    }
    const local = colon < 0 ? name : name.slice(colon - i);
    this.handlers.open(local, tag);
    if (selfClosing) this.handlers.close?.(local);
    else {
      this.stack.push(name);
      this.locals.push(local);
    }
    return j;
  }

  private text(s: string, start: number, end: number): void {
    if (this.stack.length === 0) {
      // Only white space may stand outside the root element.
      for (let k = start; k < end; k++) if (!isSpace(s.charCodeAt(k))) throw new XmlError('text outside the root element');
      return;
    }
    // Most handlers want the text of a few elements only; they still get it decoded, so a bad entity is never let through.
    const text = decodeXmlText(s.slice(start, end));
    this.handlers.text?.(text);
  }
}

function fail(message: string): never {
  throw new XmlError(message);
}
