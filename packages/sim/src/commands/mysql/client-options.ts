/**
 * Option parsing as MariaDB's clients do it (my_getopt): `-uroot` / `-u root`
 * / `--user=root` / `--user root`, bundled flags (`-Ns`), `-p` whose value
 * must be attached (`-psecret`; a bare `-p` asks for the password), long
 * option prefixes, `--skip-X` for booleans. Errors use the real texts:
 * "unknown option '--foo'" (exit 2), "option '-e' requires an argument"
 * (exit 5).
 */
export interface OptionSpec {
  long: string;
  short?: string;
  /** "none": a flag; "required": takes a value; "optional": value only when attached (-pX, --password=X) */
  arg: "none" | "required" | "optional";
}

export interface ParsedOptions {
  /** by long name; flags count how often they were given (-vvv = 3) */
  values: Map<string, string[]>;
  positional: string[];
}

export type ParseResult = ParsedOptions | { error: string; exit: number };

export function parseClientOptions(prog: string, argv: string[], specs: OptionSpec[]): ParseResult {
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  const add = (name: string, v: string) => {
    const list = values.get(name) ?? [];
    list.push(v);
    values.set(name, list);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      let name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const attached = eq < 0 ? undefined : a.slice(eq + 1);
      name = name.replace(/_/g, "-");
      let negate = false;
      let spec = specs.find((s) => s.long === name);
      if (!spec && name.startsWith("skip-")) {
        spec = specs.find((s) => s.long === name.slice(5) && s.arg === "none");
        negate = !!spec;
      }
      if (!spec) {
        const prefixed = specs.filter((s) => s.long.startsWith(name));
        if (prefixed.length === 1) spec = prefixed[0];
      }
      if (!spec) return { error: `${prog}: unknown option '--${name}'`, exit: 2 };
      if (spec.arg === "none") {
        if (negate) values.delete(spec.long);
        else add(spec.long, attached ?? "1");
        continue;
      }
      if (attached !== undefined) add(spec.long, attached);
      else if (spec.arg === "optional") add(spec.long, "\u0000ask");
      else if (i + 1 < argv.length) add(spec.long, argv[++i]);
      else return { error: `${prog}: option '--${spec.long}' requires an argument`, exit: 5 };
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        const spec = specs.find((s) => s.short === c);
        if (!spec) return { error: `${prog}: unknown option '-${c}'`, exit: 2 };
        if (spec.arg === "none") {
          add(spec.long, "1");
          continue;
        }
        const rest = a.slice(k + 1);
        if (rest !== "") add(spec.long, rest);
        else if (spec.arg === "optional") add(spec.long, "\u0000ask");
        else if (i + 1 < argv.length) add(spec.long, argv[++i]);
        else return { error: `${prog}: option '-${c}' requires an argument`, exit: 5 };
        break;
      }
      continue;
    }
    positional.push(a);
  }
  return { values, positional };
}

/** the last value given for an option */
export function last(p: ParsedOptions, name: string): string | undefined {
  const v = p.values.get(name);
  return v ? v[v.length - 1] : undefined;
}

export function count(p: ParsedOptions, name: string): number {
  return p.values.get(name)?.length ?? 0;
}

/** the options both clients share: connection and credentials */
export const CONNECTION_OPTIONS: OptionSpec[] = [
  { long: "user", short: "u", arg: "required" },
  { long: "password", short: "p", arg: "optional" },
  { long: "host", short: "h", arg: "required" },
  { long: "port", short: "P", arg: "required" },
  { long: "socket", short: "S", arg: "required" },
  { long: "protocol", arg: "required" },
  { long: "default-character-set", arg: "required" },
  { long: "help", short: "?", arg: "none" },
  { long: "version", short: "V", arg: "none" },
  { long: "verbose", short: "v", arg: "none" },
  { long: "compress", short: "C", arg: "none" },
  { long: "ssl", arg: "none" },
  { long: "no-defaults", arg: "none" },
];

/** The password to send: -pX / --password=X, or read for a bare -p (ask); undefined when none. */
export interface PasswordSource {
  value?: string;
  ask: boolean;
}

export function passwordOption(p: ParsedOptions): PasswordSource {
  const v = last(p, "password");
  if (v === undefined) return { ask: false };
  if (v === "\u0000ask") return { ask: true };
  return { value: v, ask: false };
}
