/**
 * tcpdump (4.99.3) -n: print what crosses an interface.
 *
 * Capture and virtual time: tcpdump opens a tap on the interface and lets
 * the lab's clock run while it listens, printing each frame that crosses
 * (either direction) and matches the filter. It stops after -c N frames, or
 * when TCPDUMP_LISTEN_MS of virtual time have passed without reaching N (as
 * if Ctrl-C were pressed: "^C" and the statistics). Only traffic already
 * under way or scheduled (retransmissions, neighbour probes, replies in
 * flight) can cross while it listens, since a terminal runs one command at a
 * time; the kernel keeps taps open across commands (Kernel.net.openTap) for
 * tools that watch a probe run elsewhere.
 */
import { parseOptions } from "../../files/options.js";
import type { Command } from "../../types.js";
import type { Process } from "../../../process/process.js";
import { waitUntil } from "../traffic/wait.js";
import { compileFilter, type FramePredicate } from "./filter.js";
import { printFrame, type SeqTable, timestamp } from "./print.js";
import { EPOCH_MS } from "../../../world/clock.js";
import type { CapturedFrame } from "../../../kernel/net/packet/state.js";

/** how long tcpdump listens, in ms of virtual time, before its simulated Ctrl-C */
export const TCPDUMP_LISTEN_MS = 10_000;

/** format captured frames as tcpdump lines (shared with tests and probes) */
export function formatCapture(frames: readonly CapturedFrame[], filter: FramePredicate = () => true): string[] {
  const seqs: SeqTable = new Map();
  return frames.filter((c) => filter(c.frame)).map((c) => `${timestamp(EPOCH_MS + c.at)} ${printFrame(c.frame, seqs)}`);
}

function defaultInterface(proc: Process): string | undefined {
  return proc.host.kernel.links().find((l) => l.kind !== "loopback" && l.up)?.name;
}

export const tcpdump: Command = {
  name: "tcpdump",
  summary: "tcpdump - dump traffic on a network",
  man: `NAME
tcpdump - dump traffic on a network

SYNOPSIS
tcpdump [-n] [-c count] [-i interface] [expression]

DESCRIPTION
Prints a description of the packets crossing an interface that match the
boolean expression (host, net, port, src, dst, icmp, tcp, udp, arp, and, or,
not).

In Rootlab time is virtual: tcpdump listens while the lab's clock runs, up to
${TCPDUMP_LISTEN_MS / 1000} s, or until it has printed count packets.
`,
  complete: () => ["-n", "-c", "-i", "host", "port", "icmp", "tcp", "udp", "arp"],
  run(proc) {
    const parsed = parseOptions(proc.argv.slice(1), [
      { key: "n", short: "n" },
      { key: "c", short: "c", arg: "required" },
      { key: "i", short: "i", arg: "required" },
      { key: "l", short: "l" },
      { key: "v", short: "v" },
      { key: "q", short: "q" },
      { key: "e", short: "e" },
      { key: "S", short: "S" },
    ]);
    if (!parsed.ok) {
      proc.stderr.write(`tcpdump: ${parsed.error}\n`);
      return 1;
    }
    const o = new Map(parsed.list.map((x) => [x.key, x.value ?? ""]));
    let count: number | undefined;
    if (o.has("c")) {
      const c = o.get("c")!;
      if (!/^\d+$/.test(c) || Number(c) < 1) {
        proc.stderr.write(`tcpdump: invalid packet count ${c}\n`);
        return 1;
      }
      count = Number(c);
    }
    const ifname = o.get("i") ?? defaultInterface(proc);
    const link = ifname === undefined ? undefined : proc.host.kernel.linkByName(ifname);
    if (!link || ifname === undefined) {
      proc.stderr.write(`tcpdump: ${ifname ?? "any"}: No such device exists\n(No such device exists)\n`);
      return 1;
    }
    const filter = compileFilter(parsed.operands);
    if (filter === "syntax error") {
      proc.stderr.write("tcpdump: can't parse filter expression: syntax error\n");
      return 1;
    }
    if (!link.up) {
      proc.stderr.write(`tcpdump: ${ifname}: That device is not up\n`);
      return 1;
    }
    const linkType = link.kind === "loopback" ? "EN10MB (Ethernet)" : "EN10MB (Ethernet)";
    proc.stderr.write(
      "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n" +
        `listening on ${ifname}, link-type ${linkType}, snapshot length 262144 bytes\n`,
    );
    const net = proc.host.kernel.net;
    const tap = net.openTap(link.ifindex);
    const seqs: SeqTable = new Map();
    let printed = 0;
    let seen = 0;
    try {
      const pump = () => {
        const frames = net.tapFrames(tap);
        while (seen < frames.length && (count === undefined || printed < count)) {
          const c = frames[seen++];
          if (!filter(c.frame)) continue;
          printed++;
          proc.stdout.write(`${timestamp(EPOCH_MS + c.at)} ${printFrame(c.frame, seqs)}\n`);
        }
        return count !== undefined && printed >= count;
      };
      const done = waitUntil(proc, pump, TCPDUMP_LISTEN_MS);
      if (!done) proc.stdout.write("^C\n");
    } finally {
      net.closeTap(tap);
    }
    const pl = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
    proc.stderr.write(`${pl(printed, "packet")} captured\n${pl(printed, "packet")} received by filter\n0 packets dropped by kernel\n`);
    return 0;
  },
};
