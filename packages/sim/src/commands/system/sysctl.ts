/**
 * sysctl(8) from procps-ng 4.0.2: read, write and list kernel parameters
 * under /proc/sys through the kernel's sysctl API (the same values
 * /proc/sys shows), load files (-p, --system). Messages and exit statuses
 * as recorded on Debian 12.
 */
import type { Process } from "../../process/process.js";
import type { Command, CompletionContext } from "../types.js";
import { STRERROR } from "../../kernel/errno.js";
import { translateRegex } from "../files/regex.js";
import { BoundedRegExp, RegexSyntaxError } from "../files/regex-machine.js";
import { parseSysctlConf, readText, sysctlDFiles } from "./sysctl-conf.js";

const USAGE = `
Usage:
 sysctl [options] [variable[=value] ...]

Options:
  -a, --all            display all variables
  -A                   alias of -a
  -X                   alias of -a
      --deprecated     include deprecated parameters to listing
      --dry-run        Print the key and values but do not write
  -b, --binary         print value without new line
  -e, --ignore         ignore unknown variables errors
  -N, --names          print variable names without values
  -n, --values         print only values of the given variable(s)
  -p, --load[=<file>]  read values from file
  -f                   alias of -p
      --system         read values from all system directories
  -r, --pattern <expression>
                       select setting that match expression
  -q, --quiet          do not echo variable set
  -w, --write          enable writing a value to variable
  -o                   does nothing
  -x                   does nothing
  -d                   alias of -h

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see sysctl(8).
`;

interface Opts {
  all: boolean;
  binary: boolean;
  ignore: boolean;
  names: boolean;
  values: boolean;
  quiet: boolean;
  write: boolean;
  dryRun: boolean;
  system: boolean;
  /** -p given: files to load (none = /etc/sysctl.conf) */
  load?: string[];
  pattern?: string;
}

