/**
 * hping3 (3.0.0-alpha-2, Debian 12): crafted TCP (flags -S -A -F -R -P -U),
 * ICMP echo (-1) or UDP (-2) packets, one a second on the virtual clock,
 * sent raw through the kernel (`Kernel.net.rawSend`: OUTPUT, POSTROUTING,
 * conntrack sees them) and the replies read from a capture tap on the
 * interface, as hping3 does with libpcap. Because no socket owns the
 * crafted connection, the sender's own kernel answers a SYN-ACK with a RST,
 * exactly as on Linux: that RST is what ends the handshake on the far side
 * (the seed note's walkthrough freezes it by dropping RSTs in OUTPUT).
 *
 * Layouts from hping3's sources and recordings (commands/netfilter/
 * fixtures/5-hping3.*): "HPING ..." and the reply lines on stdout, the
 * statistics on stderr; exit 0 when a reply came, 1 otherwise. Source
 * ports start at a random base in 1024..3023 (-s to choose it) and move on
 * with each packet unless -k; a reply's `seq` is found from the port it
 * came back to, so with -k every reply is seq=0 and all but the first
 * "DUP!". With -c, hping3 waits one second after the last packet, or stops
 * as soon as every packet was answered. Without -c the real tool runs until
 * Ctrl-C; here it sends HPING_DEFAULT_COUNT packets and stops as if Ctrl-C
 * had been pressed then ("^C" before the statistics).
 */
import type { Process } from "../../../process/process.js";
import { STRERROR } from "../../../kernel/errno.js";
import type { Ipv4Packet, TcpFlags } from "../../../kernel/net/packet/types.js";
import { ipTotalLength } from "../../../kernel/net/packet/types.js";
import type { Command } from "../../types.js";
import { resolve4, reverse4 } from "../traffic/resolve.js";
import { waitUntil } from "../traffic/wait.js";
import { type HpingOptions, parseHping } from "./options.js";

/** packets a plain `hping3 HOST` sends before its simulated Ctrl-C */
export const HPING_DEFAULT_COUNT = 4;
/** COUNTREACHED_TIMEOUT: how long hping3 waits for replies after its last packet, ms */
const COUNT_REACHED_MS = 1000;

interface Sent {
  seq: number;
  sport: number;
  at: number;
  answered: boolean;
}

const UNREACH: Record<number, string> = {
  0: "Network Unreachable",
  1: "Host Unreachable",
  2: "Protocol Unreachable",
  3: "Port Unreachable",
  4: "Fragmentation Needed/DF set",
  5: "Source Route failed",
  9: "Destination network administratively prohibited",
  10: "Destination host administratively prohibited",
  13: "Packet filtered",
};

function flagsText(f: TcpFlags & { urg?: boolean }): string {
  return (f.rst ? "R" : "") + (f.syn ? "S" : "") + (f.ack ? "A" : "") + (f.fin ? "F" : "") + (f.psh ? "P" : "") + (f.urg ? "U" : "");
}

function setFlagsText(o: HpingOptions): string {
  if (o.mode === "icmp") return "icmp mode";
  if (o.mode === "udp") return "udp mode";
  return flagsText(o.flags) || "NO FLAGS are";
}

/** "0.5": printf's %.1f */
const ms1 = (ms: number) => ms.toFixed(1);

export const hping3: Command = {
  name: "hping3",
  summary: "hping3 - send (almost) arbitrary TCP/IP packets to network hosts",
  man: `NAME
hping3 - send (almost) arbitrary TCP/IP packets to network hosts

SYNOPSIS
hping3 [-hvnqSAFRPU12k] [-c count] [-i wait] [--fast] [-p [+][+]dest port]
       [-s base source port] [-t ttl] [-w tcp window] [-a spoof address]
       [-d data size] hostname

DESCRIPTION
hping3 sends TCP, UDP or ICMP packets it builds itself and shows the replies,
one packet a second. In TCP mode (the default) no flag is set unless asked:
-S SYN, -A ACK, -F FIN, -R RST, -P PUSH, -U URG. Because no socket on the
sending host owns the crafted connection, its kernel answers a SYN-ACK with a
RST, as Linux does.

OPTIONS
-c count        Stop after count packets (and replies).
-i wait         Seconds between packets (uX: X microseconds); --fast: 10 a second.
-p [+][+]port   Destination port; +port moves on with each reply, ++port with each packet.
-s port         Base source port (default random); it grows by one per packet unless -k.
-k, --keep      Keep the source port still.
-1, --icmp      ICMP echo requests.   -2, --udp   UDP datagrams.
-a address      Write this source address in the packets (replies go there).
-t ttl, -w win, -d size   TTL (64), TCP window (64), data bytes (0).
-n, -q          Numeric output; quiet (statistics only).

In Rootlab time is virtual: without -c, hping3 sends ${HPING_DEFAULT_COUNT} packets and stops as if
interrupted.
`,
  complete: () => ["-S", "-A", "-F", "-R", "-P", "-U", "-1", "-2", "-c", "-p", "-s", "-k", "--keep", "-a", "-i", "--fast", "-n", "-q"],
  run(proc) {
    const parsed = parseHping(proc.argv.slice(1));
    if (!parsed.ok) {
      if (parsed.stdout) proc.stdout.write(parsed.stdout);
      if (parsed.stderr) proc.stderr.write(parsed.stderr);
      return parsed.status;
    }
    return run(proc, parsed.o);
  },
};

