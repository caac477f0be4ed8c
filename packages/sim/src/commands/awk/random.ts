/**
 * rand()'s generator: glibc's random(3) (TYPE_3, the additive feedback
 * generator srandom seeds), which Debian's mawk calls, so that srand(1);
 * rand() is 0.840188 as on Debian. Pure: the seed is given (the interpreter
 * takes the one before any srand() from the virtual clock).
 */
export class GlibcRandom {
  private r: number[] = [];
  private i = 0;

  constructor(seed: number) {
    this.seed(seed);
  }

  seed(seed: number): void {
    let s = seed >>> 0;
    if (s === 0) s = 1;
    const r = new Array<number>(34);
    r[0] = s | 0;
    for (let k = 1; k < 31; k++) {
      // 16807 * r[k-1] % 2147483647 without overflow (Schrage), as glibc computes it
      const hi = Math.trunc(r[k - 1] / 127773);
      const lo = r[k - 1] % 127773;
      let word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r[k] = word;
    }
    for (let k = 31; k < 34; k++) r[k] = r[k - 31];
    this.r = r;
    this.i = 34;
    for (let k = 0; k < 310; k++) this.nextRaw();
  }

  private nextRaw(): number {
    const r = this.r;
    const v = (r[this.i - 31] + r[this.i - 3]) | 0;
    r.push(v);
    this.i++;
    if (r.length > 1000) {
      this.r = r.slice(-34);
      this.i = 34;
    }
    return v >>> 1;
  }

  /** random(): 0..2^31-1 */
  next(): number {
    return this.nextRaw();
  }
}
