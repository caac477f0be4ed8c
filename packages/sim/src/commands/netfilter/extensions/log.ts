/**
 * The LOG target (libxt_LOG): --log-prefix (1-29 characters kept),
 * --log-level by number 0-7 or syslog name (default 4, "warn" in
 * listings), and the --log-tcp-sequence/-tcp-options/-ip-options/-uid
 * flags. Listing " LOG level info prefix "x"", under -n " LOG flags N level N".
 * --log-macdecode is not simulated.
 */
import type { NfTarget } from "../../../kernel/net/netfilter/types.js";
import { strtouiWhole, x6Parse } from "./options.js";
import { saveString } from "./save-string.js";
import type { TargetExtension } from "./types.js";

type Log = Extract<NfTarget, { kind: "LOG" }>;

/** the names xtopt_parse_sysloglevel accepts */
const LEVEL_NAMES: Record<string, number> = { alert: 1, crit: 2, debug: 7, emerg: 0, error: 3, info: 6, notice: 5, panic: 0, warning: 4 };
/** glibc prioritynames, the first name of each level, as the listing prints it */
const LEVEL_PRINT = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];
const DEFAULT_LEVEL = 4;

/** XT_LOG_* bits, in the order the printers write them */
const FLAGS: [keyof Log & ("tcpSequence" | "tcpOptions" | "ipOptions" | "uid"), number, string][] = [
  ["tcpSequence", 1, "tcp-sequence"],
  ["tcpOptions", 2, "tcp-options"],
  ["ipOptions", 4, "ip-options"],
  ["uid", 8, "uid"],
];

export const log: TargetExtension<"LOG"> = {
  name: "LOG",
  kind: "LOG",
  options: [
    { name: "log-level", id: 6, arg: true },
    { name: "log-prefix", id: 7, arg: true },
    { name: "log-tcp-sequence", id: 0, arg: false },
    { name: "log-tcp-options", id: 1, arg: false },
    { name: "log-ip-options", id: 2, arg: false },
    { name: "log-uid", id: 3, arg: false },
    { name: "log-macdecode", id: 5, arg: false },
  ],
  help: `LOG target options:
 --log-level level		Level of logging (numeric or see syslog.conf)
 --log-prefix prefix		Prefix log messages with this prefix.
 --log-tcp-sequence		Log TCP sequence numbers.
 --log-tcp-options		Log TCP options.
 --log-ip-options		Log IP options.
 --log-uid			Log UID owning the local socket.
 --log-macdecode		Decode MAC addresses and protocol.
`,
  init: () => ({ kind: "LOG" }),
  parse(call) {
    x6Parse(log, call);
    const { opt, arg, env, data } = call;
    switch (opt.name) {
      case "log-level": {
        const n = strtouiWhole(arg, 0, 7) ?? LEVEL_NAMES[arg];
        if (n === undefined) return env.fail(`log level "${arg}" unknown\n`);
        data.level = n;
        return;
      }
      case "log-prefix":
        if (arg.length < 1) env.fail("Argument must have a minimum length of 1 characters\n");
        if (arg.includes("\n")) env.fail("Newlines not allowed in --log-prefix");
        data.prefix = arg.slice(0, 29);
        return;
      case "log-macdecode":
        env.fail('LOG: option "--log-macdecode" is not simulated in Rootlab yet');
        return;
      default:
        data[FLAGS.find(([, bit]) => bit === 1 << opt.id)![0]] = true;
    }
  },
  finish(data) {
    const out: Log = { kind: "LOG" };
    if (data.prefix) out.prefix = data.prefix;
    if (data.level !== undefined && data.level !== DEFAULT_LEVEL) out.level = data.level;
    for (const [k] of FLAGS) if (data[k]) out[k] = true;
    return out;
  },
  print(data, numeric) {
    const level = data.level ?? DEFAULT_LEVEL;
    let s = " LOG";
    if (numeric) s += ` flags ${FLAGS.reduce((b, [k, bit]) => (data[k] ? b | bit : b), 0)} level ${level}`;
    else {
      s += ` level ${LEVEL_PRINT[level]}`;
      for (const [k, , text] of FLAGS) if (data[k]) s += ` ${text}`;
    }
    if (data.prefix) s += ` prefix "${data.prefix}"`;
    return s;
  },
  save(data) {
    let s = data.prefix ? ` --log-prefix${saveString(data.prefix)}` : "";
    if ((data.level ?? DEFAULT_LEVEL) !== DEFAULT_LEVEL) s += ` --log-level ${data.level}`;
    for (const [k, , text] of FLAGS) if (data[k]) s += ` --log-${text}`;
    return s;
  },
};
