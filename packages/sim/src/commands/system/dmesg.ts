/**
 * dmesg(1) from util-linux 2.38.1 as Debian 12 ships it: the kernel log
 * (Kernel.logRecords: the records printk keeps, stamped since boot) or a
 * syslog(2)-format file (-F), filtered by level (-l) and facility (-f, -k,
 * -u), printed with the chosen time format (-T ctime from the virtual wall
 * clock at boot, -e/-H reltime, -d deltas, -t none, --time-format),
 * decoded (-x) or raw (-r), coloured on a terminal as the real tool does.
 * -C clears, -c reads then clears (SYSLOG_ACTION_CLEAR: the records stay
 * in the buffer, readers start after them).
 *
 * Permissions: with kernel.dmesg_restrict=1 (Debian's default) only root
 * may read; anyone else gets "read kernel buffer failed: Operation not
 * permitted", and clearing or console control always needs root. The
 * simulation's processes carry no credentials of their own: the login
 * shell's USER says who runs the command (root in every lab today).
 *
 * Not simulated (each says so): -w/-W (waiting for messages), -J, --since,
 * --until. -H prints as -e with colours and no pager. Texts and exit
 * statuses recorded in fixtures/dmesg/ (rec.sh).
 */
import { utf8Decode } from "../../bytes.js";
import { STRERROR } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";
import { type OptionSpec, parseOptions } from "../files/options.js";
import type { Command } from "../types.js";
import { processZone } from "../files/file-time.js";
import { type DmesgControl, type DmesgRecord, DmesgPrinter, FACILITY_NAMES, LEVEL_NAMES, type TimeFormat } from "./dmesg-format.js";
import { DMESG_HELP, DMESG_MAN } from "./dmesg-man.js";

const SPECS: OptionSpec[] = [
  { key: "C", short: "C", long: "clear" },
  { key: "c", short: "c", long: "read-clear" },
  { key: "D", short: "D", long: "console-off" },
  { key: "E", short: "E", long: "console-on" },
  { key: "F", short: "F", long: "file", arg: "required" },
  { key: "f", short: "f", long: "facility", arg: "required" },
  { key: "H", short: "H", long: "human" },
  { key: "J", short: "J", long: "json" },
  { key: "k", short: "k", long: "kernel" },
  { key: "L", short: "L", long: "color", arg: "optional" },
  { key: "l", short: "l", long: "level", arg: "required" },
  { key: "n", short: "n", long: "console-level", arg: "required" },
  { key: "P", short: "P", long: "nopager" },
  { key: "p", short: "p", long: "force-prefix" },
  { key: "r", short: "r", long: "raw" },
  { key: "noescape", long: "noescape" },
  { key: "S", short: "S", long: "syslog" },
  { key: "s", short: "s", long: "buffer-size", arg: "required" },
  { key: "u", short: "u", long: "userspace" },
  { key: "w", short: "w", long: "follow" },
  { key: "W", short: "W", long: "follow-new" },
  { key: "x", short: "x", long: "decode" },
  { key: "d", short: "d", long: "show-delta" },
  { key: "e", short: "e", long: "reltime" },
  { key: "T", short: "T", long: "ctime" },
  { key: "t", short: "t", long: "notime" },
  { key: "time-format", long: "time-format", arg: "required" },
  { key: "since", long: "since", arg: "required" },
  { key: "until", long: "until", arg: "required" },
  { key: "h", short: "h", long: "help" },
  { key: "V", short: "V", long: "version" },
];

/** the long name err_exclusive_options prints for an option letter */
const LONG_OF: Record<string, string> = Object.fromEntries(SPECS.filter((s) => s.short).map((s) => [s.short!, s.long!]));

/** util-linux 2.38.1's excl[]: options of one row cannot be combined */
const EXCLUSIVE = [["C", "D", "E", "c", "n", "r"], ["H", "r"], ["L", "r"], ["S", "w"], ["T", "r"], ["d", "r"], ["e", "r"], ["r", "x"], ["r", "t"]];

class Exit {
  constructor(readonly status: number) {}
}

/**
 * -L takes its argument only attached ("-Lalways", "-L=always"); the shared
 * getopt knows optional arguments in the long form only, so the short form
 * is rewritten to it.
 */
function expandColorShort(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") return out.concat(args.slice(i));
    const at = a.startsWith("-") && !a.startsWith("--") ? a.indexOf("L") : -1;
    if (at < 1) {
      out.push(a);
      continue;
    }
    // an earlier letter that takes an argument swallows the rest of the word
    const before = a.slice(1, at);
    if ([...before].some((ch) => SPECS.find((s) => s.short === ch)?.arg === "required")) {
      out.push(a);
      continue;
    }
    if (before) out.push(`-${before}`);
    const rest = a.slice(at + 1);
    out.push(rest ? `--color=${rest}` : "--color");
  }
  return out;
}

