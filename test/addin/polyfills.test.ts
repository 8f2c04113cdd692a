/**
 * The pane's own TextDecoder/TextEncoder (for Edge 18, which has neither) decode and encode exactly
 * as the platform's do, and are installed only where they are missing.
 */
import fc from 'fast-check';
import { installPolyfills, TextDecoderPolyfill, TextEncoderPolyfill } from '../../src/taskpane/polyfills.js';

function decodeOrError(make: () => { decode(bytes: Uint8Array): string }, bytes: Uint8Array): string {
  try {
    return make().decode(bytes);
  } catch (error) {
    return `error ${(error as Error).name}`;
  }
}

/** Bytes that are mostly UTF-8 of real text, with broken sequences spliced in. */
const someBytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.uint8Array({ maxLength: 4 }).map((b) => String.fromCharCode(...b))), { maxLength: 8 }).map((parts) =>
    new TextEncoder().encode(parts.join('')),
  ),
  fc
    .tuple(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 3 }), fc.nat(40))
    .map(([text, junk, at]) => {
      const bytes = [...new TextEncoder().encode(text)];
      bytes.splice(Math.min(at, bytes.length), 0, ...junk);
      return Uint8Array.from(bytes);
    }),
);

describe('TextDecoderPolyfill', () => {
  test.each(['utf-8', 'utf-16le', 'utf-16be'])('decodes %s as the platform does, fatal or not, BOM or not', (label) => {
    fc.assert(
      fc.property(someBytes, fc.boolean(), fc.boolean(), (bytes, fatal, ignoreBOM) => {
        const options = { fatal, ignoreBOM };
        expect(decodeOrError(() => new TextDecoderPolyfill(label, options), bytes)).toBe(decodeOrError(() => new TextDecoder(label, options), bytes));
      }),
      { numRuns: 3000 },
    );
  });

  test('decodes latin1 as windows-1252, as browsers do', () => {
    // Node decodes 0x80–0x9f as ISO-8859-1; browsers (and the Encoding Standard) as windows-1252.
    const notC1 = fc.uint8Array({ maxLength: 64 }).map((bytes) => bytes.filter((byte) => byte < 0x80 || byte > 0x9f));
    fc.assert(fc.property(notC1, (bytes) => expect(new TextDecoderPolyfill('latin1').decode(bytes)).toBe(new TextDecoder('latin1').decode(bytes))));
    expect(new TextDecoderPolyfill('latin1').decode(Uint8Array.from([0x80, 0x81, 0x99, 0x9f, 0xe9]))).toBe('€\u0081™Ÿé');
  });

  test('decodes with a BOM and Chinese text', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('序号,主要任务\n1,优化营商环境😀')]);
    expect(new TextDecoderPolyfill('utf-8', { fatal: true }).decode(bytes)).toBe('序号,主要任务\n1,优化营商环境😀');
    expect(new TextDecoderPolyfill('utf-8').decode(bytes.subarray(2, 4))).toBe(new TextDecoder('utf-8').decode(bytes.subarray(2, 4)));
    expect(() => new TextDecoderPolyfill('utf-8', { fatal: true }).decode(Uint8Array.from([0xe5, 0xba]))).toThrow(TypeError);
    expect(() => new TextDecoderPolyfill('gb18030')).toThrow(RangeError);
  });
});

describe('TextEncoderPolyfill', () => {
  test('encodes any string, lone surrogates included, as the platform does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }), (a, b) => {
        expect(new TextEncoderPolyfill().encode(a + b)).toEqual(new TextEncoder().encode(a + b));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('installPolyfills', () => {
  test('fills only what a scope lacks', () => {
    class FakeBlob {}
    const bare: Record<string, unknown> = { Blob: FakeBlob, FileReader: class {} };
    expect(installPolyfills(bare)).toEqual(['TextDecoder', 'TextEncoder', 'Blob.prototype.arrayBuffer']);
    expect(bare.TextDecoder).toBe(TextDecoderPolyfill);
    expect(typeof (FakeBlob.prototype as { arrayBuffer?: unknown }).arrayBuffer).toBe('function');
    const modern: Record<string, unknown> = { TextDecoder, TextEncoder, Blob, FileReader: class {} };
    expect(installPolyfills(modern)).toEqual([]);
    expect(modern.TextDecoder).toBe(TextDecoder);
  });
});
