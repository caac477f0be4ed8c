/**
 * ARP (RFC 826) and the neighbour table with Linux's NUD states
 * (net/core/neighbour.c, net/ipv4/arp.c):
 *
 *   (none) --send--> INCOMPLETE --reply--> REACHABLE --30 s--> STALE
 *   INCOMPLETE --3 probes, 1 s apart--> FAILED (queued packets get ICMP host unreachable)
 *   STALE --send--> DELAY --5 s, unconfirmed--> PROBE --3 unicast probes--> FAILED
 *   DELAY/PROBE --reply--> REACHABLE
 *   an ARP request for one of our addresses leaves the asker STALE (neigh_event_ns)
 *
 * Times (ms of virtual time) are the kernel defaults: retrans_time 1000,
 * mcast_solicit/ucast_solicit 3, delay_first_probe_time 5000, and a fixed
 * reachable time of 30000 (Linux draws it between 15 and 45 s).
 */
import { devQueueXmit } from "./link.js";
import { icmpSend } from "./icmp.js";
import { isLocalAddress } from "./route-input.js";
import type { NetStack } from "./stack.js";
import { NEIGH_QUEUE_LEN, type NeighEntry } from "./state.js";
import { recordDecision } from "./trace.js";
import { type ArpPacket, BROADCAST_MAC, ICMP_HOST_UNREACH, type Ipv4Packet } from "./types.js";

export const RETRANS_MS = 1000;
export const MAX_PROBES = 3;
export const REACHABLE_MS = 30_000;
export const DELAY_PROBE_MS = 5000;
/** entries kept at most; the oldest FAILED/STALE ones go first (gc_thresh) */
const MAX_ENTRIES = 1024;

function find(s: NetStack, ifindex: number, ip: string): NeighEntry | undefined {
  return s.net.neigh.find((n) => n.ifindex === ifindex && n.ip === ip);
}

function setTimer(s: NetStack, n: NeighEntry, ms: number): void {
  if (n.timer !== undefined) s.env.cancel(n.timer);
  n.timer = s.env.schedule(ms, "net.neigh", { ifindex: n.ifindex, ip: n.ip });
}

function clearTimer(s: NetStack, n: NeighEntry): void {
  if (n.timer !== undefined) s.env.cancel(n.timer);
  delete n.timer;
}

function setState(s: NetStack, n: NeighEntry, state: NeighEntry["state"]): void {
  n.state = state;
  n.updatedAt = s.now;
}

/** the primary address of the link, as the sender address of our ARP requests */
function arpSource(s: NetStack, ifindex: number, target: string): string {
  const addrs = s.k.addrs4.filter((a) => a.ifindex === ifindex && !a.secondary);
  return addrs[0]?.local ?? s.k.addrs4.find((a) => a.ifindex === ifindex)?.local ?? target;
}

function sendArpRequest(s: NetStack, n: NeighEntry, unicastTo?: string): void {
  const link = s.link(n.ifindex);
  if (!link) return;
  const arp: ArpPacket = { op: "request", sha: link.mac, spa: arpSource(s, n.ifindex, n.ip), tha: "00:00:00:00:00:00", tpa: n.ip };
  devQueueXmit(s, n.ifindex, { src: link.mac, dst: unicastTo ?? BROADCAST_MAC, type: "arp", arp });
}

function transmit(s: NetStack, ifindex: number, mac: string, pkt: Ipv4Packet): void {
  const link = s.link(ifindex);
  if (!link) return;
  devQueueXmit(s, ifindex, { src: link.mac, dst: mac, type: "ipv4", ip: pkt });
}

function flushQueue(s: NetStack, n: NeighEntry): void {
  const q = n.queue;
  n.queue = [];
  for (const p of q) transmit(s, n.ifindex, n.mac!, p);
}

function create(s: NetStack, ifindex: number, ip: string): NeighEntry {
  if (s.net.neigh.length >= MAX_ENTRIES) {
    const victim = s.net.neigh.findIndex((e) => e.state === "FAILED" || e.state === "STALE");
    if (victim >= 0) {
      clearTimer(s, s.net.neigh[victim]);
      s.net.neigh.splice(victim, 1);
    }
  }
  const n: NeighEntry = { ifindex, ip, state: "INCOMPLETE", probes: 0, confirmedAt: 0, updatedAt: s.now, queue: [] };
  // new entries go first, as the kernel's hash walk shows the newest first in a small table
  s.net.neigh.unshift(n);
  return n;
}

