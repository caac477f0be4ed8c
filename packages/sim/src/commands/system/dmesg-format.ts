/**
 * dmesg's print_record (util-linux 2.38.1): one record of the kernel log
 * as a line, with the decode prefix (-x), the timestamp in the chosen
 * format (raw seconds, -T ctime, -e reltime, -d deltas, iso), colours
 * (subsystem prefix, level, time) and multi-line messages indented under
 * the prefix. Pure: the records, the options and the boot time in, text
 * out. Times are µs; wall-clock formats use UTC (the lab hosts' zone).
 */
import { breakDown, strftime } from "../../world/strftime.js";
import type { LocalZone } from "../../tzdata/local-zone.js";

export const LEVEL_NAMES = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];
/** the facilities util-linux 2.38.1 knows by name (its --help lists only the first eight) */
export const FACILITY_NAMES = [
  "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp",
  "res0", "res1", "res2", "res3", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7",
];

/** a record as dmesg parsed it; facility and level are -1 when the record had no <PRI> prefix */
export interface DmesgRecord {
  facility: number;
  level: number;
  usec: number;
  text: string;
}

export type TimeFormat = "none" | "ctime" | "ctime-delta" | "delta" | "reltime" | "time" | "time-delta" | "iso";

export interface DmesgControl {
  /** local time (TZ, else /etc/localtime): -T, -e and --time-format iso are in it; UTC when absent */
  zone?: LocalZone;
  levels?: Set<number>;
  facilities?: Set<number>;
  decode: boolean;
  /** -r: "<PRI>[stamp] " before each record */
  raw: boolean;
  time: TimeFormat;
  color: boolean;
  /** -p: the prefix on every line of a multi-line message */
  forcePrefix: boolean;
  /** µs of the Unix epoch at boot (record stamps count from there) */
  bootUsec: number;
}

const ESC = "\x1b[";
const RESET = `${ESC}0m`;
const COLOR = {
  subsys: `${ESC}33m`,
  time: `${ESC}32m`,
  timebreak: `${ESC}32m${ESC}1m`,
  alert: `${ESC}7m${ESC}31m`,
  crit: `${ESC}1m${ESC}31m`,
  err: `${ESC}31m`,
  warn: `${ESC}1m`,
  segfault: `${ESC}2m${ESC}31m`,
};

/** the state print_record keeps from one record to the next */
export class DmesgPrinter {
  /** µs stamp of the last printed record; 0 counts as unset (timerisset) */
  private lasttime = 0;
  /** minute, hour, day of year of the last reltime record (a zeroed struct tm at first) */
  private lasttm = { min: 0, hour: 0, yday: 0 };

  constructor(readonly ctl: DmesgControl) {}

  private accept(r: DmesgRecord): boolean {
    const c = this.ctl;
    if (c.levels && (r.facility < 0 || !c.levels.has(r.level))) return false;
    if (c.facilities && (r.facility < 0 || !c.facilities.has(r.facility))) return false;
    return true;
  }

  private delta(r: DmesgRecord): number {
    const d = this.lasttime !== 0 ? (r.usec - this.lasttime) / 1e6 : 0;
    this.lasttime = r.usec;
    return d;
  }

