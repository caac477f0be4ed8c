/**
 * Numbers with a size suffix as coreutils reads them (gnulib xstrtoumax /
 * xstrtoimax): "10K" is 10*1024, "2KB" 2*1000, "1MiB" 1024^2, "b" 512 where
 * the program allows it. `valid` lists the suffix letters the program
 * accepts, as the C call site does ("EgGkKmMPtTYZ0" for truncate, "0"
 * meaning the two-letter forms KB/KiB/KD are allowed too). Results are
 * BigInt so that overflow past 2^63-1 is seen, as the C code sees it.
 */

export type SizeParse =
  | { ok: true; value: bigint }
  /** "invalid": not a number or a bad suffix; "overflow": past the type's range (EOVERFLOW in the message) */
  | { ok: false; reason: "invalid" | "overflow" };

export const INTMAX = (1n << 63n) - 1n;
export const UINTMAX = (1n << 64n) - 1n;

const POWER: Record<string, number> = { k: 1, K: 1, m: 2, M: 2, g: 3, G: 3, t: 4, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/**
 * Parse `text` as a base-10 integer with an optional suffix from `valid`.
 * `signed`: a leading '-' is allowed (xstrtoimax); unsigned parsing
 * (xstrtoumax) refuses it. Leading blanks are skipped, as strtol does.
 */
export function parseSize(text: string, valid: string, opts: { signed?: boolean; max?: bigint } = {}): SizeParse {
  const max = opts.max ?? (opts.signed ? INTMAX : UINTMAX);
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d*)(.*)$/s.exec(text)!;
  const [, sign, digits, rest] = m;
  if (sign === "-" && !opts.signed) return { ok: false, reason: "invalid" };
  // no digits: only a bare suffix ("K" is 1024) counts, and only without a sign
  if (digits === "" && (sign !== "" || rest === "" || !valid.includes(rest[0]))) return { ok: false, reason: "invalid" };
  let value = digits === "" ? 1n : BigInt(digits);
  let overflow = value > max + (sign === "-" ? 1n : 0n);
  if (rest !== "") {
    const letter = rest[0];
    if (!valid.includes(letter)) return { ok: false, reason: "invalid" };
    let base = 1024n;
    let used = 1;
    if (valid.includes("0")) {
      if (rest[1] === "i" && rest[2] === "B") used = 3;
      else if (rest[1] === "B" || rest[1] === "D") {
        base = 1000n;
        used = 2;
      }
    }
    let mult: bigint;
    if (letter === "b") mult = 512n;
    else if (letter === "B") mult = 1024n;
    else if (letter === "c") mult = 1n;
    else if (letter === "w") mult = 2n;
    else if (letter in POWER) mult = base ** BigInt(POWER[letter]);
    else return { ok: false, reason: "invalid" };
    if (rest.length > used) return { ok: false, reason: "invalid" };
    value *= mult;
    if (value > max + (sign === "-" ? 1n : 0n)) overflow = true;
  }
  if (overflow) return { ok: false, reason: "overflow" };
  return { ok: true, value: sign === "-" ? -value : value };
}
