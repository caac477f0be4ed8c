/**
 * timedatectl (systemd 252): `status` (the default), `show`,
 * `list-timezones`, `set-timezone ZONE`, `set-time TIME`, `set-local-rtc
 * BOOL`, `set-ntp BOOL`, over timedated.ts. Times come from the virtual
 * clock, local ones in the zone /etc/localtime names (tzdata/). The error
 * texts of set-timezone, set-ntp's and set-time's argument parsing, the
 * usage errors and the help were recorded on Debian 12 (timedated started
 * by hand beside a private D-Bus); the status and show layouts, set-time's
 * refusal and set-ntp's "NTP not supported" follow systemd 252's source.
 */
import type { Process } from "../../process/process.js";
import { zoneNames, zoneTime } from "../../tzdata/localtime.js";
import { strftime } from "../../world/strftime.js";
import type { Command, CompletionContext } from "../types.js";
import { SYSTEMD_VERSION } from "./hostnamectl.js";
import { dispatchVerb, parseSystemdArgs } from "./systemd-args.js";
import { keyValueTable } from "./systemd-table.js";
import { type TimedateProperties, setLocalRtc, setTimezone, timedateProperties } from "./timedated.js";
import { TIMEDATECTL_MAN } from "./timedatectl-man.js";

export const TIMEDATECTL_HELP = `timedatectl [OPTIONS...] COMMAND ...

Query or change system time and date settings.

Commands:
  status                   Show current time settings
  show                     Show properties of systemd-timedated
  set-time TIME            Set system time
  set-timezone ZONE        Set system time zone
  list-timezones           Show known time zones
  set-local-rtc BOOL       Control whether RTC is in local time
  set-ntp BOOL             Enable or disable network time synchronization

systemd-timesyncd Commands:
  timesync-status          Show status of systemd-timesyncd
  show-timesync            Show properties of systemd-timesyncd

Options:
  -h --help                Show this help message
     --version             Show package version
     --no-pager            Do not pipe output into a pager
     --no-ask-password     Do not prompt for password
  -H --host=[USER@]HOST    Operate on remote host
  -M --machine=CONTAINER   Operate on local container
     --adjust-system-clock Adjust system clock when changing local RTC mode
     --monitor             Monitor status of systemd-timesyncd
  -p --property=NAME       Show only properties by this name
  -a --all                 Show all properties, including empty ones
     --value               When showing properties, only print the value

See the timedatectl(1) man page for details.
`;

const RTC_LOCAL_WARNING =
  "\nWarning: The system is configured to read the RTC time in the local time zone.\n" +
  "         This mode cannot be fully supported. It will create various problems\n" +
  "         with time zone changes and daylight saving time adjustments. The RTC\n" +
  "         time is never updated, it relies on external facilities to maintain it.\n" +
  "         If at all possible, use RTC in UTC by calling\n" +
  "         'timedatectl set-local-rtc 0'.\n";

const yesNo = (b: boolean) => (b ? "yes" : "no");

/** the zone for TZ=`zone` as glibc reads it: an empty or unknown name is UTC */
function zoneAt(zone: string, ms: number) {
  return zoneTime(zone, ms) ?? { utcOffset: 0, abbrev: "UTC", isDst: false };
}

/** print_status_info */
export function timedateStatus(p: TimedateProperties): string {
  const local = zoneAt(p.timezone, p.time);
  const rows: [string, string][] = [
    ["Local time", strftime("%a %Y-%m-%d %H:%M:%S %Z", p.time, local)],
    ["Universal time", strftime("%a %Y-%m-%d %H:%M:%S UTC", p.time)],
    ["RTC time", strftime("%a %Y-%m-%d %H:%M:%S", p.rtcTime)],
    ["Time zone", `${p.timezone || "n/a"} (${strftime("%Z, %z", p.time, local)})`],
    ["System clock synchronized", yesNo(p.ntpSynchronized)],
    ["NTP service", p.canNtp ? (p.ntp ? "active" : "inactive") : "n/a"],
    ["RTC in local TZ", yesNo(p.localRtc)],
  ];
  return keyValueTable(rows) + (p.localRtc ? RTC_LOCAL_WARNING : "");
}

