/**
 * mktemp (GNU coreutils 9.1): create a temporary file (0600) or directory
 * (-d, 0700) from a template whose last run of at least three X's is
 * replaced by letters and digits drawn from the world's seeded generator;
 * print its name. Without a template: tmp.XXXXXXXXXX in $TMPDIR or /tmp.
 * -p DIR / --tmpdir[=DIR] put a relative template in DIR (else $TMPDIR, else
 * /tmp); -t does too but prefers $TMPDIR; --suffix adds text after the X's;
 * -u only prints a name; -q keeps quiet about a failed creation.
 */
import { EMPTY_BYTES } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteLocale } from "./quote.js";

const CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function fail(proc: Process, msg: string): number {
  proc.stderr.write(`mktemp: ${msg}\n`);
  return 1;
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "mktemp", [
    { key: "d", short: "d", long: "directory" },
    { key: "u", short: "u", long: "dry-run" },
    { key: "q", short: "q", long: "quiet" },
    { key: "t", short: "t" },
    { key: "p", short: "p", arg: "required" },
    { key: "p", long: "tmpdir", arg: "optional" },
    { key: "suffix", long: "suffix", arg: "required" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const ops = parsed.operands;
  if (ops.length > 1) return usageError(proc, "mktemp", "too many templates");
  let template = ops[0] ?? "tmp.XXXXXXXXXX";
  // no template means the default one, in the temporary directory
  const useDir = o.has("p") || o.has("t") || ops.length === 0;
  let suffix = o.value("suffix");
  if (suffix === undefined) {
    const lastX = template.lastIndexOf("X");
    suffix = template.slice(lastX + 1);
    template = template.slice(0, lastX + 1);
  } else if (!template.endsWith("X")) return fail(proc, `with --suffix, template ${quoteLocale(template)} must end in X`);
  if (suffix.includes("/")) return fail(proc, `invalid suffix ${quoteLocale(suffix)}, contains directory separator`);
  const xs = /X*$/.exec(template)![0].length;
  if (xs < 3) return fail(proc, `too few X's in template ${quoteLocale(template + suffix)}`);
  if (useDir) {
    const tmpdir = proc.env.TMPDIR || undefined;
    const given = o.values("p").filter((v) => v !== "").pop();
    const dir = (o.has("t") ? tmpdir ?? given : given ?? tmpdir) ?? "/tmp";
    if (o.has("t") && template.includes("/"))
      return fail(proc, `invalid template, ${quoteLocale(template + suffix)}, contains directory separator`);
    if (template.startsWith("/"))
      return fail(proc, `invalid template, ${quoteLocale(template + suffix)}; with --tmpdir, it may not be absolute`);
    template = `${dir.replace(/\/+$/, "")}/${template}`;
  }
  const stem = template.slice(0, template.length - xs);
  const dirMode = o.has("d");
  const what = dirMode ? "directory" : "file";
  const fs = proc.host.fs;
  for (let attempt = 0; attempt < 100; attempt++) {
    proc.budget.charge(1);
    let name = stem;
    for (let i = 0; i < xs; i++) name += CHARS[proc.host.prng.nextU32() % CHARS.length];
    name += suffix;
    const path = proc.resolve(name);
    if (fs.lstat(path).ok) continue;
    if (!o.has("u")) {
      const r = dirMode ? fs.mkdir(path, { mode: 0o700 & ~proc.umask }) : fs.writeFile(path, EMPTY_BYTES, { mode: 0o600 & ~proc.umask });
      if (!r.ok) {
        if (r.errno === "EEXIST") continue;
        return o.has("q") ? 1 : fail(proc, `failed to create ${what} via template ${quoteLocale(template + suffix)}: ${strerror(r.errno)}`);
      }
    }
    proc.stdout.write(`${name}\n`);
    return 0;
  }
  return o.has("q") ? 1 : fail(proc, `failed to create ${what} via template ${quoteLocale(template + suffix)}: File exists`);
}

export const mktemp: Command = {
  name: "mktemp",
  summary: "mktemp - create a temporary file or directory",
  man: `NAME
mktemp - create a temporary file or directory

SYNOPSIS
mktemp [OPTION]... [TEMPLATE]

DESCRIPTION
Create a temporary file or directory, safely, and print its name. TEMPLATE
must contain at least 3 consecutive 'X's in last component. If TEMPLATE is
not specified, use tmp.XXXXXXXXXX, and --tmpdir is implied. Files are
created u+rw, and directories u+rwx, minus umask restrictions.

-d, --directory
       create a directory, not a file

-u, --dry-run
       do not create anything; merely print a name (unsafe)

-q, --quiet
       suppress diagnostics about file/dir-creation failure

--suffix=SUFF
       append SUFF to TEMPLATE; SUFF must not contain a slash

-p DIR, --tmpdir[=DIR]
       interpret TEMPLATE relative to DIR; if DIR is not specified, use
       $TMPDIR if set, else /tmp. With this option, TEMPLATE must not be an
       absolute name.

-t     interpret TEMPLATE as a single file name component, relative to a
       directory: $TMPDIR, if set; else the directory specified via -p; else
       /tmp [deprecated]
`,
  run,
};
