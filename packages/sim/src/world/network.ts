/**
 * The wire between hosts: hands each host's kernel a `NetEnv` (transmit on a
 * cable, timers on the shared clock, the world's PRNG) and delivers frames
 * and network timers back to the right kernel.
 *
 * Virtual time on the wire: a frame takes LINK_DELAY_MS (50 µs) from one NIC
 * to the others on its segment (serialisation, switch and NIC latency of a
 * virtual LAN, in the range a VM on a bridge measures); a frame through `lo`
 * takes LO_DELAY_MS. A ping across one router therefore shows an RTT of
 * 0.200 ms. Kernel processing takes no time.
 *
 * Frames and timers are plain JSON in the clock's queue (snapshots carry
 * packets in flight). Kernel timers carry the host's boot time: a timer set
 * by a kernel that has since rebooted is ignored.
 */
import type { Host } from "../host/host.js";
import type { NetEnv, NetTimerKind, SocketEvent } from "../kernel/net/packet/env.js";
import type { EthFrame } from "../kernel/net/packet/types.js";
import { BROADCAST_MAC } from "../kernel/net/packet/types.js";
import { segmentOf } from "./segments.js";
import { registerTimerHandler } from "./timers.js";
import type { World } from "./world.js";

/** ms a frame takes across a segment */
export const LINK_DELAY_MS = 0.05;
/** ms a packet takes through the loopback device */
export const LO_DELAY_MS = 0.01;

interface FrameTimer {
  host: string;
  ifindex: number;
  frame: EthFrame;
}

interface NetTimer {
  host: string;
  /** bootedAt of the kernel that set it */
  boot: number;
  [k: string]: unknown;
}

/** A service that drives sockets from inside the kernel's event flow (the web server). */
export type SocketAppHandler = (host: Host, sockId: number, event: SocketEvent) => void;

const socketApps = new Map<string, SocketAppHandler>();

export function registerSocketApp(name: string, handler: SocketAppHandler): void {
  socketApps.set(name, handler);
}

/** The daemon that reads the kernel log (rsyslog's imklog), given each line a kernel logs. */
export type KernelLogReader = (host: Host, line: string) => void;

let kernelLogReader: KernelLogReader | undefined;

export function registerKernelLogReader(reader: KernelLogReader): void {
  kernelLogReader = reader;
}

/** the kernel link that NIC `nic` of `host` is at power-on: hardware order, after lo */
function ifindexOfNic(host: Host, nic: string): number | undefined {
  const i = host.state.hardware.nics.findIndex((n) => n.name === nic);
  return i < 0 ? undefined : i + 2;
}

function deliver(world: World, from: string, ifindex: number, frame: EthFrame): void {
  const host = world.host(from);
  if (!host) return;
  const link = host.kernel.linkByIndex(ifindex);
  if (!link) return;
  if (link.kind === "loopback") {
    world.clock.schedule(LO_DELAY_MS, "net.frame", { host: from, ifindex, frame } satisfies FrameTimer);
    return;
  }
  const nic = host.state.hardware.nics[ifindex - 2];
  if (!nic) return;
  const seg = segmentOf(world.state.segments, from, nic.name);
  if (!seg) return;
  const ports: FrameTimer[] = [];
  for (const end of seg.ends) {
    if (end.host === from && end.nic === nic.name) continue;
    const peer = world.host(end.host);
    if (!peer) continue;
    const pi = ifindexOfNic(peer, end.nic);
    if (pi === undefined) continue;
    ports.push({ host: end.host, ifindex: pi, frame });
  }
  let targets = ports;
  if (frame.dst !== BROADCAST_MAC) {
    const known = ports.filter((p) => world.host(p.host)!.kernel.linkByIndex(p.ifindex)?.mac === frame.dst);
    if (known.length > 0) targets = known;
  }
  for (const t of targets) world.clock.schedule(LINK_DELAY_MS, "net.frame", t);
}

/** the environment `host`'s kernel runs its network stack in */
export function netEnvFor(world: World, hostName: string): NetEnv {
  const bootOf = () => world.state.hosts.find((h) => h.name === hostName)?.bootedAt ?? 0;
  return {
    transmit: (ifindex, frame) => deliver(world, hostName, ifindex, frame),
    schedule: (delayMs, kind, data) => {
      // the same keys in the same order as `{ ...data, host, boot }`, which V8 builds on a slow path
      // (a spread followed by new keys: a microsecond a timer, several timers a connection)
      const t: Record<string, unknown> = Object.assign({}, data);
      t.host = hostName;
      t.boot = bootOf();
      return world.clock.schedule(delayMs, kind, t);
    },
    cancel: (id) => world.clock.cancel(id),
    random: () => world.prng.nextU32(),
    notify: (app, sockId, event) => {
      const handler = socketApps.get(app);
      const host = world.host(hostName);
      if (handler && host) handler(host, sockId, event);
    },
    klog: (line) => {
      const host = world.host(hostName);
      if (host && kernelLogReader) kernelLogReader(host, line);
    },
  };
}

registerTimerHandler("net.frame", (world, timer) => {
  const t = timer.data as FrameTimer;
  world.host(t.host)?.kernel.net.receive(t.ifindex, t.frame);
});

for (const kind of ["net.neigh", "net.tcp"] as const satisfies readonly NetTimerKind[]) {
  registerTimerHandler(kind, (world, timer) => {
    const t = timer.data as NetTimer;
    const host = world.host(t.host);
    if (!host || host.state.bootedAt !== t.boot) return;
    host.kernel.net.timer(kind, t);
  });
}
