/**
 * split's output file names (split.c next_file_name): PREFIX, a suffix of
 * -a letters from a-z (or digits with -d, hex digits with -x, starting at
 * FROM), then --additional-suffix. When the length was not chosen, the
 * suffix widens instead of running out: after xyz comes xzaaa, the prefix
 * taking the last letter, so names still sort in creation order.
 */

export class SuffixSequence {
  private readonly alphabet: string;
  private index: number[];
  private prefix: string;
  private first = true;

  constructor(
    prefix: string,
    private length: number,
    kind: "alpha" | "numeric" | "hex",
    private readonly auto: boolean,
    private readonly extra: string,
    from = 0,
  ) {
    this.alphabet = kind === "alpha" ? "abcdefghijklmnopqrstuvwxyz" : kind === "numeric" ? "0123456789" : "0123456789abcdef";
    this.prefix = prefix;
    this.index = new Array<number>(length).fill(0);
    const base = this.alphabet.length;
    for (let i = length - 1, n = from; i >= 0; i--, n = Math.floor(n / base)) this.index[i] = n % base;
  }

  /** the next name; undefined when the suffixes are exhausted */
  next(): string | undefined {
    if (this.first) this.first = false;
    else if (!this.increment()) return undefined;
    return this.prefix + this.index.map((i) => this.alphabet[i]).join("") + this.extra;
  }

  private increment(): boolean {
    const last = this.alphabet.length - 1;
    for (let i = this.length - 1; i >= 0; i--) {
      this.index[i]++;
      if (this.auto && i === 0 && this.index[0] === last) {
        // widen: the first character joins the prefix and the suffix grows by one
        this.prefix += this.alphabet[last];
        this.length++;
        this.index = new Array<number>(this.length).fill(0);
        return true;
      }
      if (this.index[i] <= last) return true;
      this.index[i] = 0;
    }
    return false;
  }
}

/** letters needed to name `files` outputs from `from` on with an alphabet of `base` */
export function suffixLengthFor(files: number, base: number, from: number): number {
  let len = 1;
  for (let cap = base; cap < files + from; cap *= base) len++;
  return len;
}
