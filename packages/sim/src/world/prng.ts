/**
 * The world's only source of randomness: a seeded sfc32 generator whose state
 * is four uint32s kept in the snapshot, so that the same seed and transcript
 * always give the same MACs, ports and sequence numbers.
 */
export type PrngState = [number, number, number, number];

export function seedPrng(seed: number): PrngState {
  // splitmix32 spreads a small seed over the four words.
  let x = seed >>> 0;
  const next = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const s: PrngState = [next(), next(), next(), next()];
  return s;
}

export class Prng {
  constructor(readonly state: PrngState) {}

  /** A uniform uint32. */
  nextU32(): number {
    const s = this.state;
    const t = (((s[0] + s[1]) >>> 0) + s[3]) >>> 0;
    s[3] = (s[3] + 1) >>> 0;
    s[0] = s[1] ^ (s[1] >>> 9);
    s[1] = (s[2] + (s[2] << 3)) >>> 0;
    s[2] = ((s[2] << 21) | (s[2] >>> 11)) >>> 0;
    s[2] = (s[2] + t) >>> 0;
    return t;
  }

  /** A uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + (this.nextU32() % (hi - lo + 1));
  }
}
