/**
 * conntrack (conntrack-tools 1.4.7): list (-L), get (-G), delete (-D),
 * flush (-F), count (-C), statistics (-S) and events (-E) of the host's
 * connection tracking table, through ctnetlink (conntrack-netlink.ts).
 * Entries go to stdout, the "N flow entries have been shown." summary to
 * stderr, as the real tool does; errors exit 2 with "Try `conntrack -h'".
 *
 * -E in a terminal: the real tool prints events as they happen until
 * Ctrl-C. A terminal here runs one command at a time, so -E listens while
 * CONNTRACK_EVENT_MS of virtual time pass (the whole lab moves on: entries
 * expire, timers fire, other hosts keep talking), prints what happened,
 * and stops as if Ctrl-C had been pressed ("^C", then the summary; status
 * 0 as conntrack's SIGINT handler exits). The same bound as tcpdump and nc
 * (commands/net/README.md), so the page never hangs; `sleep` or the page's
 * fast-forward control move time further.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { ctExtensions } from "../../fs/proc-nf-conntrack.js";
import { waitUntil } from "../net/traffic/wait.js";
import { ctListLine, ctEventLine } from "./conntrack-format.js";
import { ctMatches, ctTupleMatches } from "./conntrack-filter.js";
import { ctCount, ctDelete, ctDump, ctEventMark, ctEventsSince, ctFlush, ctStats, ctZeroCounters, ctCreate, CT_STAT_NAMES } from "./conntrack-netlink.js";
import { type CtArgs, parseConntrackArgs } from "./conntrack-options.js";
import { CONNTRACK_MAN, CONNTRACK_USAGE } from "./conntrack-usage.js";

const PREFIX = "conntrack v1.4.7 (conntrack-tools): ";
const TRY = "Try `conntrack -h' or 'conntrack --help' for more information.\n";

/** how long `conntrack -E` listens before its simulated Ctrl-C, in ms of virtual time */
export const CONNTRACK_EVENT_MS = 10_000;

function usageError(proc: Process, msg: string): number {
  proc.stderr.write(`${PREFIX}${msg}\n${TRY}`);
  return 2;
}

function summary(proc: Process, text: string): void {
  proc.stderr.write(`${PREFIX}${text}\n`);
}

/** the netlink port id a deleting process gets (autobind: a number the kernel picks) */
function portid(proc: Process): number {
  return proc.host.kernel.net.env.random();
}

function list(proc: Process, a: CtArgs): number {
  const k = proc.host.kernel;
  if (a.table === "expect") {
    summary(proc, "0 expectations have been shown.");
    return 0;
  }
  // dying and unconfirmed entries live only while a packet is inside the kernel: none between commands
  const entries = a.table === "conntrack" ? ctDump(k).filter((e) => ctMatches(e, a.filter)) : [];
  const ext = ctExtensions(k);
  for (const e of entries) proc.stdout.write(`${ctListLine(e, k.clock.now, a, ext)}\n`);
  if (a.given.has("zero")) ctZeroCounters(entries);
  summary(proc, `${entries.length} flow entries have been shown.`);
  return 0;
}

function get(proc: Process, a: CtArgs): number {
  const f = a.filter;
  if (f.proto === undefined) return usageError(proc, "You need to supply the `--protonum' option for this command");
  const orig = f.origSrc && f.origDst;
  if (!orig && !(f.replySrc && f.replyDst)) return usageError(proc, "you have to specify `--src' and `--dst'");
  if (f.proto === 1) {
    if (f.icmpType === undefined) return usageError(proc, "You need to supply the `--icmp-type' option for this command");
    if (f.icmpCode === undefined) return usageError(proc, "You need to supply the `--icmp-code' option for this command");
    if (f.icmpId === undefined) return usageError(proc, "You need to supply the `--icmp-id' option for this command");
  } else if ((f.proto === 6 || f.proto === 17) && !(f.sport !== undefined && f.dport !== undefined) && !(f.replySport !== undefined && f.replyDport !== undefined)) {
    return usageError(proc, "you have to specify `--sport' and `--dport'");
  }
  if (!orig) {
    summary(proc, "Operation failed: invalid parameters");
    return 1;
  }
  const k = proc.host.kernel;
  const e = ctDump(k).find((x) => ctTupleMatches(x, f));
  if (!e) {
    summary(proc, "Operation failed: such conntrack doesn't exist");
    return 1;
  }
  proc.stdout.write(`${ctListLine(e, k.clock.now, a, ctExtensions(k), 2)}\n`);
  summary(proc, "1 flow entries have been shown.");
  return 0;
}

function del(proc: Process, a: CtArgs): number {
  const k = proc.host.kernel;
  const victims = a.table === "conntrack" ? ctDump(k).filter((e) => ctMatches(e, a.filter)) : [];
  const ext = ctExtensions(k);
  for (const e of victims) proc.stdout.write(`${ctListLine(e, k.clock.now, a, ext)}\n`);
  if (victims.length > 0) ctDelete(k, victims, portid(proc));
  summary(proc, `${victims.length} flow entries have been deleted.`);
  return victims.length > 0 ? 0 : 1;
}

