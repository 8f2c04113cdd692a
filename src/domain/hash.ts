/**
 * FNV-1a 64: the one hash of the domain (task fingerprints, safe file names, the demo's fills). Pure
 * JavaScript, so the domain runs the same in Node and in the task pane.
 */
const encoder = new TextEncoder();

/**
 * FNV-1a 64 of a string's UTF-8 bytes, as 16 lower-case hex digits. The 64-bit state is kept in
 * four 16-bit limbs (offset basis 0xcbf29ce484222325; prime 2^40 + 0x1b3), so no BigInt is needed.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of encoder.encode(text)) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    h3 = (h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16)) & 0xffff;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