/** hand an IPv4 packet to the neighbour layer for next hop `nexthop` on link `ifindex` */
export function neighOutput(s: NetStack, ifindex: number, nexthop: string, pkt: Ipv4Packet): void {
  const link = s.link(ifindex);
  if (!link) return;
  if (link.kind === "loopback") {
    devQueueXmit(s, ifindex, { src: link.mac, dst: link.mac, type: "ipv4", ip: pkt });
    return;
  }
  if (nexthop === "255.255.255.255" || isBroadcastOn(s, ifindex, nexthop)) {
    transmit(s, ifindex, BROADCAST_MAC, pkt);
    return;
  }
  let n = find(s, ifindex, nexthop);
  if (!n) n = create(s, ifindex, nexthop);
  switch (n.state) {
    case "PERMANENT":
    case "REACHABLE":
    case "DELAY":
    case "PROBE":
      transmit(s, ifindex, n.mac!, pkt);
      return;
    case "STALE":
      setState(s, n, "DELAY");
      setTimer(s, n, DELAY_PROBE_MS);
      transmit(s, ifindex, n.mac!, pkt);
      return;
    case "FAILED":
    case "NOARP":
    case "INCOMPLETE":
      if (n.queue.length >= NEIGH_QUEUE_LEN) n.queue.shift();
      n.queue.push(pkt);
      recordDecision(s.k, s.now, "queued", pkt, () => `waiting for an ARP reply from ${nexthop} on ${link.name}`, undefined, link.name);
      if (n.state !== "INCOMPLETE" || n.probes === 0) {
        setState(s, n, "INCOMPLETE");
        delete n.mac;
        n.probes = 1;
        sendArpRequest(s, n);
        setTimer(s, n, RETRANS_MS);
      }
      return;
  }
}

function isBroadcastOn(s: NetStack, ifindex: number, ip: string): boolean {
  return s.k.routes.some((r) => r.table === "local" && r.type === "broadcast" && r.dst === ip && r.ifindex === ifindex);
}

/** a neighbour timer fired */
export function neighTimer(s: NetStack, ifindex: number, ip: string): void {
  const n = find(s, ifindex, ip);
  if (!n) return;
  delete n.timer;
  switch (n.state) {
    case "INCOMPLETE":
    case "PROBE":
      if (n.probes < MAX_PROBES) {
        n.probes++;
        sendArpRequest(s, n, n.state === "PROBE" ? n.mac : undefined);
        setTimer(s, n, RETRANS_MS);
        return;
      }
      setState(s, n, "FAILED");
      delete n.mac;
      n.probes = 0;
      {
        const q = n.queue;
        n.queue = [];
        // arp_error_report -> dst_link_failure: each waiting packet's sender learns the host is unreachable
        const dev = s.link(ifindex)?.name;
        for (const p of q) {
          recordDecision(s.k, s.now, "dropped", p, () => `ARP for ${ip} failed: ICMP host unreachable sent`, undefined, dev);
          icmpSend(s, p, "dest-unreach", ICMP_HOST_UNREACH);
        }
      }
      return;
    case "REACHABLE": {
      // compare deadlines the way the timer computed them (no float subtraction: 30000.1 - 0.1 may miss)
      const left = n.confirmedAt + REACHABLE_MS - s.now;
      if (left < 0.001) setState(s, n, "STALE");
      else setTimer(s, n, left);
      return;
    }
    case "DELAY":
      // an ARP reply would have made it REACHABLE already: no confirmation came
      setState(s, n, "PROBE");
      n.probes = 1;
      sendArpRequest(s, n, n.mac);
      setTimer(s, n, RETRANS_MS);
      return;
    default:
      return;
  }
}

function confirm(s: NetStack, n: NeighEntry, mac: string): void {
  n.mac = mac;
  n.confirmedAt = s.now;
  n.probes = 0;
  setState(s, n, "REACHABLE");
  setTimer(s, n, REACHABLE_MS);
  flushQueue(s, n);
}

/** an ARP packet arrived on link `ifindex` */
export function arpRcv(s: NetStack, ifindex: number, arp: ArpPacket): void {
  const link = s.link(ifindex);
  if (!link) return;
  if (arp.op === "request") {
    // arp_ignore=0: answer for any local address, whichever interface holds it
    if (!isLocalAddress(s, arp.tpa)) return;
    let n = find(s, ifindex, arp.spa);
    if (!n) n = create(s, ifindex, arp.spa);
    if (n.state !== "PERMANENT" && (n.mac !== arp.sha || n.state === "INCOMPLETE" || n.state === "FAILED")) {
      n.mac = arp.sha;
      n.probes = 0;
      setState(s, n, "STALE");
      clearTimer(s, n);
      flushQueue(s, n);
    }
    const reply: ArpPacket = { op: "reply", sha: link.mac, spa: arp.tpa, tha: arp.sha, tpa: arp.spa };
    devQueueXmit(s, ifindex, { src: link.mac, dst: arp.sha, type: "arp", arp: reply });
    return;
  }
  const n = find(s, ifindex, arp.spa);
  // arp_accept=0: an unsolicited reply creates nothing
  if (!n || n.state === "PERMANENT") return;
  confirm(s, n, arp.sha);
}

/** `ip neigh flush`: entries on `ifindex` (all when undefined) except PERMANENT/NOARP; returns how many went */
export function neighFlush(s: NetStack, ifindex?: number, match: (n: NeighEntry) => boolean = () => true): number {
  const victims = s.net.neigh.filter(
    (n) => (ifindex === undefined || n.ifindex === ifindex) && n.state !== "PERMANENT" && n.state !== "NOARP" && match(n),
  );
  for (const v of victims) clearTimer(s, v);
  s.net.neigh = s.net.neigh.filter((n) => !victims.includes(n));
  return victims.length;
}

/** a link went down: its neighbours go (neigh_ifdown) */
export function neighIfdown(s: NetStack, ifindex: number): void {
  const victims = s.net.neigh.filter((n) => n.ifindex === ifindex);
  for (const v of victims) clearTimer(s, v);
  s.net.neigh = s.net.neigh.filter((n) => n.ifindex !== ifindex);
}