/** `show`: the properties as bus_print_all_properties prints them, empty ones left out */
function timedateShow(p: TimedateProperties): string {
  const ts = (ms: number) => strftime("%a %Y-%m-%d %H:%M:%S %Z", ms, zoneAt(p.timezone, ms));
  const props: [string, string][] = [
    ["Timezone", p.timezone],
    ["LocalRTC", yesNo(p.localRtc)],
    ["CanNTP", yesNo(p.canNtp)],
    ["NTP", yesNo(p.ntp)],
    ["NTPSynchronized", yesNo(p.ntpSynchronized)],
    ["TimeUSec", ts(p.time)],
    ["RTCTimeUSec", ts(p.rtcTime)],
  ];
  return props.filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v}\n`).join("");
}

/** parse_boolean */
function parseBoolean(s: string): boolean | undefined {
  const v = s.toLowerCase();
  if (["1", "yes", "y", "true", "t", "on"].includes(v)) return true;
  if (["0", "no", "n", "false", "f", "off"].includes(v)) return false;
  return undefined;
}

/** the forms of parse_timestamp a learner would type: dates, times, @SECONDS, now/today/..., +/-N units */
function isTimestamp(s: string): boolean {
  const t = s.trim();
  return (
    /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2}(\.\d+)?)?)?( UTC)?$/.test(t) ||
    /^\d{2}:\d{2}(:\d{2})?$/.test(t) ||
    /^@\d+$/.test(t) ||
    /^(now|today|yesterday|tomorrow)$/.test(t) ||
    /^[+-]\s*\d+\s*(s|sec|second|seconds|m|min|minute|minutes|h|hour|hours|d|day|days|w|week|weeks)( ago)?$/.test(t)
  );
}

function run(proc: Process): number {
  const parsed = parseSystemdArgs(proc, "timedatectl", ["no-pager", "no-ask-password", "adjust-system-clock"]);
  if (typeof parsed === "number") return parsed;
  if (parsed.help) {
    proc.stdout.write(TIMEDATECTL_HELP);
    return 0;
  }
  if (parsed.version) {
    proc.stdout.write(SYSTEMD_VERSION);
    return 0;
  }
  const host = proc.host;
  return dispatchVerb(proc, parsed.operands, "status", {
    status: { min: 1, max: 1, run: (p) => (p.stdout.write(timedateStatus(timedateProperties(host))), 0) },
    show: { min: 1, max: 1, run: (p) => (p.stdout.write(timedateShow(timedateProperties(host))), 0) },
    "list-timezones": { min: 1, max: 1, run: (p) => (p.stdout.write(zoneNames().map((z) => `${z}\n`).join("")), 0) },
    "set-timezone": {
      min: 2,
      max: 2,
      run: (p, ops) => {
        const err = setTimezone(host, ops[1]);
        if (!err) return 0;
        p.stderr.write(`Failed to set time zone: ${err}\n`);
        return 1;
      },
    },
    "set-time": {
      min: 2,
      max: 2,
      run: (p, ops) => {
        if (!isTimestamp(ops[1])) {
          p.stderr.write(`Failed to parse time specification '${ops[1]}': Invalid argument\n`);
          return 1;
        }
        // clock_settime(CLOCK_REALTIME): the virtual clock only moves forward (as with date -s)
        p.stderr.write("Failed to set time: Failed to set local time: Operation not permitted\n");
        return 1;
      },
    },
    "set-local-rtc": {
      min: 2,
      max: 2,
      run: (p, ops) => {
        const b = parseBoolean(ops[1]);
        if (b === undefined) {
          p.stderr.write(`Failed to parse local RTC setting '${ops[1]}': Invalid argument\n`);
          return 1;
        }
        setLocalRtc(host, b);
        return 0;
      },
    },
    "set-ntp": {
      min: 2,
      max: 2,
      run: (p, ops) => {
        const b = parseBoolean(ops[1]);
        if (b === undefined) {
          p.stderr.write(`Failed to parse NTP setting '${ops[1]}': Invalid argument\n`);
          return 1;
        }
        // no NTP unit is installed: enabling finds none to start, disabling has none to stop
        if (!b) return 0;
        p.stderr.write("Failed to set ntp: NTP not supported\n");
        return 1;
      },
    },
    help: { min: 1, max: Infinity, run: (p) => (p.stdout.write(TIMEDATECTL_HELP), 0) },
  });
}

const VERBS = ["status", "show", "set-time", "set-timezone", "list-timezones", "set-local-rtc", "set-ntp"];
const OPTIONS = ["--help", "--version", "--no-pager", "--no-ask-password", "--adjust-system-clock"];

export const timedatectl: Command = {
  name: "timedatectl",
  summary: "timedatectl - Control the system time and date",
  man: TIMEDATECTL_MAN,
  run,
  complete(c: CompletionContext) {
    if (c.current.startsWith("-")) return OPTIONS.filter((o) => o.startsWith(c.current));
    if (c.words.length <= 1) return VERBS.filter((v) => v.startsWith(c.current));
    if (c.words[c.words.length - 1] === "set-timezone") return zoneNames().filter((z) => z.startsWith(c.current));
    if (["set-ntp", "set-local-rtc"].includes(c.words[c.words.length - 1])) return ["true", "false"].filter((z) => z.startsWith(c.current));
    return [];
  },
};