/** the dotted key of a name written with dots or slashes */
function keyOf(name: string): string {
  return name.replace(/^\/?proc\/sys\//, "").replaceAll("/", ".");
}

/** sorted as readdir + qsort per directory gives them: component by component */
function compareKeys(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  return pa.length - pb.length;
}

class Sysctl {
  status = 0;
  constructor(
    readonly proc: Process,
    readonly o: Opts,
  ) {}

  private names(): string[] {
    return this.proc.host.kernel.sysctlNames().sort(compareKeys);
  }

  /** the compiled -r pattern; null when it does not compile */
  private patternRe: BoundedRegExp | null | undefined;

  /** -r takes an extended regular expression (regcomp REG_EXTENDED); one that does not compile matches nothing */
  private matches(pattern: string, key: string): boolean {
    if (this.patternRe === undefined) {
      const t = translateRegex(pattern, true);
      this.patternRe = null;
      if (t.ok) {
        try {
          this.patternRe = new BoundedRegExp(t.source, "u", (n) => this.proc.budget.charge(n));
        } catch (e) {
          if (!(e instanceof RegexSyntaxError)) throw e;
        }
      }
    }
    return this.patternRe !== null && this.patternRe.test(key);
  }

  private show(key: string, value: string): void {
    const { o, proc } = this;
    if (o.pattern !== undefined && !this.matches(o.pattern, key)) return;
    if (o.names) proc.stdout.write(`${key}\n`);
    else if (o.values) proc.stdout.write(o.binary ? value : `${value}\n`);
    else proc.stdout.write(o.binary ? `${key} = ${value}` : `${key} = ${value}\n`);
  }

  read(name: string): void {
    const key = keyOf(name);
    const k = this.proc.host.kernel;
    const v = k.sysctlGet(key);
    if (v.ok) return this.show(key, v.value);
    // a directory of the tree: everything under it
    const under = this.names().filter((n) => n.startsWith(`${key}.`));
    if (under.length > 0 && key !== "") {
      for (const n of under) this.show(n, k.sysctlGet(n).ok ? (k.sysctlGet(n) as { value: string }).value : "");
      return;
    }
    if (!this.o.ignore) {
      this.proc.stderr.write(`sysctl: cannot stat /proc/sys/${key.replaceAll(".", "/")}: No such file or directory\n`);
      this.status = 1;
    }
  }

  /** one `key=value` write; `echoValue` is what procps prints back: the value as given */
  write(keyText: string, value: string): void {
    const key = keyOf(keyText.trim());
    const k = this.proc.host.kernel;
    if (!k.sysctlGet(key).ok) {
      if (!this.o.ignore) {
        this.proc.stderr.write(`sysctl: cannot stat /proc/sys/${key.replaceAll(".", "/")}: No such file or directory\n`);
        this.status = 1;
      }
      return;
    }
    if (!this.o.dryRun) {
      // a read-only key (mode 0444: kernel.osrelease, nf_conntrack_count): procps words it EINVAL and goes on, status untouched
      if (!k.sysctlWritable(key)) {
        this.proc.stderr.write(`sysctl: setting key "${key}": ${STRERROR.EINVAL}\n`);
        return;
      }
      const r = value === "" ? ({ ok: false, errno: "EINVAL" } as const) : k.sysctlSet(key, value);
      if (!r.ok) {
        this.proc.stderr.write(`sysctl: setting key "${key}": ${STRERROR[r.errno]}\n`);
        this.status = 1;
        return;
      }
    }
    if (!this.o.quiet) this.show(key, value);
  }

  all(): void {
    for (const n of this.names()) {
      const v = this.proc.host.kernel.sysctlGet(n);
      if (v.ok) this.show(n, v.value);
    }
  }

  /** -p: parse every file first (syntax errors), then write in order */
  load(files: string[], announce: boolean): void {
    const fs = this.proc.host.fs;
    const queued: { key: string; value: string }[] = [];
    for (const path of files) {
      const text = path === "-" ? this.proc.stdin.text() : readText(fs, path);
      if (text === undefined) {
        const st = fs.stat(path);
        const errno = st.ok ? "EISDIR" : st.errno;
        this.proc.stderr.write(`sysctl: cannot open "${path}": ${STRERROR[errno]}\n`);
        this.status = 1;
        continue;
      }
      if (announce && !this.o.quiet) this.proc.stdout.write(`* Applying ${path} ...\n`);
      const parsed = parseSysctlConf(text);
      for (const n of parsed.invalid) {
        this.proc.stderr.write(`sysctl: ${path}(${n}): invalid syntax, continuing...\n`);
        this.status = 1;
      }
      queued.push(...parsed.settings);
    }
    for (const s of queued) this.write(s.key, s.value);
  }
}


function run(proc: Process): number {
  const o: Opts = { all: false, binary: false, ignore: false, names: false, values: false, quiet: false, write: false, dryRun: false, system: false };
  const args = proc.argv.slice(1);
  const vars: string[] = [];
  if (args.length === 0) {
    proc.stderr.write(USAGE);
    return 1;
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      const [n, v] = a.slice(2).split(/=(.*)/s, 2);
      if (n === "all") o.all = true;
      else if (n === "binary") o.binary = true;
      else if (n === "ignore") o.ignore = true;
      else if (n === "names") o.names = true;
      else if (n === "values") o.values = true;
      else if (n === "quiet") o.quiet = true;
      else if (n === "write") o.write = true;
      else if (n === "dry-run") o.dryRun = true;
      else if (n === "system") o.system = true;
      else if (n === "deprecated") continue;
      else if (n === "load") o.load = v ? [v] : (o.load ?? []);
      else if (n === "pattern") o.pattern = v ?? args[++i];
      else if (n === "help") {
        proc.stdout.write(USAGE);
        return 0;
      } else if (n === "version") {
        proc.stdout.write("sysctl from procps-ng 4.0.2\n");
        return 0;
      } else {
        proc.stderr.write(`sysctl: unrecognized option '${a}'\n${USAGE}`);
        return 1;
      }
      continue;
    }
    if (!a.startsWith("-") || a === "-") {
      vars.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === "a" || c === "A" || c === "X") o.all = true;
      else if (c === "b") o.binary = true;
      else if (c === "e") o.ignore = true;
      else if (c === "N") o.names = true;
      else if (c === "n") o.values = true;
      else if (c === "q") o.quiet = true;
      else if (c === "w") o.write = true;
      else if (c === "o" || c === "x") continue;
      else if (c === "p" || c === "f") {
        // an optional argument only when attached: -p/etc/file
        const rest = a.slice(j + 1);
        o.load = rest ? [rest] : (o.load ?? []);
        break;
      } else if (c === "r") {
        o.pattern = a.slice(j + 1) || args[++i];
        break;
      } else if (c === "h" || c === "d") {
        proc.stdout.write(USAGE);
        return 0;
      } else if (c === "V") {
        proc.stdout.write("sysctl from procps-ng 4.0.2\n");
        return 0;
      } else {
        proc.stderr.write(`sysctl: invalid option -- '${c}'\n${USAGE}`);
        return 1;
      }
    }
  }
  const s = new Sysctl(proc, o);
  if (o.system) {
    // procps 4: the sysctl.d files in name order, then /etc/sysctl.conf
    const files = sysctlDFiles(proc.host.fs);
    if (proc.host.fs.stat("/etc/sysctl.conf").ok) files.push("/etc/sysctl.conf");
    s.load(files, true);
    return s.status;
  }
  if (o.load !== undefined) {
    s.load(o.load.length > 0 ? o.load : vars.length > 0 ? vars : ["/etc/sysctl.conf"], false);
    return s.status;
  }
  if (o.all) {
    s.all();
    return s.status;
  }
  if (vars.length === 0) {
    proc.stderr.write("sysctl: no variables specified\nTry `sysctl --help' for more information.\n");
    return 1;
  }
  for (const v of vars) {
    const eq = v.indexOf("=");
    if (eq >= 0) s.write(v.slice(0, eq), v.slice(eq + 1).trim());
    else if (o.write) {
      proc.stderr.write("sysctl: command line(0): invalid syntax, continuing...\n");
      s.status = 1;
    } else s.read(v);
  }
  return s.status;
}

