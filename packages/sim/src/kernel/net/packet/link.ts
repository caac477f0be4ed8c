/**
 * The NIC: frames in from the cable and out to it. Taps (AF_PACKET sockets,
 * tcpdump) see every frame that crosses the interface in either direction,
 * before the MAC filter, as a promiscuous capture does. Counters follow
 * `ip -s link`: bytes are the Ethernet frame without FCS.
 */
import { arpRcv } from "./neigh.js";
import { ipRcv } from "./ipv4.js";
import type { NetStack } from "./stack.js";
import { TAP_MAX_FRAMES } from "./state.js";
import { BROADCAST_MAC, type EthFrame, ipTotalLength } from "./types.js";

/** Ethernet header 14 bytes; an ARP frame is 14 + 28 */
export function frameLength(f: EthFrame): number {
  return 14 + (f.type === "arp" ? 28 : ipTotalLength(f.ip!));
}

function tap(s: NetStack, ifindex: number, dir: "in" | "out", frame: EthFrame): void {
  for (const t of s.net.taps) {
    if (t.ifindex !== ifindex) continue;
    if (t.frames.length >= TAP_MAX_FRAMES) t.frames.shift();
    t.frames.push({ at: s.now, dir, frame });
  }
}

/** a frame arrives from the cable of link `ifindex` (the world calls this) */
export function netifReceive(s: NetStack, ifindex: number, frame: EthFrame): void {
  const link = s.link(ifindex);
  if (!link || !link.up || !link.carrier) return;
  tap(s, ifindex, "in", frame);
  if (frame.dst !== link.mac && frame.dst !== BROADCAST_MAC && link.kind !== "loopback") return;
  link.stats.rxPackets++;
  link.stats.rxBytes += frameLength(frame);
  if (frame.type === "arp") arpRcv(s, ifindex, frame.arp!);
  else if (frame.ip) ipRcv(s, ifindex, frame.ip, frame);
}

/** put a frame on link `ifindex`; dropped (tx_dropped) when the link is down */
export function devQueueXmit(s: NetStack, ifindex: number, frame: EthFrame): void {
  const link = s.link(ifindex);
  if (!link) return;
  if (!link.up) {
    link.stats.txDropped++;
    return;
  }
  if (!link.carrier && link.kind !== "loopback") {
    link.stats.txCarrier++;
    return;
  }
  tap(s, ifindex, "out", frame);
  link.stats.txPackets++;
  link.stats.txBytes += frameLength(frame);
  s.env.transmit(ifindex, frame);
}

/** open a capture on link `ifindex`; returns the tap id */
export function openTap(s: NetStack, ifindex: number): number {
  const id = s.net.nextTapId++;
  s.net.taps.push({ id, ifindex, frames: [] });
  return id;
}

export function closeTap(s: NetStack, id: number): void {
  s.net.taps = s.net.taps.filter((t) => t.id !== id);
}
