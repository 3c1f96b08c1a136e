/**
 * The reader's XML tokenizer: the events it reports equal saxes's (a
 * conforming SAX parser) for generated documents, however the text is cut
 * into pieces; and what it must refuse, it refuses.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlError, XmlScanner, decodeXmlText } from '../../electron/node/xlsx/xmlScanner.ts';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

/** Events of the tokenizer, text pieces joined (a text may arrive in pieces). */
function scan(pieces: readonly string[]): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (name, a) => {
      const all = a.all();
      // read() sees the same characters get() returns, copied or not.
      for (const key of Object.keys(all)) expect(a.read(key, (text, start, end) => text.slice(start, end))).toBe(a.get(key));
      expect(a.read('absent', () => 1)).toBeUndefined();
      events.push(['open', name, all]);
    },
    close: (name) => events.push(['close', name]),
    text: (text) => {
      const last = events[events.length - 1];
      if (last?.[0] === 'text') last[1] += text;
      else events.push(['text', text]);
    },
  });
  for (const piece of pieces) scanner.write(piece);
  scanner.end();
  return events;
}

/** The same events from saxes, local names as the tokenizer gives them. */
function saxes(xml: string): Event[] {
  const events: Event[] = [];
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => events.push(['open', local(tag.name), { ...(tag.attributes as Record<string, string>) }]));
  parser.on('closetag', (tag) => events.push(['close', local(tag.name)]));
  const text = (t: string) => {
    const last = events[events.length - 1];
    if (last?.[0] === 'text') last[1] += t;
    else events.push(['text', t]);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.write(xml).close();
  // saxes reports white space outside the root element as text; the tokenizer drops it (no element holds it).
  const depth = { n: 0 };
  return events.filter((e) => {
    if (e[0] === 'open') depth.n++;
    if (e[0] === 'close') depth.n--;
    return !(e[0] === 'text' && depth.n === 0);
  });
}

/** Cuts a string at the given fractions of its length. */
const cut = (xml: string, at: readonly number[]) => {
  const points = [...new Set(at.map((f) => Math.floor(f * xml.length)))].sort((a, b) => a - b);
  return [...points, xml.length].map((p, i) => xml.slice(i === 0 ? 0 : points[i - 1], p));
};

const name = fc.constantFrom('c', 'v', 'x:row', 'si', 't', 'mergeCell', 'r');
const attrValue = fc
  .array(fc.constantFrom('a', '1', ' ', '&amp;', '&lt;', '&gt;', '&quot;', "'", '&#x4E2D;', '&#25991;', '中', '>', '\t'), { maxLength: 6 })
  .map((parts) => parts.join(''));
const textPiece = fc
  .array(fc.constantFrom('1', 'x', ' ', '&amp;', '&lt;', '&#13;', '&#x1F600;', '文字', '\r\n', '\n', ']x', '>'), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

/** Well-formed documents with the markup a workbook part may hold. */
const documentArb: fc.Arbitrary<string> = fc
  .letrec((tie) => ({
    element: fc
      .tuple(
        name,
        fc.uniqueArray(
          fc.tuple(fc.constantFrom('r', 's', 't', 'ref', 'r:id', 'xml:space'), attrValue, fc.constantFrom('"', "'"), fc.constantFrom('=', ' = ')),
          {
            selector: (a) => a[0],
            maxLength: 3,
          },
        ),
        fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 4 }),
      )
      .map(([tag, attrs, children]) => {
        const attributes = attrs.map(([k, v, q, eq]) => ` ${k}${eq}${q}${q === '"' ? v.replace(/"/g, '&quot;') : v.replace(/'/g, '&apos;')}${q}`).join('');
        return children.length === 0 ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${children.join('')}</${tag}>`;
      }),
    node: fc.oneof(
      // At the deepest level the first choice is taken: text, which ends the recursion.
      { maxDepth: 5, depthIdentifier: 'node' },
      { weight: 3, arbitrary: textPiece },
      { weight: 3, arbitrary: tie('element') as fc.Arbitrary<string> },
      { weight: 1, arbitrary: fc.constant('<!-- a comment with > and - inside -->') },
      { weight: 1, arbitrary: fc.constant('<![CDATA[<b>&amp; kept]]>') },
      { weight: 1, arbitrary: fc.constant('<?pi data?>') },
    ),
  }))
  .element.map((root) => `<?xml version="1.0" encoding="UTF-8"?>\n<!-- before -->${root}\n`);

describe('the XML tokenizer', () => {
  it('reports what saxes reports, for any document cut into any pieces', () => {
    fc.assert(
      fc.property(documentArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), (xml, at) => {
        const expected = saxes(xml);
        expect(scan([xml])).toEqual(expected);
        expect(scan(cut(xml, at))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads one character at a time as it reads the whole', () => {
    const xml = `<?xml version="1.0"?><x:sst xmlns:x="urn:x"><x:si><x:t xml:space='preserve'>a&amp;b&#x4E2D;\r\nc</x:t></x:si><x:si/></x:sst>`;
    expect(scan([...xml])).toEqual(scan([xml]));
    expect(scan([xml])).toEqual([
      ['open', 'sst', { 'xmlns:x': 'urn:x' }],
      ['open', 'si', {}],
      ['open', 't', { 'xml:space': 'preserve' }],
      ['text', 'a&b中\nc'],
      ['close', 't'],
      ['close', 'si'],
      ['open', 'si', {}],
      ['close', 'si'],
      ['close', 'sst'],
    ]);
  });

  it('refuses a DOCTYPE, so no entity is ever declared', () => {
    const error = (() => {
      try {
        scan(['<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>']);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(XmlError);
    expect((error as XmlError).doctype).toBe(true);
  });

  it.each([
    ['an end tag that closes another element', '<a><b></a></b>'],
    ['an element left open', '<a><b></b>'],
    ['a second root element', '<a/><b/>'],
    ['text outside the root element', '<a/>text'],
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an unquoted attribute', '<a r=1/>'],
    ['an attribute without a value', '<a r/>'],
    ['a character reference to NUL', '<a>&#0;</a>'],
    ['a character reference past Unicode', '<a>&#x110000;</a>'],
    ['an unterminated comment', '<a><!-- no end</a>'],
    ['a cut-off tag', '<a><b r="1"'],
    ['no element at all', '  '],
  ])('refuses %s', (_, xml) => {
    expect(() => scan([xml])).toThrow(XmlError);
  });

  it('refuses a tag that never ends before it holds more than a megabyte of it', () => {
    const scanner = new XmlScanner({ open: () => {} });
    scanner.write('<a><b r="');
    const piece = 'x'.repeat(64 * 1024);
    expect(() => {
      for (let i = 0; i < 100; i++) scanner.write(piece);
    }).toThrow(/tag too long/);
  });

  it('decodes the five entities and character references, and normalises line ends', () => {
    expect(decodeXmlText('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;\r\n\r')).toBe('<>&"\'AB\n\n');
    expect(decodeXmlText('&amp;lt;')).toBe('&lt;');
  });
});