  /** the record's lines (with "\n"), or "" when filtered out */
  print(r: DmesgRecord): string {
    const c = this.ctl;
    if (!this.accept(r)) return "";
    if (r.text === "") return "\n";
    const delta = this.delta(r);
    let fp = "";
    let ts = "";
    let timebreak = false;
    if (c.raw) {
      ts = `<${(r.facility << 3) | r.level}>${stamp(r.usec)} `;
    } else {
      if (c.decode && r.facility >= 0 && r.facility < FACILITY_NAMES.length && r.level >= 0)
        fp = `${FACILITY_NAMES[r.facility].padEnd(6)}:${LEVEL_NAMES[r.level].padEnd(6)}: `;
      const wall = c.bootUsec + r.usec;
      switch (c.time) {
        case "none":
          break;
        case "ctime":
          ts = `[${ctime(wall, this.ctl.zone)}] `;
          break;
        case "ctime-delta":
          ts = `[${ctime(wall, this.ctl.zone)} <${fixed(delta, 12)}>] `;
          break;
        case "delta":
          ts = `[<${fixed(delta, 12)}>] `;
          break;
        case "reltime": {
          const ms = Math.floor(wall / 1e6) * 1000;
          const t = breakDown(ms + (this.ctl.zone?.(ms).utcOffset ?? 0) * 1000);
          const cur = { min: t.minute, hour: t.hour, yday: t.yday };
          if (cur.min !== this.lasttm.min || cur.hour !== this.lasttm.hour || cur.yday !== this.lasttm.yday) {
            timebreak = true;
            ts = `[${strftime("%b%e %H:%M", ms, this.ctl.zone?.(ms))}] `;
          } else ts = delta < 10 ? `[  ${signed(delta, 8)}] ` : `[ ${signed(delta, 9)}] `;
          this.lasttm = cur;
          break;
        }
        case "time":
          ts = `${stamp(r.usec)} `;
          break;
        case "time-delta":
          ts = `[${String(Math.floor(r.usec / 1e6)).padStart(5)}.${String(r.usec % 1e6).padStart(6, "0")} <${fixed(delta, 12)}>] `;
          break;
        case "iso":
          ts = `${iso(wall, this.ctl.zone)} `;
          break;
      }
    }
    const indent = fp.length + ts.length;
    const lines = c.forcePrefix ? r.text.split("\n").filter((l) => l !== "") : [r.text];
    let out = "";
    lines.forEach((line, i) => {
      if (i > 0) out += "\n";
      out += fp;
      if (ts) out += c.color ? `${timebreak ? COLOR.timebreak : COLOR.time}${ts}${RESET}` : ts;
      out += this.message(line, r, indent);
    });
    return `${out}\n`;
  }

  private message(text: string, r: DmesgRecord, indent: number): string {
    if (!this.ctl.color) return escape(text, indent);
    let out = "";
    let rest = text;
    const cut = subsysEnd(text);
    if (cut > 0) {
      out += `${COLOR.subsys}${escape(text.slice(0, cut), indent)}${RESET}`;
      rest = text.slice(cut);
    }
    const lc = levelColor(r.level, rest);
    return lc ? `${out}${lc}${escape(rest, indent)}${RESET}` : out + escape(rest, indent);
  }
}

/** get_subsys_delimiter: just past the first ": " (a colon and a blank), 0 when none */
function subsysEnd(text: string): number {
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === ":" && (text[i + 1] === " " || text[i + 1] === "\t")) return i + 2;
  }
  return 0;
}

function levelColor(level: number, text: string): string | undefined {
  switch (level) {
    case 1:
      return COLOR.alert;
    case 2:
      return COLOR.crit;
    case 3:
      return COLOR.err;
    case 4:
      return COLOR.warn;
  }
  return text.includes("segfault at") ? COLOR.segfault : undefined;
}

/** safe_fwrite: unprintable bytes as \xHH; a newline inside a message is followed by the prefix's width of blanks */
function escape(text: string, indent: number): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (ch === "\n") out += i + 1 < text.length && indent ? `\n${" ".repeat(indent)}` : "\n";
    else if ((code < 0x20 && !"\t\v\f\r".includes(ch)) || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out;
}

/** "[%5ld.%06ld]" */
export function stamp(usec: number): string {
  return `[${String(Math.floor(usec / 1e6)).padStart(5)}.${String(usec % 1e6).padStart(6, "0")}]`;
}

/** printf("%*.06f") */
function fixed(x: number, width: number): string {
  return x.toFixed(6).padStart(width);
}

/** printf("%+*.06f") */
function signed(x: number, width: number): string {
  return `${x < 0 ? "-" : "+"}${Math.abs(x).toFixed(6)}`.padStart(width);
}

/** record_ctime: "%a %b %e %H:%M:%S %Y", whole seconds */
function ctime(wallUsec: number, zone?: LocalZone): string {
  const ms = Math.floor(wallUsec / 1e6) * 1000;
  return strftime("%a %b %e %H:%M:%S %Y", ms, zone?.(ms));
}

/** strtimeval_iso with ISO_TIMESTAMP_COMMA_T: "2026-11-30T15:44:40,000000+00:00" */
function iso(wallUsec: number, zone?: LocalZone): string {
  const sec = Math.floor(wallUsec / 1e6);
  const z = zone?.(sec * 1000);
  return `${strftime("%Y-%m-%dT%H:%M:%S", sec * 1000, z)},${String(wallUsec - sec * 1e6).padStart(6, "0")}${strftime("%:z", sec * 1000, z)}`;
}

