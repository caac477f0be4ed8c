/**
 * Simulated packets per second through the gateway lab's router (machine_B
 * -> machine_A -> inet), in Node: a ping flood, and TCP connect/close to
 * inet's web server. A packet is one frame delivered to a NIC (ARP
 * included). A benchmark, not a test: it prints figures and the budget
 * (>= 100k packets/s) and never fails.
 *
 *   npx tsx packages/sim/bench/packets.ts
 */
import "../src/eager.js"; // every program and the lab builder, loaded up front as in Node
import { performance } from "node:perf_hooks";
import { LabSession } from "../src/lab/lab-session.js";

const BUDGET = 100_000;

function world() {
  const s = LabSession.create("gateway", 1);
  s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
  s.run("inet", "ip route add default via 10.0.0.1");
  return s;
}

/** frames received by every NIC of the lab */
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
  const sock = r.value;
  const before = frames(s);
  const t0 = performance.now();
  // flood: a request every 0.01 ms of virtual time, replies drained as they come
  for (let seq = 1; seq <= count; seq++) {
    net.sendEcho(sock, "10.0.0.2", seq & 0xffff, 56);
    if (seq % 100 === 0) {
      s.world.advance(1);
      sock.messages.length = 0;
    }
  }
  s.world.advance(10);
  const ms = performance.now() - t0;
  return { packets: frames(s) - before, ms };
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
    // TIME_WAIT sockets pile up for 60 s of virtual time; let them go now and then
    if (i % 1000 === 999) s.world.advance(61_000);
  }
  s.world.advance(61_000);
  const ms = performance.now() - t0;
  return { packets: frames(s) - before, ms };
}

function report(name: string, r: { packets: number; ms: number }) {
  const pps = Math.round((r.packets * 1000) / r.ms);
  console.log(
    `${name.padEnd(28)} ${String(r.packets).padStart(8)} packets in ${r.ms.toFixed(0).padStart(6)} ms = ${String(pps).padStart(8)} packets/s (budget >= ${BUDGET}: ${pps >= BUDGET ? "met" : "MISSED"})`,
  );
}

pingFlood(2_000); // warm up the JIT
tcpConnectClose(200);
report("ping flood via router", pingFlood(100_000));
report("TCP connect/close via router", tcpConnectClose(10_000));
