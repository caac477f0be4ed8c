/**
 * libxtables' generic option checks for extensions written against its x6
 * API (xtables_option_parse, xtables_options_fcheck), with their messages.
 * A message quotes the first option that has the id, as libxtables looks
 * options up by id (udp's --sport is reported as "--source-port").
 */
import type { Extension, ExtOption, OptionCall, ParseEnv } from "./types.js";

function firstWithId(ext: Extension<unknown>, opt: ExtOption): string {
  return (ext.options.find((o) => o.id === opt.id) ?? opt).name;
}

/** before an x6 extension's own parse: used twice, inverted when it may not be */
export function x6Parse<T>(ext: Extension<T>, call: OptionCall<T>): void {
  const name = firstWithId(ext as Extension<unknown>, call.opt);
  if (!call.opt.multi && call.xflags & (1 << call.opt.id)) call.env.fail(`${ext.name}: option "--${name}" can only be used once.\n`);
  if (call.invert && !call.opt.invert) call.env.fail(`${ext.name}: option "--${name}" cannot be inverted.\n`);
}

/** after parsing: mandatory options present */
export function x6Check<T>(ext: Extension<T>, xflags: number, env: ParseEnv): void {
  for (const o of ext.options) {
    if (o.mand && !(xflags & (1 << o.id))) env.fail(`${ext.name}: option "--${o.name}" must be specified\n`);
    if (!(xflags & (1 << o.id)) || !o.excl) continue;
    for (let i = 0; i < 32; i++) {
      const other = i === o.id ? undefined : ext.options.find((x) => x.id === i);
      if (other && o.excl & (1 << i) && xflags & (1 << i))
        env.fail(`${ext.name}: option "--${o.name}" cannot be used together with "--${other.name}".\n`);
    }
  }
}

/** xtables_strtoul with base 0 as strtoumax reads it: 0x.. hex, 0.. octal, leading blanks, no minus */
export function strtoul(s: string): { value: number; rest: string } | undefined {
  const m = /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m || /^\s*-/.test(s)) return undefined;
  const digits = m[1];
  const value = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.length > 1 && digits[0] === "0" ? parseInt(digits, 8) : Number(digits);
  return { value, rest: s.slice(m[0].length) };
}

/** xtables_strtoui(s, NULL, &v, min, max): the whole string is a number in range */
export function strtouiWhole(s: string, min: number, max: number): number | undefined {
  const r = strtoul(s);
  if (!r || r.rest !== "" || r.value < min || r.value > max) return undefined;
  return r.value;
}
