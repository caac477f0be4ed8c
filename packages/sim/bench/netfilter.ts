/**
 * Netfilter's cost, in Node. A benchmark, not a test: it prints figures and
 * never fails.
 *
 *  1. packets/s through the gateway lab's router (machine_B -> machine_A ->
 *     inet) with a 200-rule FORWARD chain that every packet walks to the
 *     end (198 rules that do not match, then ESTABLISHED,RELATED and the
 *     LAN's NEW connections accepted), MASQUERADE on the way out and
 *     conntrack: a ping flood and TCP connect/close, as bench/packets.ts
 *     measures them without rules;
 *  2. conntrack lookup time with 10, 10k and 100k entries in the table
 *     (nf_conntrack_in for a packet of an existing UDP flow): it must not
 *     grow with the table.
 *
 *   npx tsx packages/sim/bench/netfilter.ts
 */
import "../src/eager.js"; // every program and the lab builder, loaded up front as in Node
import { performance } from "node:perf_hooks";
import { LabSession } from "../src/lab/lab-session.js";
import { conntrackConfirm, conntrackIn } from "../src/kernel/net/netfilter/conntrack/core.js";
import type { NfChain, NfRule, NfTable } from "../src/kernel/net/netfilter/types.js";
import type { NetStack } from "../src/kernel/net/packet/stack.js";
import type { Ipv4Packet } from "../src/kernel/net/packet/types.js";

const zero = () => ({ packets: 0, bytes: 0 });
const rule = (r: Partial<NfRule>): NfRule => ({ matches: [], target: { kind: "none" }, counters: zero(), ...r });

function world(): LabSession {
  const s = LabSession.create("gateway", 1);
  s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
  s.run("inet", "ip route add default via 10.0.0.1");
  const rs = s.world.host("machine_A")!.kernel.netfilter.ruleset();
  const forward: NfChain = { name: "FORWARD", policy: "DROP", counters: zero(), rules: [] };
  for (let i = 0; i < 198; i++)
    forward.rules.push(
      rule({ src: { addr: `172.16.${i}.0`, prefixlen: 24, invert: false }, proto: { num: 6, invert: false }, matches: [{ kind: "tcp", dport: { min: 1000 + i, max: 1000 + i, invert: false } }], target: { kind: "DROP" } }),
    );
  forward.rules.push(rule({ matches: [{ kind: "state", states: ["ESTABLISHED", "RELATED"], invert: false }], target: { kind: "ACCEPT" } }));
  forward.rules.push(rule({ in: { name: "eth0", invert: false }, out: { name: "eth1", invert: false }, matches: [{ kind: "state", states: ["NEW"], invert: false }], target: { kind: "ACCEPT" } }));
  const filter: NfTable = { name: "filter", chains: [{ name: "INPUT", policy: "ACCEPT", counters: zero(), rules: [] }, forward, { name: "OUTPUT", policy: "ACCEPT", counters: zero(), rules: [] }] };
  const nat: NfTable = {
    name: "nat",
    chains: [
      { name: "PREROUTING", policy: "ACCEPT", counters: zero(), rules: [] },
      { name: "INPUT", policy: "ACCEPT", counters: zero(), rules: [] },
      { name: "OUTPUT", policy: "ACCEPT", counters: zero(), rules: [] },
      { name: "POSTROUTING", policy: "ACCEPT", counters: zero(), rules: [rule({ out: { name: "eth1", invert: false }, target: { kind: "MASQUERADE" } })] },
    ],
  };
  rs.tables.filter = filter;
  rs.tables.nat = nat;
  return s;
}

function frames(s: LabSession): number {
  let n = 0;
  for (const h of s.world.hostNames()) for (const l of s.world.host(h)!.kernel.links()) if (l.kind !== "loopback") n += l.stats.rxPackets;
  return n;
}

