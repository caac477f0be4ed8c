/**
 * conntrack (conntrack-tools 1.4.7): list (-L), get (-G), delete (-D),
 * flush (-F), count (-C), statistics (-S), events (-E) and hand-made
 * entries (-I) of the host's connection tracking table, through ctnetlink:
 * `Kernel.netfilter`'s conntrack* calls. What the kernel checks (a tuple
 * that exists, -I's EEXIST) it answers; what conntrack-tools checks before
 * asking (missing options) is here.
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
import type { CtEntry, CtTuple } from "../../kernel/net/netfilter/types.js";
import type { Command } from "../types.js";
import { ctExtensions } from "../../fs/proc-nf-conntrack.js";
import { waitUntil } from "../net/traffic/wait.js";
import { ctListLine, ctEventLine } from "./conntrack-format.js";
import { ctMatches } from "./conntrack-filter.js";
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

/** IPCTNL_MSG_CT_GET with NLM_F_DUMP: the live entries */
function dump(proc: Process): CtEntry[] {
  return proc.host.kernel.netfilter.conntrackList();
}

function list(proc: Process, a: CtArgs): number {
  const k = proc.host.kernel;
  if (a.table === "expect") {
    summary(proc, "0 expectations have been shown.");
    return 0;
  }
  // dying and unconfirmed entries live only while a packet is inside the kernel: none between commands
  const entries = a.table === "conntrack" ? dump(proc).filter((e) => ctMatches(e, a.filter)) : [];
  const ext = ctExtensions(k);
  for (const e of entries) proc.stdout.write(`${ctListLine(e, k.clock.now, a, ext)}\n`);
  // -z takes no filter: the dump zeroes every entry's counters after reading them
  if (a.given.has("zero") && a.table === "conntrack") k.netfilter.conntrackZeroCounters();
  summary(proc, `${entries.length} flow entries have been shown.`);
  return 0;
}

const PROTO_NAME: Record<number, CtEntry["proto"]> = { 1: "icmp", 6: "tcp", 17: "udp" };

/** the tuple -G names (CTA_TUPLE_ORIG): addresses without a mask, ports or the ICMP fields */
function getTuple(a: CtArgs): CtTuple {
  const f = a.filter;
  const t: CtTuple = { src: a.origSrc!, dst: a.origDst! };
  if (f.proto === 1) return { ...t, type: f.icmpType, code: f.icmpCode, id: f.icmpId };
  return { ...t, sport: f.sport, dport: f.dport };
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
  const proto = PROTO_NAME[f.proto];
  const e = proto && k.netfilter.conntrackGet(proto, getTuple(a));
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
  const victims = a.table === "conntrack" ? dump(proc).filter((e) => ctMatches(e, a.filter)) : [];
  const ext = ctExtensions(k);
  for (const e of victims) proc.stdout.write(`${ctListLine(e, k.clock.now, a, ext)}\n`);
  if (victims.length > 0) {
    const ids = new Set(victims.map((e) => e.id));
    k.netfilter.conntrackDelete((e) => ids.has(e.id), portid(proc));
  }
  summary(proc, `${victims.length} flow entries have been deleted.`);
  return victims.length > 0 ? 0 : 1;
}

function events(proc: Process, a: CtArgs): number {
  const k = proc.host.kernel;
  const mark = k.netfilter.conntrackEventSeq();
  waitUntil(proc, () => false, CONNTRACK_EVENT_MS);
  const ext = ctExtensions(k);
  const epoch = k.clock.unixMs - k.clock.now;
  let shown = 0;
  for (const ev of k.netfilter.conntrackEvents(mark)) {
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
  const status = f.status ?? [];
  const made = k.netfilter.conntrackCreate({
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
  if (made === "exists") {
    summary(proc, "Operation failed: Such conntrack exists, try -U to update");
    return 1;
  }
  summary(proc, "1 flow entries have been created.");
  return 0;
}

function stats(proc: Process): number {
  const s = proc.host.kernel.netfilter.conntrackStats();
  proc.stdout.write(`cpu=0   \t${Object.entries(s).map(([n, v]) => `${n}=${v} `).join("")}\n`);
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
          k.netfilter.conntrackFlush(portid(proc));
          summary(proc, "connection tracking table has been emptied.");
        }
        return 0;
      case "C":
        proc.stdout.write(`${a.table === "conntrack" ? k.netfilter.conntrackCount() : 0}\n`);
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