function complete(c: CompletionContext): string[] {
  if (c.current.startsWith("-")) return ["-a", "-w", "-p", "-n", "-q", "-e", "--system"].filter((o) => o.startsWith(c.current));
  return ["net.ipv4.ip_forward", "net.ipv4.conf.all.forwarding", "net.ipv6.conf.all.forwarding"].filter((o) => o.startsWith(c.current));
}

export const sysctl: Command = {
  name: "sysctl",
  summary: "sysctl - configure kernel parameters at runtime",
  man: `SYSCTL(8)                     System Administration                    SYSCTL(8)

NAME
       sysctl - configure kernel parameters at runtime

SYNOPSIS
       sysctl [options] [variable[=value]] [...]
       sysctl -p [file or regexp] [...]

DESCRIPTION
       sysctl is used to modify kernel parameters at runtime. The parameters
       available are those listed under /proc/sys/. Procfs is required for
       sysctl support in Linux. You can use sysctl to both read and write
       sysctl data.

PARAMETERS
       variable
              The name of a key to read from. An example is
              kernel.ostype. The '/' separator is also accepted in place of
              a '.'.

       variable=value
              To set a key, use the form variable=value where variable is
              the key and value is the value to set it to.

       -n, --values
              Use this option to disable printing of the key name when
              printing values.

       -e, --ignore
              Use this option to ignore errors about unknown keys.

       -q, --quiet
              Use this option to not display the values set to stdout.

       -w, --write
              Force all arguments to be write arguments and print an error
              if they cannot be parsed this way.

       -p[FILE], --load[=FILE]
              Load in sysctl settings from the file specified or
              /etc/sysctl.conf if none given.

       -a, --all
              Display all values currently available.

       --system
              Load settings from all system configuration files:
              /etc/sysctl.d/*.conf, /run/sysctl.d/*.conf,
              /usr/local/lib/sysctl.d/*.conf, /usr/lib/sysctl.d/*.conf,
              /lib/sysctl.d/*.conf, /etc/sysctl.conf

EXAMPLES
       /sbin/sysctl -a
       /sbin/sysctl -n kernel.hostname
       /sbin/sysctl -w net.ipv4.ip_forward=1
       /sbin/sysctl -p/etc/sysctl.conf
       /sbin/sysctl --system

FILES
       /proc/sys
       /etc/sysctl.d/*.conf
       /etc/sysctl.conf

SEE ALSO
       sysctl.conf(5)

procps-ng                         2023-08-19                         SYSCTL(8)
`,
  run,
  complete,
};
