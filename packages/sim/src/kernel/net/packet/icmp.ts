/**
 * ICMP (net/ipv4/icmp.c): answer echo requests, send errors, and hand echo
 * replies and errors to the socket they concern (ping's socket by echo id,
 * UDP by source port, TCP by its four-tuple).
 *
 * icmp_send's rules: never about an ICMP error, a broadcast, or a fragment
 * other than the first; the source is the address the offending packet was
 * sent to when it was for us, else the address routing picks towards its
 * sender (so a router answers from the interface facing the sender). The
 * kernel's ICMP rate limit (icmp_ratelimit, 1 per second per destination
 * after a burst) is not modelled.
 */
import { defaultTtl, ipOutput, nextIpId } from "./ipv4.js";
import { classifyDst, routeOutput } from "./route-input.js";
import { icmpErrorToSocket, socketForEcho } from "./socket.js";
import type { NetStack } from "./stack.js";
import type { IcmpType, Ipv4Packet } from "./types.js";

export function icmpRcv(s: NetStack, pkt: Ipv4Packet, broadcast: boolean): void {
  const m = pkt.icmp!;
  switch (m.type) {
    case "echo-request": {
      if (s.sysctl("net.ipv4.icmp_echo_ignore_all") === "1") return;
      if (broadcast && s.sysctl("net.ipv4.icmp_echo_ignore_broadcasts") !== "0") return;
      const reply: Ipv4Packet = {
        src: broadcast ? "" : pkt.dst,
        dst: pkt.src,
        ttl: defaultTtl(s),
        id: nextIpId(s),
        proto: "icmp",
        icmp: { type: "echo-reply", code: 0, id: m.id, seq: m.seq, dataLen: m.dataLen, sentAt: m.sentAt },
      };
      ipOutput(s, reply); // no route back: the reply is lost, as on Linux
      return;
    }
    case "echo-reply": {
      const sock = socketForEcho(s, m.id ?? -1);
      if (!sock) return;
      sock.messages.push({ at: s.now, from: pkt.src, seq: m.seq, ttl: pkt.ttl, sentAt: m.sentAt, data: "" });
      return;
    }
    case "dest-unreach":
    case "time-exceeded":
      if (m.orig) icmpErrorToSocket(s, pkt.src, m.type, m.code, m.orig);
      return;
  }
}

/** icmp_send: report a problem with `orig` to its sender */
export function icmpSend(s: NetStack, orig: Ipv4Packet, type: IcmpType, code: number): void {
  if (orig.proto === "icmp" && orig.icmp && orig.icmp.type !== "echo-request" && orig.icmp.type !== "echo-reply") return;
  if (classifyDst(s, orig.dst) === "broadcast" || !orig.src || orig.src === "0.0.0.0") return;
  const local = classifyDst(s, orig.dst) === "local";
  let src = orig.dst;
  if (!local) {
    const r = routeOutput(s, orig.src);
    if (!r.ok) return;
    src = r.value.src;
  }
  // quote the offending packet; a TCP/UDP payload beyond what fits in 576 bytes is cut
  const quoted: Ipv4Packet = structuredClone(orig);
  if (quoted.tcp && quoted.tcp.data.length > 512) quoted.tcp.data = quoted.tcp.data.slice(0, 512);
  if (quoted.udp && quoted.udp.data.length > 512) quoted.udp.data = quoted.udp.data.slice(0, 512);
  ipOutput(s, { src, dst: orig.src, ttl: defaultTtl(s), id: nextIpId(s), proto: "icmp", icmp: { type, code, orig: quoted } });
}
