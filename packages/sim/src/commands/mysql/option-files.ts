/**
 * MariaDB's option files as a client reads them (mysys/my_default.c,
 * load_defaults): /etc/my.cnf, /etc/mysql/my.cnf, then ~/.my.cnf, or only
 * the file given by --defaults-file=, with --defaults-extra-file= read after
 * the global ones and --no-defaults reading none. Only the program's groups
 * count (`[client]`, `[mysqladmin]`, ...); `key = value` lines become
 * `--key=value` options placed before the command line's, so that the
 * command line wins. `!include FILE` and `!includedir DIR` (its *.cnf files
 * in name order) are followed. A missing file is skipped, as the real
 * clients do, except the one --defaults-file names.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";

export interface DefaultsResult {
  /** the options from the files, as `--name=value`, then the command line without the defaults options */
  argv: string[];
  /** the `--name=value` options that came from files (an unknown one is "unknown variable", not "unknown option") */
  fromFiles: Set<string>;
}

export type DefaultsError = { error: string; exit: number };

const DEFAULT_FILES = ["/etc/my.cnf", "/etc/mysql/my.cnf", "~/.my.cnf"];

function readText(proc: Process, path: string): string | undefined {
  const r = proc.host.fs.readFile(path);
  return r.ok ? utf8Decode(r.value) : undefined;
}

/** a value as my_default.c unquotes it: surrounding quotes go, \n \t \\ \s are escapes */
function unquote(v: string): string {
  let s = v.trim();
  if (s.length >= 2 && (s[0] === "'" || s[0] === '"') && s[s.length - 1] === s[0]) s = s.slice(1, -1);
  return s.replace(/\\([ntrbs\\])/g, (_, c: string) => ({ n: "\n", t: "\t", r: "\r", b: "\b", s: " ", "\\": "\\" })[c] ?? c);
}

function parseFile(proc: Process, path: string, groups: string[], out: string[], depth: number): void {
  const text = readText(proc, path);
  if (text === undefined || depth > 10) return;
  let inGroup = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line[0] === "#" || line[0] === ";") continue;
    if (line.startsWith("!include ")) {
      parseFile(proc, line.slice(9).trim(), groups, out, depth + 1);
      continue;
    }
    if (line.startsWith("!includedir ")) {
      const dir = line.slice(12).trim().replace(/\/+$/, "");
      const list = proc.host.fs.readdir(dir);
      if (list.ok) {
        for (const name of [...list.value].filter((n) => n.endsWith(".cnf")).sort()) parseFile(proc, `${dir}/${name}`, groups, out, depth + 1);
      }
      continue;
    }
    const group = /^\[\s*([^\]]*?)\s*\]/.exec(line);
    if (group) {
      inGroup = groups.includes(group[1].toLowerCase());
      continue;
    }
    if (!inGroup) continue;
    // an end-of-line comment starts at " #" outside quotes; keep it simple: only after the value
    const eq = line.indexOf("=");
    const name = (eq < 0 ? line : line.slice(0, eq)).trim().replace(/_/g, "-");
    if (eq < 0) out.push(`--${name}`);
    else out.push(`--${name}=${unquote(line.slice(eq + 1).replace(/\s+#.*$/, ""))}`);
  }
}

/**
 * The argument list as the program sees it after load_defaults: the
 * defaults options must come first on the command line (--no-defaults,
 * --defaults-file=, --defaults-extra-file=, --print-defaults).
 */
export function loadDefaults(proc: Process, args: string[], groups: string[]): DefaultsResult | DefaultsError {
  let noDefaults = false;
  let defaultsFile: string | undefined;
  let extraFile: string | undefined;
  let k = 0;
  for (; k < args.length; k++) {
    const a = args[k];
    if (a === "--no-defaults") noDefaults = true;
    else if (a.startsWith("--defaults-file=")) defaultsFile = a.slice(16);
    else if (a.startsWith("--defaults-extra-file=")) extraFile = a.slice(22);
    else break;
  }
  const rest = args.slice(k);
  if (noDefaults) return { argv: rest, fromFiles: new Set() };
  const home = proc.env.HOME ?? "/root";
  const expand = (p: string) => proc.resolve(p.startsWith("~/") ? `${home}${p.slice(1)}` : p);
  const out: string[] = [];
  if (defaultsFile !== undefined) {
    const path = expand(defaultsFile);
    if (readText(proc, path) === undefined) {
      return { error: `Could not open required defaults file: ${path}\nFatal error in defaults handling. Program aborted`, exit: 1 };
    }
    parseFile(proc, path, groups, out, 0);
  } else {
    for (const f of DEFAULT_FILES) {
      if (f.startsWith("~/") && extraFile !== undefined) parseFile(proc, expand(extraFile), groups, out, 0);
      parseFile(proc, expand(f), groups, out, 0);
    }
  }
  return { argv: [...out, ...rest], fromFiles: new Set(out) };
}