function pingFlood(count: number): { packets: number; ms: number } {
  const s = world();
  const net = s.world.host("machine_B")!.kernel.net;
  const r = net.pingSocket();
  if (!r.ok) throw new Error(r.errno);
  const before = frames(s);
  const t0 = performance.now();
  for (let seq = 1; seq <= count; seq++) {
    net.sendEcho(r.value, "10.0.0.2", seq & 0xffff, 56);
    if (seq % 100 === 0) {
      s.world.advance(1);
      r.value.messages.length = 0;
    }
  }
  s.world.advance(10);
  return { packets: frames(s) - before, ms: performance.now() - t0 };
}

function tcpConnectClose(count: number): { packets: number; ms: number } {
  const s = world();
  const net = s.world.host("machine_B")!.kernel.net;
  const before = frames(s);
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const c = net.socket("tcp");
    net.connect(c, "10.0.0.2", 80);
    s.world.advance(1);
    net.close(c);
    s.world.advance(1);
    if (i % 1000 === 999) s.world.advance(61_000);
  }
  s.world.advance(61_000);
  return { packets: frames(s) - before, ms: performance.now() - t0 };
}

function report(name: string, r: { packets: number; ms: number }) {
  const pps = Math.round((r.packets * 1000) / r.ms);
  console.log(`${name.padEnd(44)} ${String(r.packets).padStart(8)} packets in ${r.ms.toFixed(0).padStart(6)} ms = ${String(pps).padStart(8)} packets/s`);
}

/** a router whose conntrack table holds `size` UDP flows; `probe(n)` is flow n's next packet */
function table(size: number): { net: NetStack; probe: (i: number) => Ipv4Packet } {
  const s = world();
  const k = s.world.host("machine_A")!.kernel;
  const probe = (i: number): Ipv4Packet => ({ src: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, dst: "10.0.0.2", ttl: 64, id: 0, proto: "udp", udp: { sport: 1024 + (i % 60000), dport: 53, data: "" } });
  for (let i = 0; i < size; i++) {
    const r = conntrackIn(k.net, probe(i), false);
    if (r.kind === "tracked") conntrackConfirm(k.net, r.ct);
  }
  if (k.netfilter.conntrackCount() !== size) throw new Error(`table has ${k.netfilter.conntrackCount()} entries, not ${size}`);
  return { net: k.net, probe };
}

/**
 * ns per nf_conntrack_in of an existing flow's packet: packets of `flows`
 * flows spread over the table, in turn (1 flow: what the lookup itself
 * costs; 1024, or every flow of a smaller table: each lookup then misses
 * the CPU's caches more, as it would in a kernel)
 */
function lookup(t: ReturnType<typeof table>, size: number, flows: number, rounds: number): number {
  const probes = Array.from({ length: flows }, (_, j) => t.probe(flows === size ? j : (j * 7919) % size));
  for (let n = 0; n < rounds / 10; n++) conntrackIn(t.net, probes[n % flows], false);
  const t0 = performance.now();
  for (let n = 0; n < rounds; n++) {
    const r = conntrackIn(t.net, probes[n % flows], false);
    if (r.kind !== "tracked" || r.created) throw new Error("lookup missed");
  }
  return ((performance.now() - t0) * 1e6) / rounds;
}

pingFlood(2_000);
tcpConnectClose(200);
report("ping flood, 200-rule FORWARD + MASQUERADE", pingFlood(50_000));
report("TCP connect/close, 200-rule FORWARD + MASQ", tcpConnectClose(5_000));
for (const n of [10, 10_000, 100_000]) {
  const t = table(n);
  const one = lookup(t, n, 1, 1_000_000);
  const flows = Math.min(n, 1024);
  const many = lookup(t, n, flows, 1_000_000);
  console.log(`conntrack lookup, ${String(n).padStart(6)} entries: ${one.toFixed(0).padStart(5)} ns (one flow), ${many.toFixed(0).padStart(5)} ns (${flows} flows in turn)`);
}