class Dmesg {
  private levels?: Set<number>;
  private facilities?: Set<number>;
  private decode = false;
  private raw = false;
  private forcePrefix = false;
  private delta = false;
  private time: TimeFormat = "time";
  private colormode: "undef" | "auto" | "always" | "never" = "undef";
  private action: "read" | "read-clear" | "clear" | "console" = "read";
  private file?: string;

  constructor(readonly proc: Process) {}

  private die(msg: string): never {
    this.proc.stderr.write(`dmesg: ${msg}\n`);
    throw new Exit(1);
  }

  private tryHelp(msg: string): never {
    this.proc.stderr.write(`dmesg: ${msg}\nTry 'dmesg --help' for more information.\n`);
    throw new Exit(1);
  }

  /** string_to_bitarray over parse_level / parse_facility: the message quotes the list from the bad item on */
  private list(arg: string, names: string[], what: "level" | "facility"): Set<number> {
    const out = new Set<number>();
    let at = 0;
    while (at < arg.length) {
      const end = arg.indexOf(",", at) < 0 ? arg.length : arg.indexOf(",", at);
      const item = arg.slice(at, end);
      let n = -1;
      if (/^\d/.test(item)) n = /^\d+$/.test(item) && Number(item) < names.length ? Number(item) : -1;
      else n = names.findIndex((x) => x === item.toLowerCase());
      if (n < 0) this.die(`unknown ${what} '${arg.slice(at)}'`);
      out.add(n);
      at = end + 1;
    }
    return out;
  }

  run(): number {
    const proc = this.proc;
    const r = parseOptions(expandColorShort(proc.argv.slice(1)), SPECS);
    if (!r.ok) this.tryHelp(r.error);
    const seen = EXCLUSIVE.map(() => "");
    let unsupported: string | undefined;
    for (const o of r.list) {
      EXCLUSIVE.forEach((row, i) => {
        if (!row.includes(o.key)) return;
        if (seen[i] && seen[i] !== o.key) this.die(`mutually exclusive arguments: ${row.map((k) => `--${LONG_OF[k]}`).join(" ")}`);
        seen[i] = o.key;
      });
      const v = o.value ?? "";
      switch (o.key) {
        case "C":
          this.action = "clear";
          break;
        case "c":
          this.action = "read-clear";
          break;
        case "D":
        case "E":
          this.action = "console";
          break;
        case "n":
          this.action = "console";
          // parse_level without a length: 1..8, or a name
          if (!(/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 8) && !LEVEL_NAMES.includes(v.toLowerCase())) this.die(`unknown level '${v}'`);
          break;
        case "d":
          this.delta = true;
          break;
        case "e":
          this.time = "reltime";
          break;
        case "H":
          this.time = "reltime";
          this.colormode = "auto";
          break;
        case "T":
          this.time = "ctime";
          break;
        case "t":
          this.time = "none";
          break;
        case "time-format": {
          const f: Record<string, TimeFormat> = { notime: "none", ctime: "ctime", delta: "delta", reltime: "reltime", iso: "iso" };
          if (!(v in f)) this.die(`unknown time format: ${v}`);
          this.time = f[v];
          break;
        }
        case "F":
          this.file = v;
          break;
        case "f":
          this.facilities = this.list(v, FACILITY_NAMES, "facility");
          break;
        case "k":
          (this.facilities ??= new Set()).add(0);
          break;
        case "u":
          this.facilities ??= new Set();
          for (let f = 1; f < FACILITY_NAMES.length; f++) this.facilities.add(f);
          break;
        case "l":
          this.levels = this.list(v, LEVEL_NAMES, "level");
          break;
        case "L": {
          const mode = (o.value ?? "auto").replace(/^=/, "");
          if (mode !== "auto" && mode !== "always" && mode !== "never") this.die(`unsupported color mode: '${o.value}'`);
          this.colormode = mode;
          break;
        }
        case "r":
          this.raw = true;
          break;
        case "x":
          this.decode = true;
          break;
        case "p":
          this.forcePrefix = true;
          break;
        case "h":
          proc.stdout.write(DMESG_HELP);
          return 0;
        case "V":
          proc.stdout.write("dmesg from util-linux 2.38.1\n");
          return 0;
        case "w":
        case "W":
        case "J":
        case "since":
        case "until":
          unsupported ??= o.key;
          break;
      }
    }
    if (r.operands.length > 0) this.tryHelp("bad usage");
    if (unsupported === "w" || unsupported === "W") this.die("the simulation cannot wait for new kernel messages (--follow): run dmesg again later");
    if (unsupported) this.die(`--${SPECS.find((s) => s.key === unsupported)!.long} is not simulated`);
    if (this.delta) {
      if (this.time === "ctime") this.time = "ctime-delta";
      else if (this.time === "time") this.time = "time-delta";
      else if (this.time === "iso") proc.stderr.write("dmesg: --show-delta is ignored when used together with iso8601 time format\n");
      else this.time = "delta";
    }
    return this.act();
  }

