/**
 * UDP (net/ipv4/udp.c): deliver to the best-matching socket (connected
 * four-tuple before a bound address before a wildcard), else ICMP port
 * unreachable (never for a broadcast).
 */
import { type Result, fail, ok } from "../../errno.js";
import { icmpSend } from "./icmp.js";
import { defaultTtl, ipOutput, nextIpId } from "./ipv4.js";
import { routeOutput } from "./route-input.js";
import { sockBind, sockNotify } from "./socket.js";
import type { NetStack } from "./stack.js";
import type { SocketState } from "./state.js";
import { ICMP_PORT_UNREACH, type Ipv4Packet } from "./types.js";

/** datagrams a socket queues before dropping (a bounded receive buffer) */
const RCVQ_MAX = 1000;

function lookup(s: NetStack, pkt: Ipv4Packet): SocketState | undefined {
  const u = pkt.udp!;
  let best: SocketState | undefined;
  let bestScore = -1;
  for (const x of s.net.sockets) {
    if (x.proto !== "udp" || x.lport !== u.dport) continue;
    if (x.local !== "0.0.0.0" && x.local !== pkt.dst) continue;
    if (x.remote !== undefined && (x.remote !== pkt.src || x.rport !== u.sport)) continue;
    const score = (x.remote !== undefined ? 2 : 0) + (x.local !== "0.0.0.0" ? 1 : 0);
    if (score > bestScore) {
      best = x;
      bestScore = score;
    }
  }
  return best;
}

export function udpRcv(s: NetStack, pkt: Ipv4Packet, broadcast: boolean): void {
  const sock = lookup(s, pkt);
  if (!sock) {
    if (!broadcast) icmpSend(s, pkt, "dest-unreach", ICMP_PORT_UNREACH);
    return;
  }
  if (sock.messages.length >= RCVQ_MAX) return;
  sock.messages.push({ at: s.now, from: pkt.src, port: pkt.udp!.sport, data: pkt.udp!.data });
  sockNotify(s, sock, "data");
}

/** sendto(2) on a UDP socket; binds an ephemeral port first if needed */
export function udpSendto(s: NetStack, sock: SocketState, dst: string, dport: number, data: string): Result {
  if (dport <= 0 || dport > 65535) return fail("EINVAL");
  const r = routeOutput(s, dst, sock.boundIfindex);
  if (!r.ok) return fail(r.errno);
  if (sock.lport === 0) {
    const b = sockBind(s, sock, "0.0.0.0", 0);
    if (!b.ok) return b;
  }
  const src = sock.local !== "0.0.0.0" ? sock.local : r.value.src;
  const pkt: Ipv4Packet = {
    src,
    dst,
    ttl: sock.ttl ?? defaultTtl(s),
    id: nextIpId(s),
    proto: "udp",
    udp: { sport: sock.lport, dport, data },
  };
  const out = ipOutput(s, pkt, { oif: sock.boundIfindex });
  return out.ok ? ok() : out;
}