function run(proc: Process, o: HpingOptions): number {
  const target = o.target!;
  const dst = resolve4(proc, target);
  if (!dst) {
    proc.stderr.write(`Unable to resolve '${target}'\n`);
    return 1;
  }
  const kernel = proc.host.kernel;
  const net = kernel.net;
  const route = net.route(dst);
  const header = (ifname: string, dataSize: number) =>
    `HPING ${target} (${ifname} ${dst}): ${setFlagsText(o)} set, ${o.mode === "tcp" ? 40 : 28} headers + ${dataSize} data bytes\n`;
  if (!route.ok) {
    // get_if_name finds no interface: hping3 carries on with lo, and sendto fails
    proc.stderr.write("Warning: Unable to guess the output interface\n");
    proc.stdout.write(header("lo", o.dataSize));
    proc.stderr.write(`[send_ip] sendto: ${STRERROR[route.errno]}\n`);
    return 1;
  }
  // the interface owning the source address the route picks (for our own address: its NIC, not lo)
  const owner = kernel.addrs4().find((a) => a.local === route.value.src);
  const link = kernel.linkByIndex(owner?.ifindex ?? route.value.ifindex)!;
  const local = o.spoof ?? route.value.src;
  proc.stdout.write(header(link.name, o.dataSize));

  const clock = proc.host.world.clock;
  const tap = net.openTap(link.ifindex);
  const initSport = o.baseSport ?? 1024 + (net.env.random() % 2000);
  const icmpId = net.env.random() & 0xffff;
  let sport = initSport;
  let dport = o.dport;
  /** -p ++N: replies from any port sent to so far count (recv_tcp's base_dst_port..dst_port) */
  const fromTarget = (port: number) => (o.forceIncDport ? port >= o.dport && port <= dport : port === dport);
  const sent: Sent[] = [];
  let received = 0;
  const rtts: number[] = [];
  let read = 0;
  const total = o.count ?? HPING_DEFAULT_COUNT;

  /** the delay table lookup (rtt.c): by sequence (ICMP) or by the port the reply came back to */
  const lookup = (seq: number | undefined, port: number): Sent | undefined =>
    seq !== undefined ? sent.find((x) => x.seq === seq) : sent.find((x) => x.sport === port);

  const account = (entry: Sent | undefined, at: number): { dup: boolean; rtt: number; seq: number } | undefined => {
    if (!entry) return undefined;
    const dup = entry.answered;
    entry.answered = true;
    const rtt = at - entry.at;
    rtts.push(rtt);
    received++;
    return { dup, rtt, seq: entry.seq };
  };

  const ipPart = (p: Ipv4Packet, dup: boolean) =>
    `${dup ? "DUP! " : ""}len=${ipTotalLength(p)} ip=${p.src} ttl=${p.ttl} ${p.proto === "icmp" ? "" : "DF "}id=${p.id} `;

  const drain = () => {
    const frames = net.tapFrames(tap);
    for (; read < frames.length; read++) {
      const { frame, at, dir } = frames[read];
      const p = frame.ip;
      if (dir !== "in" || !p || p.dst !== local) continue;
      if (p.proto !== "icmp" && p.src !== dst) continue;
      if (p.tcp && o.mode === "tcp") {
        if (!fromTarget(p.tcp.sport)) continue;
        const hit = account(lookup(undefined, p.tcp.dport), at);
        if (!hit) continue;
        if (!o.quiet) proc.stdout.write(`${ipPart(p, hit.dup)}sport=${p.tcp.sport} flags=${flagsText(p.tcp.flags) || "none"} seq=${hit.seq} win=${p.tcp.win} rtt=${ms1(hit.rtt)} ms\n`);
        if (o.incDport && !o.forceIncDport) dport = (dport + 1) & 0xffff;
      } else if (p.udp && o.mode === "udp") {
        if (!fromTarget(p.udp.sport)) continue;
        const hit = account(lookup(undefined, p.udp.dport), at);
        if (!hit) continue;
        if (!o.quiet) proc.stdout.write(`${ipPart(p, hit.dup)}seq=${hit.seq} rtt=${ms1(hit.rtt)} ms\n`);
        if (o.incDport && !o.forceIncDport) dport = (dport + 1) & 0xffff;
      } else if (p.icmp) {
        const m = p.icmp;
        if (m.type === "echo-reply" && o.mode === "icmp" && m.id === icmpId) {
          const hit = account(lookup(m.seq ?? -1, 0), at);
          if (!hit) continue;
          if (!o.quiet) proc.stdout.write(`${ipPart(p, hit.dup)}icmp_seq=${hit.seq} rtt=${ms1(hit.rtt)} ms\n`);
        } else if ((m.type === "dest-unreach" || m.type === "time-exceeded") && m.orig?.dst === dst) {
          const q = m.orig;
          const qport = q.tcp?.sport ?? q.udp?.sport;
          const hit = account(q.icmp ? lookup(q.icmp.seq ?? -1, 0) : lookup(undefined, qport ?? -1), at);
          received += hit ? 0 : 1;
          if (o.quiet) continue;
          const what = m.type === "time-exceeded" ? (m.code === 0 ? "TTL 0 during transit" : "TTL 0 during reassembly") : (UNREACH[m.code] ?? `Unreachable type=3 code=${m.code}`);
          const name = o.numeric ? "" : ` get hostname...${"\b".repeat(15)}${" ".repeat(15)}${"\b".repeat(15)}name=${reverse4(proc, p.src) ?? "UNKNOWN"}`;
          proc.stdout.write(`ICMP ${what} from ip=${p.src}${name}\n`);
          if (hit) proc.stdout.write(`status=0 port=${qport ?? 0} seq=${hit.seq}\n`);
        }
      }
    }
  };

  try {
    for (let seq = 0; seq < total; seq++) {
      const pkt: Ipv4Packet = { src: local, dst, ttl: o.ttl, id: net.env.random() & 0xffff, proto: o.mode };
      const data = "\0".repeat(o.dataSize);
      if (o.mode === "tcp") {
        const f = o.flags;
        const flags: TcpFlags = {};
        for (const k of ["syn", "ack", "fin", "rst", "psh"] as const) if (f[k]) flags[k] = true;
        pkt.tcp = { sport, dport, seq: o.setseq ?? net.env.random(), ack: o.setack ?? net.env.random(), flags, win: o.win, data };
      } else if (o.mode === "udp") {
        pkt.udp = { sport, dport, data };
      } else {
        pkt.icmp = { type: "echo-request", code: 0, id: icmpId, seq, dataLen: o.dataSize, sentAt: clock.now };
      }
      sent.push({ seq, sport, at: clock.now, answered: false });
      const r = net.rawSend(pkt);
      if (!r.ok) {
        proc.stderr.write(`[send_ip] sendto: ${STRERROR[r.errno]}\n`);
        return 1;
      }
      if (!o.keep) sport = (seq + 1 + initSport) % 65536;
      if (o.forceIncDport) dport = (dport + 1) & 0xffff;
      const last = seq === total - 1;
      // replies are printed as they come while waiting for the next packet's turn
      waitUntil(
        proc,
        () => {
          drain();
          return o.count !== undefined && received >= o.count;
        },
        last ? COUNT_REACHED_MS : o.intervalMs,
      );
      if (o.count !== undefined && received >= o.count) break;
    }
    drain();
  } finally {
    net.closeTap(tap);
  }
  if (o.count === undefined) proc.stdout.write("^C");
  const loss = received > 0 ? 100 - Math.floor((received * 100) / sent.length) : sent.length ? 100 : 0;
  const min = rtts.length ? Math.min(...rtts) : 0;
  const max = rtts.length ? Math.max(...rtts) : 0;
  const avg = rtts.length ? rtts.reduce((a, b) => a + b, 0) / rtts.length : 0;
  proc.stderr.write(
    `\n--- ${target} hping statistic ---\n${sent.length} packets transmitted, ${received} packets received, ${loss}% packet loss\n` +
      `round-trip min/avg/max = ${ms1(min)}/${ms1(avg)}/${ms1(max)} ms\n`,
  );
  return received > 0 ? 0 : 1;
}