  /** may this process read (and, for `write`, clear or steer) the kernel log? */
  private permitted(write: boolean): boolean {
    if ((this.proc.env.USER ?? "root") === "root") return true;
    if (write) return false;
    const restrict = this.proc.host.kernel.sysctlGet("kernel.dmesg_restrict");
    return !(restrict.ok && restrict.value !== "0");
  }

  private act(): number {
    const proc = this.proc;
    const kernel = proc.host.kernel;
    if (this.action === "console") {
      if (!this.permitted(true)) this.die(`klogctl failed: ${STRERROR.EPERM}`);
      return 0;
    }
    if (this.action === "read" || this.action === "read-clear") {
      let records: DmesgRecord[];
      let fromFile = false;
      if (this.file !== undefined) {
        const f = proc.host.fs.readFile(proc.resolve(this.file));
        if (!f.ok) this.die(`cannot open ${this.file}: ${STRERROR[f.errno]}`);
        fromFile = true;
        if (this.raw) {
          // the mmap method prints the file as it is
          const text = utf8Decode(f.value);
          if ((this.levels || this.facilities) && text.length > 0)
            this.die("--raw can be used together with --level or --facility only when reading messages from /dev/kmsg");
          proc.stdout.write(text.length > 0 && !text.endsWith("\n") ? `${text}\n` : text);
          return this.afterRead();
        }
        records = parseSyslogBuffer(utf8Decode(f.value));
        if (this.forcePrefix && records.length > 0) this.die("only kmsg supports multi-line messages");
      } else {
        if (!this.permitted(false)) this.die(`read kernel buffer failed: ${STRERROR.EPERM}`);
        records = kernel.logRecords();
      }
      const ctl: DmesgControl = {
        zone: processZone(proc),
        levels: this.levels,
        facilities: this.facilities,
        decode: this.decode,
        raw: this.raw,
        time: this.time,
        color: this.colormode === "always" || ((this.colormode === "auto" || this.colormode === "undef") && this.terminalHasColors()),
        forcePrefix: this.forcePrefix && !fromFile,
        // boot_time: the wall clock now less the time since boot
        bootUsec: Math.round((proc.host.clock.unixMs - kernel.uptimeMs) * 1000),
      };
      const printer = new DmesgPrinter(ctl);
      let out = "";
      for (const rec of records) out += printer.print(rec);
      proc.stdout.write(out);
      return this.afterRead();
    }
    return this.clear();
  }

  private afterRead(): number {
    return this.action === "read-clear" ? this.clear() : 0;
  }

  private clear(): number {
    if (!this.permitted(true)) this.die(`clear kernel buffer failed: ${STRERROR.EPERM}`);
    this.proc.host.kernel.logClear();
    return 0;
  }

  /** colors_init's auto mode: standard output is a terminal that has colours */
  private terminalHasColors(): boolean {
    const term = this.proc.env.TERM;
    return this.proc.stdout.isTTY && term !== undefined && term !== "" && term !== "dumb";
  }
}

/**
 * A syslog(2)-format buffer (-F): records start at "<" after a newline;
 * each is `<PRI>` (optional), `[ seconds.micros]` (optional), the text.
 */
export function parseSyslogBuffer(text: string): DmesgRecord[] {
  const out: DmesgRecord[] = [];
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  if (body === "") return out;
  for (const raw of body.split(/\n(?=<)/)) {
    let s = raw;
    let facility = -1;
    let level = -1;
    const pri = /^<(\d+)>/.exec(s);
    if (pri) {
      facility = Number(pri[1]) >> 3;
      level = Number(pri[1]) & 7;
      if (facility >= FACILITY_NAMES.length) facility = -1;
      s = s.slice(pri[0].length);
    }
    let usec = 0;
    const ts = /^\[ *(\d+)\.(\d+)\] ?/.exec(s);
    if (ts) {
      usec = Number(ts[1]) * 1e6 + Number(ts[2]);
      s = s.slice(ts[0].length);
    }
    out.push({ facility, level, usec, text: s });
  }
  return out;
}

export const dmesg: Command = {
  name: "dmesg",
  summary: "dmesg - print or control the kernel ring buffer",
  man: DMESG_MAN,
  run(proc) {
    try {
      return new Dmesg(proc).run();
    } catch (e) {
      if (e instanceof Exit) return e.status;
      throw e;
    }
  },
  complete: () => SPECS.filter((s) => s.long).map((s) => `--${s.long}`),
};
