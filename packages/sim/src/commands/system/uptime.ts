/**
 * uptime (procps-ng 4.0.2): the time, how long the host has been up (from
 * /proc/uptime, on the virtual clock), its users and load averages (from
 * /proc/loadavg); `-p` the pretty form, `-s` the boot time. Both forms keep
 * procps 4.0.2's arithmetic, quirks included: the pretty form counts a unit
 * only past a whole one ("up 60 minutes" at one hour, nothing at all at
 * exactly one minute). One user is logged in: the learner, at the console.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { strftime } from "../../world/strftime.js";
import { parseOptions } from "../files/options.js";
import { processZone } from "../files/file-time.js";
import type { Command } from "../types.js";

const USAGE = `
Usage:
 uptime [options]

Options:
 -p, --pretty   show uptime in pretty format
 -h, --help     display this help and exit
 -s, --since    system up since
 -V, --version  output version information and exit

For more details see uptime(1).
`;

const DAY = 86_400;
const WEEK = 7 * DAY;
/** the learner, logged in at the console */
const USERS = 1;

function readProc(proc: Process, path: string): string {
  const r = proc.host.fs.readFile(path);
  return r.ok ? utf8Decode(r.value) : "";
}

/** " 09:00:00 up  1:01,  1 user,  load average: 0.00, 0.00, 0.00" */
function classic(secs: number, timeOfDay: string, loads: string[]): string {
  const days = Math.floor(secs / DAY);
  const allMinutes = Math.floor(secs / 60);
  const hours = Math.floor(allMinutes / 60) % 24;
  const minutes = allMinutes % 60;
  let up = days ? `${days} day${days !== 1 ? "s" : ""}, ` : "";
  up += hours ? `${String(hours).padStart(2)}:${String(minutes).padStart(2, "0")}` : `${minutes} min`;
  const users = `${String(USERS).padStart(2)} ${USERS > 1 ? "users" : "user"}`;
  return ` ${timeOfDay} up ${up}, ${users},  load average: ${loads.join(", ")}`;
}

/** "up 1 week, 1 day, 2 hours, 26 minutes", each unit counted only past a whole one */
function pretty(secs: number): string {
  let rest = secs;
  const take = (unit: number) => {
    if (rest <= unit) return 0;
    const n = Math.floor(rest / unit);
    rest -= n * unit;
    return n;
  };
  const parts: string[] = [];
  const weeks = take(WEEK);
  const days = take(DAY);
  const hours = take(3600);
  const minutes = take(60);
  if (weeks) parts.push(`${weeks} ${weeks > 1 ? "weeks" : "week"}`);
  if (days) parts.push(`${days} ${days > 1 ? "days" : "day"}`);
  if (hours) parts.push(`${hours} ${hours > 1 ? "hours" : "hour"}`);
  if (minutes || rest < 60) parts.push(`${minutes} ${minutes !== 1 ? "minutes" : "minute"}`);
  return `up ${parts.join(", ")}`;
}

export const uptime: Command = {
  name: "uptime",
  summary: "uptime - Tell how long the system has been running.",
  man: `NAME
uptime - Tell how long the system has been running.

SYNOPSIS
uptime [options]

DESCRIPTION
uptime gives a one line display of the following information: the current
time, how long the system has been running, how many users are currently
logged on, and the system load averages for the past 1, 5, and 15 minutes.

OPTIONS
-p, --pretty   show uptime in pretty format
-s, --since    system up since, in yyyy-mm-dd HH:MM:SS format

FILES
/proc/uptime, /proc/loadavg
`,
  complete: () => ["-p", "-s", "--pretty", "--since"],
  run(proc) {
    const parsed = parseOptions(proc.argv.slice(1), [
      { key: "p", short: "p", long: "pretty" },
      { key: "h", short: "h", long: "help" },
      { key: "s", short: "s", long: "since" },
      { key: "V", short: "V", long: "version" },
    ]);
    if (!parsed.ok) {
      proc.stderr.write(`uptime: ${parsed.error}\n${USAGE}`);
      return 1;
    }
    if (parsed.operands.length > 0) {
      proc.stderr.write(USAGE);
      return 1;
    }
    const has = (k: string) => parsed.list.some((o) => o.key === k);
    if (has("h")) {
      proc.stdout.write(USAGE);
      return 0;
    }
    if (has("V")) {
      proc.stdout.write("uptime from procps-ng 4.0.2\n");
      return 0;
    }
    const secs = Number(readProc(proc, "/proc/uptime").split(" ")[0]) || 0;
    const now = proc.host.clock.unixMs;
    const zone = processZone(proc);
    if (has("s")) {
      const booted = now - Math.floor(secs) * 1000;
      proc.stdout.write(`${strftime("%Y-%m-%d %H:%M:%S", booted, zone(booted))}\n`);
      return 0;
    }
    if (has("p")) {
      proc.stdout.write(`${pretty(secs)}\n`);
      return 0;
    }
    const loads = readProc(proc, "/proc/loadavg").split(" ").slice(0, 3).map((x) => (Number(x) || 0).toFixed(2));
    proc.stdout.write(`${classic(secs, strftime("%H:%M:%S", now, zone(now)), loads)}\n`);
    return 0;
  },
};
