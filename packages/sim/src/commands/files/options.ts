/**
 * GNU getopt_long as coreutils and grep use it: short options bundle (`-la`),
 * take their argument attached or as the next word (`-n5`, `-n 5`), long
 * options take `--name=value` or the next word and may be abbreviated to a
 * unique prefix, options and operands mix freely until `--`. Errors come back
 * as the exact text getopt prints (without the program name prefix).
 */

export interface OptionSpec {
  /** what the parsed option is called in `OptionsResult.list` */
  key: string;
  /** single letter, e.g. "l" */
  short?: string;
  /** without dashes, e.g. "recursive" */
  long?: string;
  /** "required": takes a value; "optional": only as --long=value */
  arg?: "required" | "optional";
}

export interface ParsedOption {
  key: string;
  /** undefined for flags */
  value?: string;
}

export type OptionsResult =
  | { ok: true; list: ParsedOption[]; operands: string[] }
  | { ok: false; error: string };

export function parseOptions(argv: readonly string[], specs: readonly OptionSpec[]): OptionsResult {
  const list: ParsedOption[] = [];
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const exact = specs.find((s) => s.long === name);
      const matches = exact ? [exact] : specs.filter((s) => s.long?.startsWith(name));
      const distinct = [...new Set(matches.map((m) => m.key))];
      if (matches.length === 0) return { ok: false, error: `unrecognized option '${a}'` };
      if (distinct.length > 1) {
        const poss = matches.map((m) => `'--${m.long}'`).join(" ");
        return { ok: false, error: `option '${eq < 0 ? a : a.slice(0, eq)}' is ambiguous; possibilities: ${poss}` };
      }
      const spec = matches[0];
      if (eq >= 0) {
        if (!spec.arg) return { ok: false, error: `option '--${spec.long}' doesn't allow an argument` };
        list.push({ key: spec.key, value: a.slice(eq + 1) });
      } else if (spec.arg === "required") {
        if (i + 1 >= argv.length) return { ok: false, error: `option '--${spec.long}' requires an argument` };
        list.push({ key: spec.key, value: argv[++i] });
      } else list.push({ key: spec.key });
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j];
        const spec = specs.find((s) => s.short === ch);
        if (!spec) return { ok: false, error: `invalid option -- '${ch}'` };
        if (spec.arg === "required") {
          if (j + 1 < a.length) list.push({ key: spec.key, value: a.slice(j + 1) });
          else if (i + 1 < argv.length) list.push({ key: spec.key, value: argv[++i] });
          else return { ok: false, error: `option requires an argument -- '${ch}'` };
          break;
        }
        list.push({ key: spec.key });
      }
      continue;
    }
    operands.push(a);
  }
  return { ok: true, list, operands };
}

/** A parsed option list with lookups. */
export class Options {
  constructor(readonly list: ParsedOption[]) {}
  has(key: string): boolean {
    return this.list.some((o) => o.key === key);
  }
  /** the last value given for `key` */
  value(key: string): string | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i].key === key) return this.list[i].value;
    return undefined;
  }
  values(key: string): string[] {
    return this.list.filter((o) => o.key === key).map((o) => o.value ?? "");
  }
  /** which of `keys` came last (for options that override each other, e.g. -l / -1 / -C) */
  last(...keys: string[]): string | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) if (keys.includes(this.list[i].key)) return this.list[i].key;
    return undefined;
  }
}

/**
 * The obsolete `-NUM` option of fold (-w), expand/unexpand (-t) and split
 * (-l): each word `-123` before `--` becomes `-<letter>123`, which getopt
 * then reads like the modern form; unless it is the value of the option
 * before it (`fold -w -3`), among `specs`' options that take one.
 */
export function obsoleteNumberOption(args: readonly string[], letter: string, specs: readonly OptionSpec[]): string[] {
  const end = args.indexOf("--");
  const takesValue = (word: string | undefined): boolean => {
    if (word === undefined) return false;
    if (/^--[^=]+$/.test(word)) {
      const name = word.slice(2);
      return specs.some((s) => s.arg === "required" && s.long?.startsWith(name));
    }
    if (!/^-[^-]/.test(word)) return false;
    // a bundle whose last letter takes a value, with nothing attached to it
    for (let j = 1; j < word.length; j++) {
      const spec = specs.find((s) => s.short === word[j]);
      if (spec?.arg === "required") return j === word.length - 1;
    }
    return false;
  };
  return args.map((a, i) =>
    (end < 0 || i < end) && /^-\d+$/.test(a) && !takesValue(args[i - 1]) ? `-${letter}${a.slice(1)}` : a,
  );
}
