/**
 * traceroute (Dmitry Butskoy's 2.1.2, Debian's `traceroute`) -n: UDP probes
 * to ports 33434 upwards with TTL 1, 2, ... (3 per hop by default, -q),
 * each answered by ICMP time exceeded from a router or port unreachable from
 * the destination. A hop waits up to -w seconds (5) on the virtual clock;
 * silence prints "*". Annotations !H, !N, !P, !X follow the RTT of an
 * unreachable that is not a port unreachable.
 */
import type { Command } from "../types.js";
import type { SockMessage } from "../../kernel/net/packet/state.js";
import { STRERROR } from "../../kernel/errno.js";
import { ms3 } from "./traffic/format.js";
import { resolve4 } from "./traffic/resolve.js";
import { waitUntil } from "./traffic/wait.js";

const BASE_PORT = 33434;
/** UDP payload so that the IPv4 datagram is 60 bytes, traceroute's default */
const PAYLOAD = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_";

const ANNOT: Record<number, string> = { 0: " !N", 1: " !H", 2: " !P", 13: " !X" };

export const traceroute: Command = {
  name: "traceroute",
  summary: "traceroute - print the route packets trace to network host",
  man: `NAME
traceroute - print the route packets trace to network host

SYNOPSIS
traceroute [-n] [-m max_ttl] [-q nqueries] [-w waittime] host

DESCRIPTION
traceroute tracks the route packets take from an IP network on their way to a
given host, using the IP protocol's time to live (TTL) field.

OPTIONS
-n   Do not try to map IP addresses to host names.
-m   Maximum number of hops (default 30).
-q   Probe packets per hop (default 3).
-w   Seconds to wait for a response to a probe (default 5).
`,
  complete: () => ["-n", "-m", "-q", "-w"],
  run(proc) {
    let maxTtl = 30;
    let queries = 3;
    let waitMs = 5000;
    let target: string | undefined;
    const args = proc.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const num = (name: string, lo: number, hi: number): number | undefined => {
        const v = args[++i];
        if (v === undefined || !/^\d+(\.\d+)?$/.test(v)) {
          proc.stderr.write(`Cannot handle \`${name}' option with arg \`${v ?? ""}' (argc ${i})\n`);
          return undefined;
        }
        const n = Number(v);
        return n < lo || n > hi ? undefined : n;
      };
      if (a === "-n" || a === "-I" || a === "-U") continue;
      if (a === "-m") {
        const v = num("-m", 1, 255);
        if (v === undefined) return 2;
        maxTtl = v;
      } else if (a === "-q") {
        const v = num("-q", 1, 10);
        if (v === undefined) return 2;
        queries = v;
      } else if (a === "-w") {
        const v = num("-w", 0, 60);
        if (v === undefined) return 2;
        waitMs = v * 1000;
      } else if (a.startsWith("-")) {
        proc.stderr.write(`Bad option \`${a}' (argc ${i + 1})\n`);
        return 2;
      } else target = a;
    }
    if (!target) {
      proc.stderr.write("Usage:\n  traceroute [ -46dFITnreAUDV ] [ -f first_ttl ] [ -g gate,... ] [ -i device ] [ -m max_ttl ] [ -N squeries ] [ -p port ] [ -t tos ] [ -l flow_label ] [ -w MAX,HERE,NEAR ] [ -q nqueries ] [ -s src_addr ] [ -z sendwait ] [ --fwmark=num ] host [ packetlen ]\n");
      return 2;
    }
    const dst = resolve4(proc, target);
    if (!dst) {
      proc.stderr.write(`${target}: Temporary failure in name resolution\nCannot handle "host" cmdline arg \`${target}' on position 1 (argc 1)\n`);
      return 2;
    }
    const net = proc.host.kernel.net;
    const route = net.route(dst);
    if (!route.ok) {
      proc.stdout.write(`traceroute to ${target} (${dst}), ${maxTtl} hops max, 60 byte packets\n`);
      proc.stderr.write(`connect: ${STRERROR[route.errno]}\n`);
      return 1;
    }
    proc.stdout.write(`traceroute to ${target} (${dst}), ${maxTtl} hops max, 60 byte packets\n`);
    const sock = net.socket("udp", { comm: "traceroute", pid: 0, fd: 3 });
    const clock = proc.host.world.clock;
    let port = BASE_PORT;
    try {
      for (let ttl = 1; ttl <= maxTtl; ttl++) {
        net.setTtl(sock, ttl);
        const probes: { port: number; sentAt: number; reply?: SockMessage }[] = [];
        for (let q = 0; q < queries; q++) {
          probes.push({ port, sentAt: clock.now });
          net.sendto(sock, dst, port++, PAYLOAD);
        }
        const collect = () => {
          while (sock.messages.length) {
            const m = sock.messages.shift()!;
            const p = probes.find((x) => x.port === m.origDport && !x.reply);
            if (p && m.icmpType) p.reply = m;
          }
          return probes.every((p) => p.reply);
        };
        waitUntil(proc, collect, waitMs);
        let line = String(ttl).padStart(2);
        let last: string | undefined;
        let reached = false;
        for (const p of probes) {
          if (!p.reply) {
            line += " *";
            continue;
          }
          if (p.reply.from !== last) {
            line += `  ${p.reply.from}`;
            last = p.reply.from;
          }
          line += `  ${ms3(p.reply.at - p.sentAt)} ms`;
          if (p.reply.icmpType === "dest-unreach") {
            reached = true;
            if (p.reply.icmpCode !== 3) line += ANNOT[p.reply.icmpCode ?? 0] ?? ` !<${p.reply.icmpCode}>`;
          }
        }
        proc.stdout.write(`${line}\n`);
        if (reached) break;
      }
    } finally {
      net.close(sock);
    }
    return 0;
  },
};
