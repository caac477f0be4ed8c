/**
 * GNU tar's command line: an optional first word of old-style letters
 * (`czvf a.tgz`: letters that take an argument consume the following words
 * in order), then getopt_long with options and operands mixed. `-C DIR` is
 * positional: it applies to the operands after it, so the parse keeps the
 * order of operands and directory changes.
 */
export type TarMode = "c" | "x" | "t";

export interface TarArgs {
  mode?: TarMode;
  /** more than one of c/x/t was given */
  modeConflict: boolean;
  file?: string;
  gzip: boolean;
  verbose: boolean;
  toStdout: boolean;
  help: boolean;
  version: boolean;
  /** operands, each with the -C directory in force where it appeared (undefined: the cwd) */
  operands: { name: string; dir?: string }[];
  /** the last -C given, for extraction and listing */
  lastDir?: string;
}

export type TarParse = { ok: true; args: TarArgs } | { ok: false; error: string; status: number };

const FLAGS: Record<string, (a: TarArgs) => void> = {
  z: (a) => (a.gzip = true),
  v: (a) => (a.verbose = true),
  O: (a) => (a.toStdout = true),
  p: () => {},
};
const LONG_FLAGS: Record<string, string> = {
  create: "c",
  extract: "x",
  get: "x",
  list: "t",
  gzip: "z",
  gunzip: "z",
  ungzip: "z",
  verbose: "v",
  "to-stdout": "O",
  "preserve-permissions": "p",
  "same-permissions": "p",
};
const WITH_ARG = new Set(["f", "C"]);
const LONG_WITH_ARG: Record<string, string> = { file: "f", directory: "C" };

function setMode(a: TarArgs, m: TarMode): void {
  if (a.mode && a.mode !== m) a.modeConflict = true;
  a.mode = m;
}

function apply(a: TarArgs, letter: string, value: string | undefined): void {
  if (letter === "c" || letter === "x" || letter === "t") setMode(a, letter);
  else if (letter === "f") a.file = value;
  else if (letter === "C") {
    a.lastDir = value;
    a.operands.push({ name: "", dir: value });
  } else FLAGS[letter]?.(a);
}

const isLetter = (ch: string) => ch in FLAGS || WITH_ARG.has(ch) || ch === "c" || ch === "x" || ch === "t";

export function parseTarArgs(argv: readonly string[]): TarParse {
  const a: TarArgs = { modeConflict: false, gzip: false, verbose: false, toStdout: false, help: false, version: false, operands: [] };
  let i = 0;
  if (argv.length > 0 && !argv[0].startsWith("-")) {
    // old-style cluster
    const word = argv[0];
    i = 1;
    for (const ch of word) {
      if (!isLetter(ch)) return { ok: false, error: `invalid option -- '${ch}'`, status: 64 };
      if (WITH_ARG.has(ch)) {
        if (i >= argv.length) return { ok: false, error: `Old option '${ch}' requires an argument.`, status: 2 };
        apply(a, ch, argv[i++]);
      } else apply(a, ch, undefined);
    }
  }
  for (; i < argv.length; i++) {
    const w = argv[i];
    if (w === "--") {
      for (const rest of argv.slice(i + 1)) a.operands.push({ name: rest });
      break;
    }
    if (w.startsWith("--")) {
      const eq = w.indexOf("=");
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      if (name === "help") a.help = true;
      else if (name === "version") a.version = true;
      else if (name in LONG_FLAGS) {
        if (eq >= 0) return { ok: false, error: `option '--${name}' doesn't allow an argument`, status: 64 };
        apply(a, LONG_FLAGS[name], undefined);
      } else if (name in LONG_WITH_ARG) {
        const value = eq >= 0 ? w.slice(eq + 1) : argv[i + 1];
        if (eq < 0) {
          if (i + 1 >= argv.length) return { ok: false, error: `option '--${name}' requires an argument`, status: 64 };
          i++;
        }
        apply(a, LONG_WITH_ARG[name], value);
      } else return { ok: false, error: `unrecognized option '${w}'`, status: 64 };
      continue;
    }
    if (w.startsWith("-") && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const ch = w[j];
        if (!isLetter(ch)) return { ok: false, error: `invalid option -- '${ch}'`, status: 64 };
        if (WITH_ARG.has(ch)) {
          let value: string;
          if (j + 1 < w.length) value = w.slice(j + 1);
          else if (i + 1 < argv.length) value = argv[++i];
          else return { ok: false, error: `option requires an argument -- '${ch}'`, status: 64 };
          apply(a, ch, value);
          break;
        }
        apply(a, ch, undefined);
      }
      continue;
    }
    a.operands.push({ name: w });
  }
  // a -C entry carries its directory to the operands after it
  const out: { name: string; dir?: string }[] = [];
  let dir: string | undefined;
  for (const o of a.operands) {
    if (o.name === "" && o.dir !== undefined) dir = o.dir;
    else out.push({ name: o.name, dir });
  }
  a.operands = out;
  return { ok: true, args: a };
}
