/**
 * GNU getopt_long driven one option at a time, as iptables drives it: the
 * option string starts with "-:" (non-options come back in order as code 1,
 * a missing argument as ":"), and the long-option table grows while parsing
 * (`-m tcp` and `-p tcp --dport` merge the extension's options in front of
 * the older ones). `optind` and the half-read short-option cluster are kept
 * exactly as glibc keeps them, because iptables' messages quote
 * argv[optind - 1] and re-parse an option after loading a protocol match.
 */

export interface LongOption {
  name: string;
  /** 0 none, 1 required, 2 optional (only as --name=value) */
  hasArg: 0 | 1 | 2;
  /** the code returned: a short option letter, or an extension's offset + id */
  val: number | string;
}

export type GetoptResult =
  | { c: string | number; optarg?: string }
  /** no more options */
  | { c: -1 };

export class Getopt {
  optind = 1;
  /** the rest of a short-option cluster being read ("" when none) */
  private nextchar = "";

  constructor(
    readonly argv: string[],
    /** e.g. "A:C:D:L::nv" (without the leading "-:") */
    private readonly shortopts: string,
  ) {}

  next(longopts: readonly LongOption[]): GetoptResult {
    const argv = this.argv;
    if (this.nextchar === "") {
      if (this.optind >= argv.length) return { c: -1 };
      const arg = argv[this.optind];
      if (arg === "--") {
        this.optind++;
        return { c: -1 };
      }
      if (arg[0] !== "-" || arg.length === 1) {
        this.optind++;
        return { c: 1, optarg: arg };
      }
      if (arg.startsWith("--")) return this.long(arg.slice(2), longopts);
      this.nextchar = arg.slice(1);
    }
    const c = this.nextchar[0];
    this.nextchar = this.nextchar.slice(1);
    if (this.nextchar === "") this.optind++;
    const at = this.shortopts.indexOf(c);
    if (at < 0 || c === ":") return { c: "?" };
    const takes = this.shortopts[at + 1] === ":" ? (this.shortopts[at + 2] === ":" ? 2 : 1) : 0;
    if (takes === 0) return { c };
    if (takes === 2) {
      if (this.nextchar !== "") {
        const optarg = this.nextchar;
        this.nextchar = "";
        this.optind++;
        return { c, optarg };
      }
      return { c };
    }
    if (this.nextchar !== "") {
      const optarg = this.nextchar;
      this.nextchar = "";
      this.optind++;
      return { c, optarg };
    }
    if (this.optind >= argv.length) return { c: ":" };
    return { c, optarg: argv[this.optind++] };
  }

  private long(body: string, longopts: readonly LongOption[]): GetoptResult {
    const eq = body.indexOf("=");
    const name = eq < 0 ? body : body.slice(0, eq);
    let found = longopts.find((o) => o.name === name);
    if (!found) {
      const prefixed = longopts.filter((o) => o.name.startsWith(name));
      const distinct = prefixed.filter((o, i) => prefixed.findIndex((p) => p.hasArg === o.hasArg && p.val === o.val) === i);
      if (distinct.length === 1) found = distinct[0];
    }
    this.optind++;
    if (!found || name === "") return { c: "?" };
    if (eq >= 0) {
      if (found.hasArg === 0) return { c: "?" };
      return { c: found.val, optarg: body.slice(eq + 1) };
    }
    if (found.hasArg === 1) {
      if (this.optind >= this.argv.length) return { c: ":" };
      return { c: found.val, optarg: this.argv[this.optind++] };
    }
    return { c: found.val };
  }

  /** iptables' xs_has_arg: the next word exists and starts with neither '-' nor '!' */
  hasArg(): boolean {
    const a = this.argv[this.optind];
    return a !== undefined && a[0] !== "-" && a[0] !== "!";
  }
}

/** what glibc's getopt prints itself (opterr) for an unknown option or a missing argument */
export function getoptMessage(word: string, missingArg: boolean): string {
  if (word.startsWith("--")) return missingArg ? `option '${word}' requires an argument` : `unrecognized option '${word}'`;
  return missingArg ? `option requires an argument -- '${word.slice(-1)}'` : `invalid option -- '${word.slice(-1)}'`;
}