function events(proc: Process, a: CtArgs): number {
  const k = proc.host.kernel;
  const mark = ctEventMark(k);
  waitUntil(proc, () => false, CONNTRACK_EVENT_MS);
  const ext = ctExtensions(k);
  const epoch = k.clock.unixMs - k.clock.now;
  let shown = 0;
  for (const ev of ctEventsSince(k, mark)) {
    if (!a.events.has(ev.type) || !ctMatches(ev.entry, a.filter)) continue;
    proc.stdout.write(`${ctEventLine(ev, a, ext, epoch)}\n`);
    shown++;
  }
  proc.stdout.write("^C");
  summary(proc, `${shown} flow events have been shown.`);
  return 0;
}

/** -I: an entry made by hand (conntrack-tools checks what it needs before asking the kernel) */
function create(proc: Process, a: CtArgs): number {
  const f = a.filter;
  if (f.proto === undefined) return usageError(proc, "You need to supply the `--protonum' option for this command");
  if (a.timeout === undefined) return usageError(proc, "You need to supply the `--timeout' option for this command");
  const proto = f.proto === 6 ? "tcp" : f.proto === 17 ? "udp" : f.proto === 1 ? "icmp" : undefined;
  if (proto === "tcp" && f.state === undefined) return usageError(proc, "You need to supply the `--state' option for this command");
  if (!a.origSrc || !a.origDst) return usageError(proc, "you have to specify `--src' and `--dst'");
  if (proto !== "icmp" && (f.sport === undefined || f.dport === undefined)) return usageError(proc, "you have to specify `--sport' and `--dport'");
  if (!proto) {
    summary(proc, "Operation failed: Operation not supported");
    return 1;
  }
  const k = proc.host.kernel;
  const orig = proto === "icmp" ? { src: a.origSrc, dst: a.origDst, type: f.icmpType ?? 8, code: f.icmpCode ?? 0, id: f.icmpId ?? 0 } : { src: a.origSrc, dst: a.origDst, sport: f.sport, dport: f.dport };
  const reply = proto === "icmp" ? { ...orig, src: a.origDst, dst: a.origSrc, type: 0 } : { src: a.origDst, dst: a.origSrc, sport: f.dport, dport: f.sport };
  if (ctDump(k).some((e) => ctTupleMatches(e, f))) {
    summary(proc, "Operation failed: Such conntrack exists, try -U to update");
    return 1;
  }
  const status = f.status ?? [];
  ctCreate(k, {
    proto,
    orig,
    reply,
    ...(f.state ? { tcpState: f.state } : {}),
    status: { seenReply: status.includes("SEEN_REPLY"), assured: status.includes("ASSURED"), confirmed: true, srcNat: false, dstNat: false },
    expiresAt: k.clock.now + a.timeout * 1000,
    startedAt: k.clock.now,
    mark: f.mark?.value ?? 0,
    origCounters: { packets: 0, bytes: 0 },
    replyCounters: { packets: 0, bytes: 0 },
  });
  summary(proc, "1 flow entries have been created.");
  return 0;
}

function stats(proc: Process): number {
  const s = ctStats(proc.host.kernel);
  proc.stdout.write(`cpu=0   \t${CT_STAT_NAMES.map((n) => `${n}=${s[n]} `).join("")}\n`);
  return 0;
}

export const conntrack: Command = {
  name: "conntrack",
  summary: "conntrack - command line interface for netfilter connection tracking",
  man: CONNTRACK_MAN,
  complete: () => ["-L", "-G", "-D", "-E", "-F", "-C", "-S", "-p", "-s", "-d", "-r", "-q", "-o", "--state", "--sport", "--dport", "-u", "-m"],
  run(proc) {
    const parsed = parseConntrackArgs(proc.argv.slice(1));
    if (!parsed.ok) return usageError(proc, parsed.error);
    const a = parsed.args;
    const k = proc.host.kernel;
    switch (a.command) {
      case "h":
        proc.stdout.write(CONNTRACK_USAGE);
        return 0;
      case "V":
        proc.stdout.write("conntrack v1.4.7 (conntrack-tools)\n");
        return 0;
      case "L":
        return list(proc, a);
      case "G":
        return get(proc, a);
      case "D":
        return del(proc, a);
      case "F":
        if (a.table === "expect") summary(proc, "expectation table has been emptied.");
        else {
          ctFlush(k, portid(proc));
          summary(proc, "connection tracking table has been emptied.");
        }
        return 0;
      case "C":
        proc.stdout.write(`${a.table === "conntrack" ? ctCount(k) : 0}\n`);
        return 0;
      case "S":
        return stats(proc);
      case "E":
        return events(proc, a);
      case "I":
        return create(proc, a);
      case "U":
        summary(proc, "Operation failed: Operation not supported");
        proc.stderr.write("(updating entries by hand is not simulated in Rootlab)\n");
        return 1;
    }
  },
};
