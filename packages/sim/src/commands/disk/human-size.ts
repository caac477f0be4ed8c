/**
 * Sizes as util-linux prints them (lib/strutils.c size_to_human_string):
 * powers of 1024 with one letter ("19G", "975M", "1K") or with a space
 * and "iB" ("20 GiB"), one decimal rounded half up, a trailing ".0" never
 * shown.
 */
export function humanSize(bytes: number, opts: { space?: boolean; iec?: boolean } = {}): string {
  const letters = "BKMGTPE";
  let exp = 0;
  for (let shft = 10; shft <= 60; shft += 10) {
    if (bytes < 2 ** shft) break;
    exp = shft;
  }
  const unit = 2 ** exp;
  let dec = Math.floor(bytes / unit);
  let frac = exp ? bytes - dec * unit : 0;
  const c = letters[exp / 10];
  const suffix = `${opts.space ? " " : ""}${c}${opts.iec && c !== "B" ? "iB" : ""}`;
  if (frac) {
    frac = Math.floor((frac * 1000) / unit);
    frac = Math.floor((frac + 50) / 100) * 10;
    if (frac === 100 || frac === 10 * 10) {
      dec++;
      frac = 0;
    }
  }
  if (frac) return `${dec}.${String(frac).padStart(2, "0").replace(/0$/, "")}${suffix}`;
  return `${dec}${suffix}`;
}
