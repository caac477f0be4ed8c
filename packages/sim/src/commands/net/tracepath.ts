/**
 * tracepath (iputils 20221126) -n: UDP probes from port 44444 upwards with
 * growing TTL, reporting each hop with its RTT, "reached" at the
 * destination, and the resume line with the path MTU and hop counts. The
 * first hop is probed twice, as the real tool's MTU discovery does on a
 * fresh path. A hop that stays silent for 1 s (virtual) after 2 probes
 * prints "no reply".
 */
import type { Command } from "../types.js";
import type { SockMessage } from "../../kernel/net/packet/state.js";
import { ms3 } from "./traffic/format.js";
import { resolve4 } from "./traffic/resolve.js";
import { waitUntil } from "./traffic/wait.js";

const BASE_PORT = 44444;
const HOST_COLUMN = 52;

export const tracepath: Command = {
  name: "tracepath",
  summary: "tracepath - traces path to a network host discovering MTU along this path",
  man: `NAME
tracepath - traces path to a network host discovering MTU along this path

SYNOPSIS
tracepath [-n] [-m max_hops] destination

OPTIONS
-n   Print primarily IP addresses numerically.
-m   Set maximum hops (default 30).
`,
  complete: () => ["-n", "-m"],
  run(proc) {
    let maxHops = 30;
    let target: string | undefined;
    const args = proc.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === "-n" || a === "-b" || a === "-4") continue;
      if (a === "-m") {
        const v = Number(args[++i]);
        if (!(v >= 1 && v <= 255)) {
          proc.stderr.write(`tracepath: invalid argument: '${args[i] ?? ""}'\n`);
          return 1;
        }
        maxHops = v;
      } else if (a.startsWith("-")) {
        proc.stderr.write(`tracepath: invalid option -- '${a.slice(1, 2)}'\n\nUsage\n  tracepath [options] <destination>\n`);
        return 1;
      } else target = a;
    }
    if (!target) {
      proc.stderr.write("\nUsage\n  tracepath [options] <destination>\n\nOptions:\n  -4             use IPv4\n  -6             use IPv6\n  -b             print both name and ip\n  -l <length>    use packet <length>\n  -m <hops>      use maximum <hops>\n  -n             no dns name resolution\n  -p <port>      use destination <port>\n  -V             print version and exit\n  <destination>  dns name or ip address\n\nFor more details see tracepath(8).\n");
      return 1;
    }
    const dst = resolve4(proc, target);
    if (!dst) {
      proc.stderr.write(`tracepath: ${target}: Temporary failure in name resolution\n`);
      return 1;
    }
    const net = proc.host.kernel.net;
    const sock = net.socket("udp", { comm: "tracepath", pid: 0, fd: 3 });
    const clock = proc.host.world.clock;
    const mtu = 1500;
    let port = BASE_PORT;
    const out = (t: string) => proc.stdout.write(t);
    out(`${" 1?: [LOCALHOST]".padEnd(37)} pmtu ${mtu}\n`);
    const probe = (ttl: number): { m?: SockMessage; rtt: number } => {
      net.setTtl(sock, ttl);
      const p = port++;
      const sentAt = clock.now;
      const r = net.sendto(sock, dst, p, "\0".repeat(mtu - 28));
      if (!r.ok) return { rtt: 0 };
      let m: SockMessage | undefined;
      waitUntil(proc, () => {
        while (sock.messages.length) {
          const x = sock.messages.shift()!;
          if (x.origDport === p && x.icmpType) m = x;
        }
        return m !== undefined;
      }, 1000);
      return { m, rtt: m ? m.at - sentAt : 0 };
    };
    try {
      for (let ttl = 1; ttl <= maxHops; ttl++) {
        const tries = ttl === 1 ? 2 : 1;
        let reached = false;
        for (let t = 0; t < tries; t++) {
          let res = probe(ttl);
          if (!res.m) res = probe(ttl);
          if (!res.m) {
            out(`${String(ttl).padStart(2)}:  no reply\n`);
            break;
          }
          const m = res.m;
          reached = m.icmpType === "dest-unreach" && m.icmpCode === 3;
          let line = `${String(ttl).padStart(2)}:  ${m.from.padEnd(HOST_COLUMN)}${ms3(res.rtt).padStart(7)}ms `;
          if (reached) line += "reached";
          else if (m.icmpType === "dest-unreach") line += m.icmpCode === 1 ? "!H" : m.icmpCode === 0 ? "!N" : "!P";
          out(`${line}\n`);
          if (reached || m.icmpType === "dest-unreach") {
            reached = true;
            break;
          }
        }
        if (reached) {
          out(`     Resume: pmtu ${mtu} hops ${ttl} back ${ttl} \n`);
          return 0;
        }
      }
      out(`     Too many hops: pmtu ${mtu}\n     Resume: pmtu ${mtu} \n`);
      return 0;
    } finally {
      net.close(sock);
    }
  },
};
